import { withRole } from "@/lib/auth/with-role";
import { findCandidateApplications } from "@/lib/candidates/application-windows";
import { updateCandidate } from "@/lib/candidates/mutations";
import { errorResponse } from "@/lib/http/errors";
import { appError } from "@/lib/i18n/app-error";
import { updateCandidateSchema } from "@/lib/candidates/schemas";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { candidateProvincialAccess } from "@/lib/provincial-access/queries";
import { actorFor, withoutVersion } from "@/lib/changes/actor";

export const dynamic = "force-dynamic";

/**
 * GET /api/candidates/:id → the candidate's programmes and applications, each application with its stored
 * review path and, while its review runs, its predictedDecision, and per reimbursement listing its access in
 * each of the 31 provinces (`provincialAccess`). Reading needs no sign-in.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = idFromParams((await params).id);
    const detail = await findCandidateApplications(id);
    if (!detail) throw appError("NOT_FOUND", "noSuchRecord");
    return Response.json({ ...detail, provincialAccess: await candidateProvincialAccess(id) });
  } catch (error) {
    return errorResponse(error, request);
  }
}

/** PATCH /api/candidates/:id { expectedVersion, reason, evidenceUrl | noEvidence, effectiveDate, ...fields } (analyst or admin). */
export const PATCH = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const input = await readJsonBody(request, updateCandidateSchema, { candidateId: idFromParams(params.id) });
  return Response.json(await updateCandidate({ actor: actorFor(user, "api"), ...withoutVersion(input) }));
});
