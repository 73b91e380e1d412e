import { withRole } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { readCaptureRequest } from "@/lib/captures/read-request";
import { createCapture, listCaptures } from "@/lib/captures/store";
import { withWarningTexts } from "@/lib/captures/warnings";
import { localeOfRequest } from "@/lib/i18n/error-messages";

export const dynamic = "force-dynamic";

/**
 * POST /api/captures (multipart: file | text; or JSON { text }; optional kind, sourceUrl, capturedAt)
 * → 201 { id, kind, rows, proposals: { outcome: count }, warnings }; the same bytes again → 200 with the
 * earlier capture (existing: true). The warnings are in the caller's language. Analysts and administrators only.
 */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readCaptureRequest(request);
  const summary = await createCapture(prisma, { ...input, uploader: { id: user.id, label: user.email } });
  return Response.json(withWarningTexts(summary, localeOfRequest(request)), { status: summary.existing ? 200 : 201 });
});

/** GET /api/captures?page= → { data: [{ id, kind, capturedAt, rowCount, proposals: { outcome: count }, warnings }], total, page, perPage } */
export const GET = withRole("ANALYST", async (request) => {
  const page = Math.max(1, Math.min(10_000, Number(new URL(request.url).searchParams.get("page")) || 1));
  const list = await listCaptures(prisma, { page });
  const locale = localeOfRequest(request);
  return Response.json({ ...list, data: list.data.map((capture) => withWarningTexts(capture, locale)) });
});
