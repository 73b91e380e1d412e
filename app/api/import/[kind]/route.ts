import { withRole } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";
import { localeOfRequest, plainList } from "@/lib/i18n/error-messages";
import { withIssueTexts } from "@/lib/i18n/refusal-messages";
import { readImportForm } from "@/lib/import/read-upload-form";
import { applyImport, IMPORT_KIND_NAMES, previewImport, type ImportKindName } from "@/lib/import/run-import";

export const dynamic = "force-dynamic";

function importKind(name: string): ImportKindName {
  if ((IMPORT_KIND_NAMES as string[]).includes(name)) return name as ImportKindName;
  throw appError("NOT_FOUND", "importKindUnknown", { name, kinds: plainList(IMPORT_KIND_NAMES) });
}

/**
 * POST /api/import/designations|reimbursement?dryRun=1 (multipart: file, reason) -> the preview, writing nothing;
 * each row issue keeps its rule's English `message` and says it in the requester's language as `text`.
 * POST without dryRun (multipart: file, reason, previewToken from the preview) -> applies every row in one
 * transaction, or nothing: 409 when anything changed since the preview, 422 when a row has an error.
 * Analysts and administrators only.
 */
export const POST = withRole<{ kind: string }>("ANALYST", async (request, { user, params }) => {
  const kind = importKind(params.kind);
  const dryRun = ["1", "true"].includes(new URL(request.url).searchParams.get("dryRun") ?? "");
  const form = await readImportForm(request);
  if (dryRun) {
    const preview = await previewImport(prisma, kind, form.bytes);
    return Response.json({ ...preview, plan: { ...preview.plan, rows: withIssueTexts(preview.plan.rows, localeOfRequest(request)) } });
  }
  if (!form.previewToken) throw appError("BAD_REQUEST", "importPreviewFirst");
  const result = await applyImport(prisma, kind, form.bytes, {
    reason: form.reason,
    actor: { id: user.id, label: user.email },
    previewToken: form.previewToken,
  });
  return Response.json(result);
});
