import { withRole } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { idFromParams } from "@/lib/http/json-body";
import { findCapture } from "@/lib/captures/store";
import { withProposalTexts } from "@/lib/captures/proposal-messages";
import { withWarningTexts } from "@/lib/captures/warnings";
import { localeOfRequest } from "@/lib/i18n/error-messages";

export const dynamic = "force-dynamic";

/**
 * GET /api/captures/:id → the capture (without its raw bytes) and its proposals; the warnings, each proposal's
 * message, its before/after values and its suggestions' reasons in the caller's language.
 */
export const GET = withRole<{ id: string }>("ANALYST", async (request, { params }) => {
  const locale = localeOfRequest(request);
  return Response.json(withWarningTexts(withProposalTexts(await findCapture(prisma, idFromParams(params.id)), locale), locale));
});
