import { withRole } from "@/lib/auth/with-role";
import { changeDesignationState } from "@/lib/designations/mutations";
import { changeDesignationStateSchema } from "@/lib/designations/schemas";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/**
 * POST /api/designations/:id/state { to, effectiveDate, expectedVersion, reason, evidenceUrl | noEvidence: true,
 * publicityEndDate?, obligationDeadline?, terminationReason?, conditions?, ... } (analyst or admin).
 */
export const POST = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, changeDesignationStateSchema, { designationId: idFromParams(params.id) });
  return Response.json(await changeDesignationState({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
