import { withRole } from "@/lib/auth/with-role";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { addStageEvent } from "@/lib/programs/mutations";
import { addStageEventSchema } from "@/lib/programs/schemas";
import { actorFor } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/** POST /api/programs/:id/events { stage, effectiveDate, note?, reason, evidence } → 201 (analyst or admin). */
export const POST = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, addStageEventSchema, { programId: idFromParams(params.id) });
  return Response.json(await addStageEvent({ actor: actorFor(user, "api"), input }), { status: 201 });
});
