// Reads one import cell into a field value, the inverse of the export's cell formatting. Each reader
// returns a value or a message in words; empty cells mean "no value" (null) where the field allows it.
import { Prisma } from "@/generated/prisma/client";
import type { DatePrecision } from "@/generated/prisma/enums";
import { parsePartialDate } from "@/lib/domain/partial-date";
import { ENUMS, VOCABULARY, type VocabularyName } from "@/lib/domain/vocabulary";
import { YES_NO } from "@/lib/export/columns";

export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (message: string): CellResult<never> => ({ ok: false, message });

const fold = (text: string) => text.normalize("NFKC").trim().toLowerCase();

/** Label (English or Chinese, as exported) or code -> value, per vocabulary; built once. */
const enumLookups = new Map<VocabularyName, Map<string, string>>();

function lookupFor(name: VocabularyName): Map<string, string> {
  let lookup = enumLookups.get(name);
  if (!lookup) {
    lookup = new Map();
    for (const [value, label] of Object.entries(VOCABULARY[name])) {
      for (const text of [value, label.en, label.zh]) lookup.set(fold(text), value);
    }
    enumLookups.set(name, lookup);
  }
  return lookup;
}

export function readEnum<N extends VocabularyName>(name: N, text: string): CellResult<(typeof ENUMS)[N][keyof (typeof ENUMS)[N]] | null> {
  if (text.trim() === "") return ok(null);
  const value = lookupFor(name).get(fold(text));
  if (value === undefined) {
    const allowed = Object.values(VOCABULARY[name]).map((label) => label.en).join(", ");
    return fail(`"${text}" is not one of: ${allowed}`);
  }
  return ok(value as (typeof ENUMS)[N][keyof (typeof ENUMS)[N]]);
}

export type DateValue = { date: Date; precision: DatePrecision } | null;

/** ISO only ("2024", "2024-06", "2024-06-25"): a spreadsheet's "2024/6/1" may have lost a month precision. */
export function readPartialDate(text: string): CellResult<DateValue> {
  const trimmed = text.trim();
  if (trimmed === "") return ok(null);
  if (/^\d{4}[/.]\d{1,2}([/.]\d{1,2})?$/.test(trimmed) || /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(trimmed)) {
    return fail(
      `"${trimmed}" looks reformatted by a spreadsheet; write YYYY, YYYY-MM or YYYY-MM-DD (format the column as text before saving)`,
    );
  }
  const parsed = parsePartialDate(trimmed);
  return parsed.ok ? ok(parsed.value) : fail(parsed.error);
}

export function readInteger(text: string, { min, max }: { min: number; max: number }): CellResult<number | null> {
  const trimmed = text.trim();
  if (trimmed === "") return ok(null);
  if (!/^\d+$/.test(trimmed)) return fail(`"${trimmed}" is not a whole number`);
  const value = Number(trimmed);
  if (value < min || value > max) return fail(`${value} is outside ${min}-${max}`);
  return ok(value);
}

/** Up to 10 digits before and 2 after the decimal point (the column is Decimal(12, 2)); not negative. */
export function readMoney(text: string): CellResult<Prisma.Decimal | null> {
  const trimmed = text.trim();
  if (trimmed === "") return ok(null);
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(trimmed)) return fail(`"${trimmed}" is not an amount in yuan (e.g. 110 or 187.50)`);
  return ok(new Prisma.Decimal(trimmed));
}

export function readBoolean(text: string): CellResult<boolean | null> {
  const folded = fold(text);
  if (folded === "") return ok(null);
  if ([YES_NO.yes.en, YES_NO.yes.zh, "true", "y", "1"].map(fold).includes(folded)) return ok(true);
  if ([YES_NO.no.en, YES_NO.no.zh, "false", "n", "0"].map(fold).includes(folded)) return ok(false);
  return fail(`"${text}" should be Yes or No (是/否)`);
}

/** Free text as written; empty is null. Over `maxLength` is refused rather than cut. */
export function readText(text: string, maxLength = 10_000): CellResult<string | null> {
  if (text.trim() === "") return ok(null);
  return text.length > maxLength ? fail(`longer than ${maxLength} characters`) : ok(text);
}

export function readUrl(text: string): CellResult<string | null> {
  const trimmed = text.trim();
  if (trimmed === "") return ok(null);
  try {
    const url = new URL(trimmed);
    if (url.protocol === "http:" || url.protocol === "https:") return ok(trimmed);
  } catch {
    // reported below
  }
  return fail(`"${trimmed}" is not an http(s) address`);
}
