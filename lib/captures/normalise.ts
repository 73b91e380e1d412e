// How the official sites print values, turned into what the database holds: full-width digits, letters and
// spaces (NFKC), the issuing unit's suffix on a 受理号 (CYHB2005313国), the three date styles CDE uses
// (2024-06-25, 2024/6/25, 2024年6月25日), agreement periods and amounts. Pure functions, table-tested.
import { parseAcceptanceNumber } from "@/lib/domain/acceptance-number";
import { utcDay } from "@/lib/domain/calendar-day";
import type { PartialDate } from "@/lib/domain/partial-date";

/** NFKC (full-width → ASCII), no-break and ideographic spaces folded, runs of white space collapsed. */
export function normaliseCell(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00a0\u3000\u200b\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A header cell as compared with the kinds' declarations: NFKC, no spaces at all, full-width brackets folded. */
export function normaliseHeader(text: string): string {
  return normaliseCell(text).replace(/\s+/g, "").replace(/[*＊:：]$/, "");
}

export type AcceptanceNumberCell = { ok: true; value: string; unit?: string } | { ok: false; error: string };

/** "ＣＹＨＢ２００５３１３国" → "CYHB2005313" (the unit suffix names the issuing office, not the application). */
export function normaliseAcceptanceNumber(text: string): AcceptanceNumberCell {
  const parsed = parseAcceptanceNumber(normaliseCell(text).replace(/\s+/g, ""));
  if (!parsed.ok) return parsed;
  const { normalized, unit } = parsed.value;
  const value = unit ? normalized.slice(0, -unit.length) : normalized;
  return unit ? { ok: true, value, unit } : { ok: true, value };
}

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];
const MONTH_PATTERNS: readonly RegExp[] = [/^(\d{4})[-/.](\d{1,2})$/, /^(\d{4})年(\d{1,2})月$/];

export type DateCell = { ok: true; value: PartialDate } | { ok: false; error: string };

/** A date as CDE, NMPA or NHSA print it, to the day (or the month when only a month is printed). */
export function parseCaptureDate(text: string): DateCell {
  const cell = normaliseCell(text).replace(/\s+(?=[年月日])|(?<=[年月])\s+/g, "");
  if (cell === "") return { ok: false, error: "The date is empty." };
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(cell);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = utcDay(year, month, day);
    if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1 || year < 1900) {
      return { ok: false, error: `"${text.trim()}" is not a real calendar date.` };
    }
    return { ok: true, value: { date, precision: "DAY" } };
  }
  for (const pattern of MONTH_PATTERNS) {
    const match = pattern.exec(cell);
    if (!match) continue;
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12 || year < 1900) return { ok: false, error: `"${text.trim()}" is not a real month.` };
    return { ok: true, value: { date: utcDay(year, month, 1), precision: "MONTH" } };
  }
  return { ok: false, error: `"${text.trim()}" is not a date as the lists print them (2024-06-25, 2024/6/25 or 2024年6月25日).` };
}

export type PeriodCell = { ok: true; start: PartialDate; end: PartialDate } | { ok: false; error: string };

/** "2024年1月1日至2025年12月31日", "2024-01-01～2025-12-31", "2024.1.1-2025.12.31". */
export function parseCapturePeriod(text: string): PeriodCell {
  const cell = normaliseCell(text);
  const parts = cell.split(/\s*(?:至|~|～|—|–|到)\s*/);
  const [first, second] = parts.length === 2 ? parts : splitOnDash(cell);
  if (first === undefined || second === undefined) return { ok: false, error: `"${text.trim()}" is not a period (start 至 end).` };
  const start = parseCaptureDate(first);
  const end = parseCaptureDate(second);
  if (!start.ok) return start;
  if (!end.ok) return end;
  if (end.value.date < start.value.date) return { ok: false, error: `"${text.trim()}" ends before it starts.` };
  return { ok: true, start: start.value, end: end.value };
}

/** "2024.1.1-2025.12.31" or "2024-01-01-2025-12-31": the dash between two dates is the one after a full date. */
function splitOnDash(cell: string): [string | undefined, string | undefined] {
  const match = /^(\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*-\s*(.+)$/.exec(cell);
  return match ? [match[1], match[2]] : [undefined, undefined];
}

export type AmountCell = { ok: true; amount: string; unit: string | null } | { ok: false; error: string };

/** "110元(0.1mg/支)" or "¥1,234.50" → "110.00" and the unit text printed after the amount. */
export function parseCaptureAmount(text: string): AmountCell {
  const cell = normaliseCell(text);
  const match = /^[¥￥]?\s*(\d[\d,]*(?:\.\d{1,2})?)\s*(?:元)?\s*(.*)$/.exec(cell);
  if (!match) return { ok: false, error: `"${text.trim()}" is not an amount in yuan.` };
  const amount = Number(match[1]!.replace(/,/g, ""));
  if (!Number.isFinite(amount) || amount >= 1e10) return { ok: false, error: `"${text.trim()}" is out of range.` };
  const unit = match[2]!.replace(/^[(（](.*)[)）]$/, "$1").replace(/^\//, "").trim();
  return { ok: true, amount: amount.toFixed(2), unit: unit || null };
}

/** Dose forms printed after (or before, 注射用…) a generic name; removed to compare a drug name with a candidate's. */
export const DOSE_FORM_AFFIXES = {
  prefixes: ["注射用"],
  suffixes: ["注射液(预填充注射笔)", "注射液", "注射剂", "预填充注射笔", "口服溶液", "肠溶片", "缓释片", "片", "胶囊", "颗粒", "粉针剂", "冻干粉针", "原料药", "溶液"],
} as const;

/** The part of a name used for matching: NFKC, lower case, no spaces or punctuation, dose form removed. */
export function normaliseDrugName(text: string): string {
  let name = normaliseCell(text).toLowerCase().replace(/[\s·・•\-_,，、]/g, "");
  name = name.replace(/[(（][^)）]*[)）]$/, "");
  for (const prefix of DOSE_FORM_AFFIXES.prefixes) if (name.startsWith(prefix) && name.length > prefix.length) name = name.slice(prefix.length);
  for (const suffix of DOSE_FORM_AFFIXES.suffixes) {
    const folded = suffix.normalize("NFKC");
    if (name.endsWith(folded) && name.length > folded.length) {
      name = name.slice(0, -folded.length);
      break;
    }
  }
  return name;
}

/** The name as printed, without its dose form (`司美格鲁肽注射液` → `司美格鲁肽`): what a new candidate is called. */
export function nameWithoutDoseForm(text: string): string {
  let name = normaliseCell(text);
  for (const prefix of DOSE_FORM_AFFIXES.prefixes) if (name.startsWith(prefix) && name.length > prefix.length) name = name.slice(prefix.length);
  for (const suffix of DOSE_FORM_AFFIXES.suffixes) {
    const folded = suffix.normalize("NFKC");
    if (name.endsWith(folded) && name.length > folded.length) return name.slice(0, -folded.length).trim();
  }
  return name;
}

/** The exact form of a name (NFKC, case and spaces folded), tried before the normalised one. */
export function exactDrugName(text: string): string {
  return normaliseCell(text).toLowerCase();
}

/** "共 128 条", "共128条记录", "共 7 页 128 条": the total a page footer states, if any. */
export function readFooterTotal(text: string): number | null {
  const cell = normaliseCell(text);
  const match = /共\s*(?:\d+\s*页\s*[,，]?\s*)?(\d[\d,]*)\s*条/.exec(cell) ?? /total\s*:?\s*(\d+)\s*(?:items|records|rows)/i.exec(cell);
  return match ? Number(match[1]!.replace(/,/g, "")) : null;
}
