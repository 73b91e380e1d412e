// Dates known only to the year or month: stored as the first day of the period, always shown at their
// precision, so a month-level fact never gains an invented day.
import { isValid } from "date-fns";
import { DatePrecision } from "@/generated/prisma/enums";
import { addCalendarDays, toDayKey, utcDay } from "@/lib/domain/calendar-day";

export type PartialDate = { date: Date; precision: DatePrecision };

export type PartialDateParseResult = { ok: true; value: PartialDate } | { ok: false; error: string };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Coarser first: the order used to break ties between dates that start on the same day. */
const PRECISION_ORDER: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

/** Earliest year a record may carry: older dates are typos (e.g. 0024) and PostgreSQL refuses year 0. */
export const MIN_PARTIAL_YEAR = 1900;

/** Parses "2024", "2024-06" or "2024-06-25" (surrounding spaces ignored) into a stored date and precision. */
export function parsePartialDate(input: string): PartialDateParseResult {
  const text = input.trim();
  if (text === "") return { ok: false, error: "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD." };
  const match = PARTIAL_DATE.exec(text);
  if (!match) {
    return { ok: false, error: `"${text}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-06, 2024-06-25).` };
  }
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (year < MIN_PARTIAL_YEAR) return { ok: false, error: `"${text}": the year must be ${MIN_PARTIAL_YEAR} or later.` };
  if (monthText === undefined) return { ok: true, value: { date: utcDay(year, 1, 1), precision: DatePrecision.YEAR } };
  if (monthText.length !== 2 || (dayText !== undefined && dayText.length !== 2)) {
    return { ok: false, error: `"${text}": write months and days with two digits (e.g. 2024-06-05).` };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, error: `"${text}": month ${monthText} does not exist (01-12).` };
  if (dayText === undefined) return { ok: true, value: { date: utcDay(year, month, 1), precision: DatePrecision.MONTH } };
  const day = Number(dayText);
  const date = utcDay(year, month, day);
  if (!isValid(date) || day < 1 || date.getUTCMonth() !== month - 1) {
    return { ok: false, error: `"${text}" is not a real calendar date: ${yearText}-${monthText} has no day ${dayText}.` };
  }
  return { ok: true, value: { date, precision: DatePrecision.DAY } };
}

/** "2024", "2024-06" or "2024-06-25", read from the date's UTC calendar day. */
export function formatPartialDate(date: Date, precision: DatePrecision): string {
  return formatPartialDayKey(toDayKey(date), precision);
}

/** formatPartialDate for a day already in "YYYY-MM-DD" form (as SQL's to_char gives it): no Date needed. */
export function formatPartialDayKey(dayKey: string, precision: DatePrecision): string {
  if (precision === DatePrecision.YEAR) return dayKey.slice(0, 4);
  if (precision === DatePrecision.MONTH) return dayKey.slice(0, 7);
  return dayKey;
}

/** The stored form of a date at a precision: first of the year or month, UTC midnight. */
export function truncateToPrecision(date: Date, precision: DatePrecision): Date {
  const year = date.getUTCFullYear();
  if (precision === DatePrecision.YEAR) return utcDay(year, 1, 1);
  if (precision === DatePrecision.MONTH) return utcDay(year, date.getUTCMonth() + 1, 1);
  return utcDay(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/** True when the date is already in stored form for its precision (e.g. a MONTH date on the 1st at midnight). */
export function isNormalizedPartialDate({ date, precision }: PartialDate): boolean {
  return isValid(date) && truncateToPrecision(date, precision).getTime() === date.getTime();
}

/** First and last calendar day the partial date may stand for (both inclusive). */
export function partialDateRange({ date, precision }: PartialDate): { first: Date; last: Date } {
  const first = truncateToPrecision(date, precision);
  if (precision === DatePrecision.DAY) return { first, last: first };
  const year = first.getUTCFullYear();
  const next =
    precision === DatePrecision.YEAR ? utcDay(year + 1, 1, 1) : utcDay(year, first.getUTCMonth() + 2, 1);
  return { first, last: addCalendarDays(next, -1) };
}

/** Sort order: by first possible day, then coarser before finer ("2024" < "2024-01" < "2024-01-01"). */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = partialDateRange(a).first.getTime() - partialDateRange(b).first.getTime();
  if (byDay !== 0) return Math.sign(byDay);
  return Math.sign(PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision]);
}

/** True only when every day a may stand for is before every day b may stand for. */
export function isDefinitelyBefore(a: PartialDate, b: PartialDate): boolean {
  return partialDateRange(a).last.getTime() < partialDateRange(b).first.getTime();
}
