import { withRole } from "@/lib/auth/with-role";
import { advanceApplicationStatus } from "@/lib/applications/mutations";
import { advanceApplicationStatusSchema } from "@/lib/applications/schemas";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/**
 * POST /api/applications/:id/status { to, effectiveDate, expectedVersion, reason, evidenceUrl | noEvidence: true, decision?, note? }
 * → 200 { id, version, changeId, summary }; 409 when stale (details list what changed); 422 names the refusing rule.
 */
export const POST = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, advanceApplicationStatusSchema, { applicationId: idFromParams(params.id) });
  return Response.json(await advanceApplicationStatus({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
