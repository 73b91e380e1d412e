import { withRole } from "@/lib/auth/with-role";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { changeReimbursementState } from "@/lib/reimbursements/mutations";
import { changeReimbursementStateSchema } from "@/lib/reimbursements/schemas";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/**
 * POST /api/reimbursements/:id/state { to, effectiveDate, expectedVersion, reason, evidenceUrl | noEvidence: true,
 * route?, agreementStartDate?, agreementEndDate?, effectiveDateOfList?, paymentStandard?, ... } (analyst or admin).
 */
export const POST = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, changeReimbursementStateSchema, { listingId: idFromParams(params.id) });
  return Response.json(await changeReimbursementState({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
