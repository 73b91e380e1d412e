// Locale-aware formats that next-intl's formatter has no notion of: a date at its precision (a month-level
// fact reads "Jun 2024" / "2024年6月", never an invented day). Pure, for server and client alike; numbers and
// relative times use the same Intl formatters so every screen writes them one way.
import type { DatePrecision } from "@/generated/prisma/enums";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { Locale } from "@/lib/i18n/config";

/** Intl locale per interface locale: British day-month order for English ("25 Jun 2024"). */
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", "zh-CN": "zh-CN" };
/** Month names for English dates: en-US's three-letter forms. */
const DATE_LOCALE: Record<Locale, string> = { en: "en-US", "zh-CN": "zh-CN" };

const PRECISION_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  YEAR: { year: "numeric" },
  MONTH: { year: "numeric", month: "short" },
  DAY: { year: "numeric", month: "short", day: "numeric" },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALE[locale], { ...PRECISION_OPTIONS[precision], timeZone: "UTC" });
    dateFormats.set(key, format);
  }
  return format;
}

/** "2024" / "2024年", "Jun 2024" / "2024年6月", "25 Jun 2024" / "2024年6月25日" (the stored UTC calendar day). */
export function formatPartialDateIn(locale: Locale, date: Date, precision: DatePrecision): string {
  // A dashboard page writes hundreds of dates, mostly the same few days; formatting one (formatToParts in
  // English) costs more than looking it up. Bounded: cleared when full rather than tracking use.
  // By UTC day: the text depends on nothing finer, and audit times would otherwise each take an entry.
  const key = `${locale}|${precision}|${toDayKey(date)}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    if (formattedDates.size >= FORMATTED_DATES_MAX) formattedDates.clear();
    text = formatDate(locale, date, precision);
    formattedDates.set(key, text);
  }
  return text;
}

const FORMATTED_DATES_MAX = 20_000;
const formattedDates = new Map<string, string>();

function formatDate(locale: Locale, date: Date, precision: DatePrecision): string {
  if (locale !== "en" || precision === "YEAR") return dateFormat(locale, precision).format(date);
  // English day-month-year with three-letter months ("Sep", where en-GB writes "Sept").
  const parts = Object.fromEntries(dateFormat(locale, precision).formatToParts(date).map((part) => [part.type, part.value]));
  return precision === "MONTH" ? `${parts.month} ${parts.year}` : `${parts.day} ${parts.month} ${parts.year}`;
}

/** A moment (audit time, capture time) with minutes, in UTC: "3 Dec 2026, 14:05 UTC" / "2026年12月3日 14:05 UTC". */
export function formatDateTimeIn(locale: Locale, date: Date): string {
  const time = date.toISOString().slice(11, 16);
  return `${formatPartialDateIn(locale, date, "DAY")}${locale === "en" ? "," : ""} ${time} UTC`;
}

export function formatNumberIn(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1_000],
];

/** "3 days ago" / "3天前", "in 2 months" / "2个月后": the largest unit that fits, rounded. */
export function formatRelativeTimeIn(locale: Locale, date: Date, now: Date): string {
  const diff = date.getTime() - now.getTime();
  const format = new Intl.RelativeTimeFormat(INTL_LOCALE[locale], { numeric: "auto" });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= size || unit === "second") return format.format(Math.round(diff / size), unit);
  }
  return format.format(0, "second");
}
