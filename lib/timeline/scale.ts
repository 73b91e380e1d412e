// The time scale shared by the candidate and portfolio timelines. Positions are fractions of a domain of
// whole years, so the same layout serves a track that fits its container and one that is zoomed and scrolled.
import type { DatePrecision } from "@/generated/prisma/enums";
import { dayFromKey, toDayKey, utcDay } from "@/lib/domain/calendar-day";
import { partialDateRange } from "@/lib/domain/partial-date";

/** Days since 1970-01-01 (UTC calendar days): cheap to compare and subtract. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function toDayNumber(date: Date): DayNumber {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function dayNumberOfKey(key: string): DayNumber {
  return toDayNumber(dayFromKey(key));
}

export function dayKeyOf(day: DayNumber): string {
  return toDayKey(new Date(day * MS_PER_DAY));
}

export const ZOOM_LEVELS = ["year", "quarter", "month"] as const;
export type Zoom = (typeof ZOOM_LEVELS)[number];

/** Pixels per day: about 220 px a year, 180 px a quarter, 150 px a month, so tick labels never collide. */
export const PX_PER_DAY: Record<Zoom, number> = { year: 0.6, quarter: 2, month: 5 };

/** Half-open [start, end) in days; built from whole years so the axis starts and ends on a year line. */
export type TimeDomain = { start: DayNumber; end: DayNumber };

/** The whole years covering every day given (and `today`), with a margin year when a day sits near an edge. */
export function domainCovering(days: readonly DayNumber[], today: DayNumber, marginDays = 45): TimeDomain {
  let min = today;
  let max = today;
  for (const day of days) {
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const firstYear = new Date((min - marginDays) * MS_PER_DAY).getUTCFullYear();
  const lastYear = new Date((max + marginDays) * MS_PER_DAY).getUTCFullYear();
  return { start: toDayNumber(utcDay(firstYear, 1, 1)), end: toDayNumber(utcDay(lastYear + 1, 1, 1)) };
}

export function domainDays(domain: TimeDomain): number {
  return domain.end - domain.start;
}

/** Where a day starts, as a fraction of the domain (0 = left edge). */
export function fractionOf(domain: TimeDomain, day: DayNumber): number {
  return (day - domain.start) / domainDays(domain);
}

/** Left edge and width (fractions) of the days first..last, both inclusive. */
export function spanFractions(domain: TimeDomain, first: DayNumber, last: DayNumber): { left: number; width: number } {
  const left = fractionOf(domain, Math.min(first, last));
  return { left, width: (Math.abs(last - first) + 1) / domainDays(domain) };
}

/** The days a partial date may stand for: one day, a whole month or a whole year (both ends inclusive). */
export function precisionSpan(key: string, precision: DatePrecision): { first: DayNumber; last: DayNumber } {
  const { first, last } = partialDateRange({ date: dayFromKey(key), precision });
  return { first: toDayNumber(first), last: toDayNumber(last) };
}

export function trackWidthPx(domain: TimeDomain, zoom: Zoom): number {
  return Math.round(domainDays(domain) * PX_PER_DAY[zoom]);
}

/** The days visible in a viewport of `viewportPx` centred on `center` at a zoom (the "zoom range"). */
export function visibleRange(zoom: Zoom, center: DayNumber, viewportPx: number): { first: DayNumber; last: DayNumber } {
  const half = viewportPx / PX_PER_DAY[zoom] / 2;
  return { first: Math.floor(center - half), last: Math.ceil(center + half) };
}

/** The scroll offset that centres `center` in the viewport, kept inside the track. */
export function scrollLeftFor(domain: TimeDomain, zoom: Zoom, center: DayNumber, viewportPx: number): number {
  const maxScroll = Math.max(trackWidthPx(domain, zoom) - viewportPx, 0);
  const wanted = (center - domain.start) * PX_PER_DAY[zoom] - viewportPx / 2;
  return Math.min(Math.max(Math.round(wanted), 0), maxScroll);
}

/** The day at the centre of the viewport for a scroll offset (inverse of scrollLeftFor inside the track). */
export function centerDayAt(domain: TimeDomain, zoom: Zoom, scrollLeft: number, viewportPx: number): DayNumber {
  return Math.round(domain.start + (scrollLeft + viewportPx / 2) / PX_PER_DAY[zoom]);
}

export type Tick = { day: DayNumber; label: string; major: boolean };

const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Axis ticks: every year line is major and labelled; quarter zoom adds labelled quarters, month zoom labelled
 * months; year zoom marks quarters without labels.
 */
export function ticksFor(domain: TimeDomain, zoom: Zoom): Tick[] {
  const ticks: Tick[] = [];
  const firstYear = new Date(domain.start * MS_PER_DAY).getUTCFullYear();
  const lastYear = new Date((domain.end - 1) * MS_PER_DAY).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      const day = toDayNumber(utcDay(year, month, 1));
      if (day < domain.start || day >= domain.end) continue;
      if (month === 1) {
        ticks.push({ day, label: String(year), major: true });
      } else if (zoom === "month") {
        ticks.push({ day, label: MONTH_ABBREVIATIONS[month - 1] ?? "", major: false });
      } else if ((month - 1) % 3 === 0) {
        ticks.push({ day, label: zoom === "quarter" ? `Q${(month + 2) / 3}` : "", major: false });
      }
    }
  }
  return ticks;
}

/** How far one press of a pan control moves: a year, a quarter or a month, matching what the axis labels. */
export const PAN_STEP_DAYS: Record<Zoom, number> = { year: 365, quarter: 91, month: 30 };
