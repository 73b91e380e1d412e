import { withRole } from "@/lib/auth";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { confirmNameMatch } from "@/lib/captures/matches";
import { confirmMatchSchema } from "@/lib/captures/read-request";
import { withWarningTexts } from "@/lib/captures/warnings";
import { localeOfRequest } from "@/lib/i18n/error-messages";

export const dynamic = "force-dynamic";

/**
 * POST /api/captures/:id/matches { proposalId, candidateId } → 200 { id, kind, rows, proposals, rediffed }:
 * the drug name of that proposal's row stands for that candidate in this capture; undecided rows are diffed again.
 */
export const POST = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const id = idFromParams(params.id);
  const body = await readJsonBody(request, confirmMatchSchema);
  return Response.json(withWarningTexts(await confirmNameMatch(id, body, { id: user.id, label: user.email }), localeOfRequest(request)));
});
