// Reads a JSON request body through a zod schema: malformed JSON, a body over the size limit and schema
// errors all become 4xx AppErrors with a message naming each bad field, never a 500. A field the schema does
// not declare is refused by name: a misspelt field silently ignored would look like a change that was saved.
import { z } from "zod";
import { readCappedBody } from "@/lib/http/capped-body";
import { appError } from "@/lib/i18n/app-error";
import { errorText, plainList, type LocalizedValue } from "@/lib/i18n/error-messages";
import { fieldErrorText } from "@/lib/i18n/field-errors";

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
  rejectUnknownFields(body as Record<string, unknown>, schema);
  // Ids from the URL win over the body, so a body cannot redirect the write to another record.
  const parsed = schema.safeParse({ ...body, ...extra });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    const issuesByField = new Map<string, z.core.$ZodIssue[]>();
    for (const issue of parsed.error.issues) {
      const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_body";
      (fieldErrors[key] ??= []).push(issue.message);
      issuesByField.set(key, [...(issuesByField.get(key) ?? []), issue]);
    }
    const problems: LocalizedValue = (locale) =>
      Object.keys(fieldErrors)
        .map((field) => `${field}${locale === "en" ? ": " : "："}${(issuesByField.get(field) ?? []).map((issue) => fieldErrorText(issue, locale)).join(" ")}`)
        .join(errorText("listSeparator", undefined, locale));
    throw appError("BAD_REQUEST", "invalidFieldsList", { problems }, { fieldErrors });
  }
  return parsed.data;
}

/**
 * The fields a JSON body may carry: the declared fields of the object schema. The check sits here rather than
 * in .strict() on each schema because the same schemas also read forms, which carry the framework's own fields.
 */
export function declaredFields(schema: z.ZodType): ReadonlySet<string> {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  if (schema instanceof z.ZodPipe) return declaredFields(schema.in as z.ZodType);
  throw new Error("readJsonBody needs an object schema, so that it can refuse unknown fields.");
}

function rejectUnknownFields(body: Record<string, unknown>, schema: z.ZodType): void {
  const declared = declaredFields(schema);
  const unknown = Object.keys(body).filter((key) => !declared.has(key));
  if (unknown.length === 0) return;
  const names = unknown.map((key) => JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key));
  const fieldErrors = Object.fromEntries(unknown.map((key) => [key, ["This field is not part of the request."]]));
  throw appError("BAD_REQUEST", "unknownFields", { count: unknown.length, names: plainList(names), declared: plainList([...declared]) }, { fieldErrors, unknownFields: unknown });
}

/** A record id from the URL; anything else is a 404 (there is no such record), not a 500. */
export function idFromParams(value: string | string[] | undefined): number {
  const id = Number(value);
  if (typeof value !== "string" || !/^\d{1,9}$/.test(value) || id <= 0) throw appError("NOT_FOUND", "noSuchRecord");
  return id;
}
