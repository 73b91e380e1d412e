// zod pieces shared by every edit schema. The same schema reads a submitted form (strings, "on" checkboxes,
// comma-separated lists) and a JSON body (numbers, booleans, arrays), so a form and the JSON API accept
// exactly the same changes. Optional fields follow PATCH rules: absent = unchanged, "" or null = cleared.
import { z } from "zod";
import { parsePartialDate, type PartialDate } from "@/lib/domain/partial-date";

/** PostgreSQL's integer columns (ids, versions) stop here; a larger number would fail in the database. */
export const MAX_INT4 = 2_147_483_647;

/** "is required" only when the value is missing; a value of the wrong type is told so. */
const missingOr = (missing: string, wrong: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null || issue.input === "" ? missing : wrong;

/** A form sends numbers as text; JSON sends numbers. Blank text stays blank, so it reads as missing. */
const numberFromText = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value);

/**
 * A record id from a form (text) or JSON (a number). Only numbers and numeric text: zod's coercion would
 * also turn `true` into 1 and `[5]` into 5, and so edit a record nobody named.
 */
export const recordId = (what: string) =>
  z.preprocess(
    numberFromText,
    z
      .number({ error: `${what} must be a record id` })
      .int(`${what} must be a record id`)
      .positive(`${what} must be a record id`)
      .max(MAX_INT4, `${what} must be a record id`),
  );

export const expectedVersionField = z.preprocess(
  numberFromText,
  z
    .number({ error: missingOr("expectedVersion (the version the record was loaded at) is required", "expectedVersion must be a positive whole number") })
    .int("expectedVersion must be a positive whole number")
    .positive("expectedVersion must be a positive whole number")
    .max(MAX_INT4, "expectedVersion is not a version of this record"),
);

/** PostgreSQL text cannot hold the NUL character; refuse it with a message instead of a database error. */
const noNul = (value: string | null) => value === null || !value.includes("\u0000");

/** A form checkbox ("on") or a JSON boolean; absent means unticked. */
export const checkbox = z
  .union([z.boolean(), z.enum(["on", "true", "false", "1", "0", ""])])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true" || value === "1");

export function requiredText(label: string, max: number) {
  return z
    .string({ error: missingOr(`${label} is required.`, `${label} must be text.`) })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine(noNul, `${label} contains a NUL character, which cannot be stored.`);
}

/** Free text that may be cleared: "" and null become null. */
export function nullableText(label: string, max: number) {
  return z
    .union([z.string(), z.null()])
    .transform((value) => (value === null ? null : value.trim() || null))
    .refine((value) => value === null || value.length <= max, `${label} must be at most ${max} characters.`)
    .refine(noNul, `${label} contains a NUL character, which cannot be stored.`);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export const nullableUrl = (label: string) =>
  nullableText(label, 2000).refine((value) => value === null || isHttpUrl(value), `${label} must be an http(s) address.`);

/** An enum value, or "" / null for none. A wrong value is told the allowed ones. */
export function nullableEnum<T extends z.ZodEnum>(schema: T) {
  const allowed = `must be one of ${schema.options.join(", ")}, or empty for none.`;
  return z
    .union([schema, z.literal(""), z.null()], { error: allowed })
    .transform((value) => (value === "" || value === null ? null : (value as z.output<T>)));
}

/** "2024", "2024-06" or "2024-06-25" → a stored date and its precision. */
export function partialDate(label: string) {
  return z.string({ error: missingOr(`${label} is required (YYYY, YYYY-MM or YYYY-MM-DD).`, `${label} must be a date as text (YYYY, YYYY-MM or YYYY-MM-DD).`) }).transform((text, context): PartialDate => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: `${label}: ${parsed.error}` });
      return z.NEVER;
    }
    return parsed.value;
  });
}

export function nullablePartialDate(label: string) {
  return z.union([z.string(), z.null()]).transform((text, context): PartialDate | null => {
    if (text === null || text.trim() === "") return null;
    const parsed = parsePartialDate(text);
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: `${label}: ${parsed.error}` });
      return z.NEVER;
    }
    return parsed.value;
  });
}

/** A list from a JSON array or from comma-, semicolon- or line-separated text; blanks and repeats dropped. */
export function stringList(label: string, { maxItems = 50, maxLength = 200 } = {}) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((value) => {
      const items = (Array.isArray(value) ? value : value.split(/[,，;；\n]/)).map((item) => item.trim()).filter(Boolean);
      return [...new Set(items)];
    })
    .refine((items) => items.length <= maxItems, `${label}: at most ${maxItems} entries.`)
    .refine((items) => items.every((item) => item.length <= maxLength), `${label}: each entry at most ${maxLength} characters.`);
}

/** A CNY amount with at most two decimals, kept as text so it reaches the Decimal column unrounded. */
export const nullableAmount = (label: string) =>
  z
    .union([z.string(), z.number(), z.null()])
    .transform((value) => (value === null ? null : String(value).trim() || null))
    .refine((value) => value === null || /^\d{1,10}(\.\d{1,2})?$/.test(value), `${label} must be an amount like 1234.50.`);
