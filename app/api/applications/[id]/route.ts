import { withRole } from "@/lib/auth/with-role";
import { updateApplication } from "@/lib/applications/mutations";
import { updateApplicationSchema } from "@/lib/applications/schemas";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/** PATCH /api/applications/:id { expectedVersion, reason, evidence, effectiveDate, ...fields } (analyst or admin); status moves via /status. */
export const PATCH = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, updateApplicationSchema, { applicationId: idFromParams(params.id) });
  return Response.json(await updateApplication({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
