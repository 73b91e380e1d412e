import { withRole } from "@/lib/auth/with-role";
import { createApplication } from "@/lib/applications/mutations";
import { createApplicationSchema } from "@/lib/applications/schemas";
import { readJsonBody } from "@/lib/http/json-body";
import { actorFor } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/** POST /api/applications { programId, acceptanceNumber, type, ..., reason, evidence, effectiveDate } → 201 (analyst or admin). */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readJsonBody(request, createApplicationSchema);
  return Response.json(await createApplication({ actor: actorFor(user, "api"), input }), { status: 201 });
});
