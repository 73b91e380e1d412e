// Reads the multipart body of an import request without trusting its size (lib/http/capped-body.ts), before
// any of it is parsed: formData() alone would buffer any size.
import { parseMultipartBody, readCappedBody } from "@/lib/http/capped-body";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/import/decode-upload";

/** Room for the multipart boundaries and the small text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;
const MAX_REASON_LENGTH = 2_000;

export type ImportForm = { bytes: Uint8Array; fileName: string; reason: string; previewToken: string };

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The upload is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.`);

export async function readImportForm(request: Request): Promise<ImportForm> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("BAD_REQUEST", "Send the import as multipart/form-data with the CSV in a field named \"file\".");
  }
  const body = await readCappedBody(request, MAX_BODY_BYTES, tooLarge);
  const form = await parseMultipartBody(body, contentType);
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", 'Attach the CSV file in a field named "file".');
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const reason = form.get("reason");
  const previewToken = form.get("previewToken");
  if (typeof reason === "string" && reason.length > MAX_REASON_LENGTH) {
    throw new AppError("BAD_REQUEST", `The reason is longer than ${MAX_REASON_LENGTH} characters.`);
  }
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    fileName: file instanceof File ? file.name : "upload.csv",
    reason: typeof reason === "string" ? reason : "",
    previewToken: typeof previewToken === "string" ? previewToken : "",
  };
}
