// Reads a request body without trusting its size: a declared Content-Length over the cap is refused before
// reading, and an undeclared (chunked) body is counted as it arrives and refused as soon as it passes the
// cap, so an oversized request never sits in memory whole.
import { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";

export async function readCappedBody(request: Request, maxBytes: number, tooLarge: () => AppError): Promise<Buffer<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    total += next.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

/** A multipart/form-data body already read (and capped), parsed; an unreadable one is a 400, not a 500. */
export async function parseMultipartBody(body: Buffer<ArrayBuffer>, contentType: string): Promise<FormData> {
  try {
    return await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw appError("BAD_REQUEST", "formUnreadable");
  }
}
