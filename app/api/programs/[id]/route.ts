import { withRole } from "@/lib/auth/with-role";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { updateProgram } from "@/lib/programs/mutations";
import { updateProgramSchema } from "@/lib/programs/schemas";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/** PATCH /api/programs/:id { expectedVersion, reason, evidence, effectiveDate, ...fields } (analyst or admin). */
export const PATCH = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, updateProgramSchema, { programId: idFromParams(params.id) });
  return Response.json(await updateProgram({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
