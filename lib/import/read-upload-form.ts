// Reads the multipart body of an import request without trusting its size (lib/http/capped-body.ts), before
// any of it is parsed: formData() alone would buffer any size.
import { parseMultipartBody, readCappedBody } from "@/lib/http/capped-body";
import { appError } from "@/lib/i18n/app-error";
import { MAX_UPLOAD_BYTES } from "@/lib/import/decode-upload";

/** Room for the multipart boundaries and the small text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;
const MAX_REASON_LENGTH = 2_000;

export type ImportForm = { bytes: Uint8Array; fileName: string; reason: string; previewToken: string };

const tooLarge = () => appError("PAYLOAD_TOO_LARGE", "uploadTooLarge", { mb: String(MAX_UPLOAD_BYTES / 1024 / 1024) });

export async function readImportForm(request: Request): Promise<ImportForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw appError("BAD_REQUEST", "importNotMultipart");
  }
  const body = await readCappedBody(request, MAX_BODY_BYTES, tooLarge);
  const form = await parseMultipartBody(body, contentType);
  const file = form.get("file");
  if (!(file instanceof Blob)) throw appError("BAD_REQUEST", "importFileMissing");
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const reason = form.get("reason");
  const previewToken = form.get("previewToken");
  if (typeof reason === "string" && reason.length > MAX_REASON_LENGTH) {
    throw appError("BAD_REQUEST", "importReasonTooLong", { max: String(MAX_REASON_LENGTH) });
  }
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file instanceof File ? file.name : "upload.csv",
    reason: typeof reason === "string" ? reason : "",
    previewToken: typeof previewToken === "string" ? previewToken : "",
  };
}
