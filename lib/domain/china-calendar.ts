// Working-day arithmetic on China's official calendar (weekends, public holidays, make-up working
// weekends), for statutory clocks. Outside the years with a published notice it throws rather than guess.
import { addCalendarDays, calendarDaysBetween, isWeekend, toDayKey, utcDay } from "@/lib/domain/calendar-day";
import { CHINA_HOLIDAY_YEARS, type Festival } from "@/lib/domain/china-holidays";

/** Years whose State Council holiday notice is in china-holidays.ts, ascending. */
export const COVERED_YEARS: readonly number[] = CHINA_HOLIDAY_YEARS.map((entry) => entry.year).sort((a, b) => a - b);

const FIRST_YEAR = COVERED_YEARS[0] ?? 0;
const LAST_YEAR = COVERED_YEARS[COVERED_YEARS.length - 1] ?? -1;
const FIRST_DAY = utcDay(FIRST_YEAR, 1, 1);
const LAST_DAY = utcDay(LAST_YEAR, 12, 31);

/** A date the calendar has no holiday data for: computing with it would silently treat holidays as working days. */
export class CalendarRangeError extends RangeError {
  readonly day: string;
  readonly coveredYears: readonly [first: number, last: number];

  constructor(date: Date, message?: string) {
    const day = Number.isNaN(date.getTime()) ? "an invalid date" : toDayKey(date);
    super(
      `${message ?? `${day} is outside the China working-day calendar`}, which covers ${FIRST_YEAR}-${LAST_YEAR}. ` +
        `Add the State Council holiday notice for the missing year to lib/domain/china-holidays.ts.`,
    );
    this.name = "CalendarRangeError";
    this.day = day;
    this.coveredYears = [FIRST_YEAR, LAST_YEAR];
  }
}

const DAYS_OFF = new Map<string, Festival>();
const MAKEUP_WORKDAYS = new Map<string, Festival>();
for (const entry of CHINA_HOLIDAY_YEARS) {
  for (const period of entry.periods) {
    for (const day of period.daysOff) DAYS_OFF.set(day, period.festival);
    for (const day of period.makeupWorkdays) MAKEUP_WORKDAYS.set(day, period.festival);
  }
}

export type DayKind = "workday" | "weekend" | "holiday" | "makeup-workday";

function kindOf(date: Date): { kind: DayKind; festival: Festival | null } {
  const key = toDayKey(date);
  const makeup = MAKEUP_WORKDAYS.get(key);
  if (makeup) return { kind: "makeup-workday", festival: makeup };
  const holiday = DAYS_OFF.get(key);
  if (holiday) return { kind: "holiday", festival: holiday };
  return { kind: isWeekend(date) ? "weekend" : "workday", festival: null };
}

/** WORKING_THROUGH[i] = working days from FIRST_DAY through day i, inclusive; turns counting into a subtraction. */
const WORKING_THROUGH: Int32Array = (() => {
  const length = calendarDaysBetween(FIRST_DAY, LAST_DAY) + 1;
  const through = new Int32Array(Math.max(length, 0));
  let count = 0;
  for (let index = 0; index < through.length; index++) {
    const { kind } = kindOf(addCalendarDays(FIRST_DAY, index));
    if (kind === "workday" || kind === "makeup-workday") count++;
    through[index] = count;
  }
  return through;
})();

function workingThrough(index: number): number {
  return index < 0 ? 0 : (WORKING_THROUGH[index] ?? 0);
}

export function isCoveredDate(date: Date): boolean {
  if (Number.isNaN(date.getTime())) return false;
  const year = date.getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** Throws CalendarRangeError unless the date's year is covered. */
export function assertCoveredDate(date: Date): void {
  if (!isCoveredDate(date)) throw new CalendarRangeError(date);
}

function indexOf(date: Date): number {
  assertCoveredDate(date);
  return calendarDaysBetween(FIRST_DAY, date);
}

/** What kind of day this is, and the festival behind a holiday or make-up working day. */
export function classifyDay(date: Date): { kind: DayKind; festival: Festival | null } {
  assertCoveredDate(date);
  return kindOf(date);
}

/** Monday-Friday that is not a holiday, or a weekend day designated as a make-up working day. */
export function isWorkingDay(date: Date): boolean {
  const index = indexOf(date);
  return workingThrough(index) - workingThrough(index - 1) === 1;
}

/**
 * Working days in the half-open interval (start, end]: the start day is excluded, the end day included,
 * so workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when end is before start; 0 when equal.
 */
export function workingDaysBetween(start: Date, end: Date): number {
  return workingThrough(indexOf(end)) - workingThrough(indexOf(start));
}

/** First index whose cumulative count reaches target (that day is a working day), or -1. */
function firstIndexReaching(target: number): number {
  let low = 0;
  let high = WORKING_THROUGH.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((WORKING_THROUGH[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return low < WORKING_THROUGH.length ? low : -1;
}

/**
 * The day n working days after start; the start day itself never counts (like a statutory clock that starts
 * the day after acceptance). n = 0 returns start unchanged; a negative n counts backwards.
 */
export function addWorkingDays(start: Date, n: number): Date {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  const index = indexOf(start);
  if (n === 0) return addCalendarDays(start, 0);
  const target = n > 0 ? workingThrough(index) + n : workingThrough(index - 1) + n + 1;
  const found = target >= 1 ? firstIndexReaching(target) : -1;
  if (found < 0) {
    const direction = n > 0 ? `${n} working days after` : `${-n} working days before`;
    throw new CalendarRangeError(start, `${direction} ${toDayKey(start)} falls outside the China working-day calendar`);
  }
  return addCalendarDays(FIRST_DAY, found);
}
