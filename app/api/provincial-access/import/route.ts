import { z } from "zod";
import { withRole } from "@/lib/auth/with-role";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";
import { localeOfRequest } from "@/lib/i18n/error-messages";
import { withIssueTexts } from "@/lib/i18n/refusal-messages";
import { readJsonBody } from "@/lib/http/json-body";
import { applyProvincialImport, previewProvincialImport } from "@/lib/provincial-access/import";

export const dynamic = "force-dynamic";

const importSchema = z.object({
  /** CSV, or tab-separated text pasted from a spreadsheet, with a header row (Province, Drug, State, Date, Source, ...). */
  text: z.string({ error: "text is required: the rows, header first" }).min(1, "text is empty"),
  reason: z.string().optional(),
  previewToken: z.string().optional(),
});

/**
 * POST /api/provincial-access/import?dryRun=1 { text } -> the preview (every row's outcome and errors, each
 * error's `text` in the requester's language beside its rule's English `message`), writing nothing.
 * POST without dryRun { text, reason, previewToken } -> every row in one transaction, or nothing: 409 when
 * anything changed since the preview, 422 when a row has an error. Analysts and administrators only.
 */
export const POST = withRole("ANALYST", async (request, { user }) => {
  const dryRun = ["1", "true"].includes(new URL(request.url).searchParams.get("dryRun") ?? "");
  const input = await readJsonBody(request, importSchema);
  if (dryRun) {
    const preview = await previewProvincialImport(prisma, input.text);
    return Response.json({ ...preview, rows: withIssueTexts(preview.rows, localeOfRequest(request)) });
  }
  if (!input.previewToken) throw appError("BAD_REQUEST", "provincialImportPreviewFirst");
  return Response.json(
    await applyProvincialImport(input.text, { reason: input.reason ?? "", actor: { id: user.id, label: user.email }, previewToken: input.previewToken }),
  );
});
