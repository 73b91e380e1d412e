// Turns an uploaded file's bytes into text. Excel saves "CSV UTF-8" with a BOM, plain "CSV" on a Chinese
// Windows in the ANSI code page (GBK); other tools write UTF-8 without a BOM. Valid UTF-8 is taken as UTF-8,
// anything else is decoded as GB18030 (a superset of GBK, so every GBK file decodes the same).
import iconv from "iconv-lite";
import { appError } from "@/lib/i18n/app-error";

export type UploadEncoding = "utf-8" | "gbk";

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export function decodeUpload(bytes: Uint8Array): { text: string; encoding: UploadEncoding } {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    throw appError("PAYLOAD_TOO_LARGE", "uploadFileTooLarge", { size: formatMegabytes(bytes.byteLength), limit: formatMegabytes(MAX_UPLOAD_BYTES) });
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw appError("BAD_REQUEST", "uploadUtf16");
  }
  try {
    // fatal: refuse invalid sequences instead of replacing them, which is how GBK is told apart.
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gbk" };
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
