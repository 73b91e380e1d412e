import { withRole } from "@/lib/auth/with-role";
import { updateCandidate } from "@/lib/candidates/mutations";
import { updateCandidateSchema } from "@/lib/candidates/schemas";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/** PATCH /api/candidates/:id { expectedVersion, reason, evidenceUrl | noEvidence, effectiveDate, ...fields } (analyst or admin). */
export const PATCH = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, updateCandidateSchema, { candidateId: idFromParams(params.id) });
  return Response.json(await updateCandidate({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
