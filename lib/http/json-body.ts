// Reads a JSON request body through a zod schema: malformed JSON, a body over the size limit and schema
// errors all become 4xx AppErrors with a message naming each bad field, never a 500.
import type { z } from "zod";
import { readCappedBody } from "@/lib/http/capped-body";
import { AppError } from "@/lib/http/errors";
import { appError } from "@/lib/i18n/app-error";

export const MAX_JSON_BODY_BYTES = 256 * 1024;

const tooLarge = () => appError("PAYLOAD_TOO_LARGE", "bodyTooLarge", { kb: MAX_JSON_BODY_BYTES / 1024 });

export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, extra: Record<string, unknown> = {}): Promise<z.output<S>> {
  const text = (await readCappedBody(request, MAX_JSON_BODY_BYTES, tooLarge)).toString("utf8");
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw appError("BAD_REQUEST", "bodyNotJson");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw appError("BAD_REQUEST", "bodyNotObject");
  }
  // Ids from the URL win over the body, so a body cannot redirect the write to another record.
  const parsed = schema.safeParse({ ...body, ...extra });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_body";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    const message = Object.entries(fieldErrors)
      .map(([field, messages]) => `${field}: ${messages.join(" ")}`)
      .join("; ");
    throw new AppError("BAD_REQUEST", message, { fieldErrors });
  }
  return parsed.data;
}

/** A record id from the URL; anything else is a 404 (there is no such record), not a 500. */
export function idFromParams(value: string | string[] | undefined): number {
  const id = Number(value);
  if (typeof value !== "string" || !/^\d{1,9}$/.test(value) || id <= 0) throw appError("NOT_FOUND", "noSuchRecord");
  return id;
}
