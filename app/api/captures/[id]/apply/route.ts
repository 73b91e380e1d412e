import { withRole } from "@/lib/auth";
import { idFromParams, readJsonBody } from "@/lib/http/json-body";
import { applyCapture, applyResultIn } from "@/lib/captures/apply";
import { applyRequestSchema } from "@/lib/captures/read-request";
import { localeOfRequest } from "@/lib/i18n/error-messages";

export const dynamic = "force-dynamic";

/**
 * POST /api/captures/:id/apply { accept: [proposalIds] | "all-valid", reject?: [proposalIds] }
 * → 200 { applied, stale, refused, rejected, skipped, proposals }: one transaction; stale proposals are
 * diffed again, never overwritten. Applying the same proposals again changes nothing. The warnings and the
 * stale and refused proposals' messages are in the caller's language.
 */
export const POST = withRole<{ id: string }>("ANALYST", async (request, { user, params }) => {
  const id = idFromParams(params.id);
  const body = await readJsonBody(request, applyRequestSchema);
  return Response.json(applyResultIn(await applyCapture(id, body, { id: user.id, label: user.email }), localeOfRequest(request)));
});
