import { withRole } from "@/lib/auth";
import { idFromParams } from "@/lib/http/json-body";
import { rediffCapture } from "@/lib/captures/matches";
import { withWarningTexts } from "@/lib/captures/warnings";
import { localeOfRequest } from "@/lib/i18n/error-messages";

export const dynamic = "force-dynamic";

/**
 * POST /api/captures/:id/rediff → 200 { id, kind, rows, proposals, rediffed }: the capture's undecided rows
 * diffed again against what is recorded now (after a candidate was added, say); decided rows stay.
 */
export const POST = withRole<{ id: string }>("ANALYST", async (request, { params }) => {
  return Response.json(withWarningTexts(await rediffCapture(idFromParams(params.id)), localeOfRequest(request)));
});
