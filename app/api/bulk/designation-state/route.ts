import { withRole } from "@/lib/auth/with-role";
import { bulkChangeDesignationState, bulkDesignationStateSchema } from "@/lib/designations/bulk";
import { readJsonBody } from "@/lib/http/json-body";
import { actorFor } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/**
 * POST /api/bulk/designation-state { candidateIds: number[], type, to, effectiveDate, reason, evidenceUrl | noEvidence: true, ... }
 * → 200 { succeeded, failed, rows: [{ candidateId, ok, summary | error }] }; each row is validated and committed on its own.
 */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readJsonBody(request, bulkDesignationStateSchema);
  return Response.json(await bulkChangeDesignationState({ actor: actorFor(user, "bulk"), input }));
});
