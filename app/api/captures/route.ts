import { withRole } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { readCaptureRequest } from "@/lib/captures/read-request";
import { createCapture, listCaptures } from "@/lib/captures/store";

export const dynamic = "force-dynamic";

/**
 * POST /api/captures (multipart: file | text; or JSON { text }; optional kind, sourceUrl, capturedAt)
 * → 201 { id, kind, rows, proposals: { outcome: count }, warnings }; the same bytes again → 200 with the
 * earlier capture (existing: true). Analysts and administrators only.
 */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const input = await readCaptureRequest(request);
  const summary = await createCapture(prisma, { ...input, uploader: { id: user.id, label: user.email } });
  return Response.json(summary, { status: summary.existing ? 200 : 201 });
});

/** GET /api/captures?page= → { data: [{ id, kind, capturedAt, rowCount, proposals: { outcome: count } }], total, page, perPage } */
export const GET = withRole("ANALYST", async (request) => {
  const page = Math.max(1, Math.min(10_000, Number(new URL(request.url).searchParams.get("page")) || 1));
  return Response.json(await listCaptures(prisma, { page }));
});
