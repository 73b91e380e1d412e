// Working-day arithmetic on China's calendar (weekends, public holidays, make-up working weekends), for
// statutory clocks. A WorkingCalendar is built from the years whose State Council notice is on file
// (official) and, for the years after them without one, the provisional arrangement derived in
// provisional-holidays.ts (and the years before the first notice back to the 2014 measures). Every answer can
// say whether it rests on a provisional day. Before 2014, or past the provisional horizon, it throws.
import { addCalendarDays, calendarDaysBetween, dayFromKey, isWeekend, toDayKey, utcDay, utcDayNumber } from "@/lib/domain/calendar-day";
import { CHINA_HOLIDAY_YEARS, type Festival, type HolidayYear } from "@/lib/domain/china-holidays";
import { deriveProvisionalYear, HOLIDAY_RULES, PROVISIONAL_YEAR_RANGE } from "@/lib/domain/provisional-holidays";

export type CalendarSource = "official" | "provisional";

/** Years after the last official one that get a provisional arrangement. */
export const PROVISIONAL_HORIZON_YEARS = 10;

/** A date the calendar has no holiday data for: computing with it would silently treat holidays as working days. */
export class CalendarRangeError extends RangeError {
  readonly day: string;
  readonly coveredYears: readonly [first: number, last: number];

  constructor(date: Date, coveredYears: readonly [number, number], message?: string) {
    const day = Number.isNaN(date.getTime()) ? "an invalid date" : toDayKey(date);
    super(
      `${message ?? `${day} is outside the China working-day calendar`}, which covers ${coveredYears[0]}-${coveredYears[1]} ` +
        `(official notices, then provisional years).`,
    );
    this.name = "CalendarRangeError";
    this.day = day;
    this.coveredYears = coveredYears;
  }
}

export type DayKind = "workday" | "weekend" | "holiday" | "makeup-workday";

export type DayInfo = { kind: DayKind; festival: Festival | null; source: CalendarSource };

/**
 * First year covered, provisionally before the first official one: the 2014 holiday measures are the
 * oldest rules provisional-holidays.ts knows, and reviews accepted from then on may still be running.
 */
export const FIRST_PROVISIONAL_YEAR = HOLIDAY_RULES[0]?.fromYear ?? 2014;

export type WorkingCalendarOptions = {
  /** First year covered; default: FIRST_PROVISIONAL_YEAR (or the first official year, if earlier). */
  firstYear?: number;
  /** Last year covered (provisionally past the official ones); default: last official + PROVISIONAL_HORIZON_YEARS. */
  lastYear?: number;
  /** An identity for caches: the database's calendar revision the years were read at. */
  revision?: number;
};

export class WorkingCalendar {
  /** Years with an official notice, ascending. */
  readonly officialYears: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
  readonly revision: number;
  private readonly firstDay: Date;
  private readonly yearSources = new Map<number, CalendarSource>();
  /** workingThrough[i] = working days from firstDay through day i, inclusive: counting is a subtraction. */
  private readonly workingThrough: Int32Array;
  /** provisionalThrough[i] = provisional days from firstDay through day i, inclusive. */
  private readonly provisionalThrough: Int32Array;
  /** Keyed by day number (days since 1970-01-01), which is cheaper than day-key strings while building. */
  private readonly daysOff = new Map<number, { festival: Festival; source: CalendarSource }>();
  private readonly makeupWorkdays = new Map<number, { festival: Festival; source: CalendarSource }>();

  constructor(official: readonly HolidayYear[], options: WorkingCalendarOptions = {}) {
    this.officialYears = [...new Set(official.map((entry) => entry.year))].sort((a, b) => a - b);
    if (this.officialYears.length === 0) throw new RangeError("A working-day calendar needs at least one official year.");
    this.firstYear = Math.min(this.officialYears[0] as number, options.firstYear ?? FIRST_PROVISIONAL_YEAR);
    const lastOfficial = this.officialYears[this.officialYears.length - 1] as number;
    this.lastYear = Math.max(lastOfficial, Math.min(options.lastYear ?? lastOfficial + PROVISIONAL_HORIZON_YEARS, PROVISIONAL_YEAR_RANGE[1]));
    this.revision = options.revision ?? 0;
    this.firstDay = utcDay(this.firstYear, 1, 1);

    const years: { entry: HolidayYear; source: CalendarSource }[] = [];
    for (let year = this.firstYear; year <= this.lastYear; year++) {
      const entry = official.find((candidate) => candidate.year === year);
      const source: CalendarSource = entry ? "official" : "provisional";
      this.yearSources.set(year, source);
      years.push({ entry: entry ?? deriveProvisionalYear(year), source });
    }
    // Provisional years first, so that an official notice wins where both name a day (a New Year break
    // reaching back into the previous December).
    for (const { entry, source } of [...years.filter((y) => y.source === "provisional"), ...years.filter((y) => y.source === "official")]) {
      for (const period of entry.periods) {
        for (const key of period.daysOff) {
          const day = utcDayNumber(dayFromKey(key));
          this.makeupWorkdays.delete(day);
          this.daysOff.set(day, { festival: period.festival, source });
        }
        for (const key of period.makeupWorkdays) {
          const day = utcDayNumber(dayFromKey(key));
          this.daysOff.delete(day);
          this.makeupWorkdays.set(day, { festival: period.festival, source });
        }
      }
    }

    const length = calendarDaysBetween(this.firstDay, utcDay(this.lastYear, 12, 31)) + 1;
    this.workingThrough = new Int32Array(length);
    this.provisionalThrough = new Int32Array(length);
    let working = 0;
    let provisional = 0;
    for (let index = 0; index < length; index++) {
      const { kind, source } = this.kindOf(addCalendarDays(this.firstDay, index));
      if (kind === "workday" || kind === "makeup-workday") working++;
      if (source === "provisional") provisional++;
      this.workingThrough[index] = working;
      this.provisionalThrough[index] = provisional;
    }
  }

  get lastOfficialYear(): number {
    return this.officialYears[this.officialYears.length - 1] as number;
  }

  get coveredYears(): readonly [number, number] {
    return [this.firstYear, this.lastYear];
  }

  /** Whether the year's arrangement is a State Council notice or derived; null outside the calendar. */
  yearSource(year: number): CalendarSource | null {
    return this.yearSources.get(year) ?? null;
  }

  private kindOf(date: Date): DayInfo {
    const key = utcDayNumber(date);
    const yearSource = this.yearSources.get(date.getUTCFullYear()) ?? "provisional";
    const makeup = this.makeupWorkdays.get(key);
    if (makeup) return { kind: "makeup-workday", festival: makeup.festival, source: makeup.source };
    const holiday = this.daysOff.get(key);
    // A weekday off named by a provisional year (its New Year break) is provisional even in an official year.
    if (holiday) {
      const source = holiday.source === "provisional" && !isWeekend(date) ? "provisional" : yearSource;
      return { kind: "holiday", festival: holiday.festival, source };
    }
    return { kind: isWeekend(date) ? "weekend" : "workday", festival: null, source: yearSource };
  }

  isCoveredDate(date: Date): boolean {
    if (Number.isNaN(date.getTime())) return false;
    const year = date.getUTCFullYear();
    return year >= this.firstYear && year <= this.lastYear;
  }

  /** Throws CalendarRangeError unless the date's year is covered. */
  assertCoveredDate(date: Date): void {
    if (!this.isCoveredDate(date)) throw new CalendarRangeError(date, this.coveredYears);
  }

  private indexOf(date: Date): number {
    this.assertCoveredDate(date);
    return calendarDaysBetween(this.firstDay, date);
  }

  private through(counts: Int32Array, index: number): number {
    return index < 0 ? 0 : (counts[index] ?? 0);
  }

  /** What kind of day this is, the festival behind a holiday or make-up working day, and whose arrangement it is. */
  classifyDay(date: Date): DayInfo {
    this.assertCoveredDate(date);
    return this.kindOf(date);
  }

  /** Monday-Friday that is not a holiday, or a weekend day designated as a make-up working day. */
  isWorkingDay(date: Date): boolean {
    const index = this.indexOf(date);
    return this.through(this.workingThrough, index) - this.through(this.workingThrough, index - 1) === 1;
  }

  /**
   * Working days in the half-open interval (start, end]: the start day is excluded, the end day included,
   * so workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when end is before start; 0 when equal.
   */
  workingDaysBetween(start: Date, end: Date): number {
    return this.through(this.workingThrough, this.indexOf(end)) - this.through(this.workingThrough, this.indexOf(start));
  }

  /** "provisional" when any day of (start, end] comes from a provisional arrangement (either order). */
  sourceOfSpan(start: Date, end: Date): CalendarSource {
    const [from, to] = start.getTime() <= end.getTime() ? [start, end] : [end, start];
    const provisional = this.through(this.provisionalThrough, this.indexOf(to)) - this.through(this.provisionalThrough, this.indexOf(from));
    return provisional > 0 ? "provisional" : "official";
  }

  /** First index whose cumulative count reaches target (that day is a working day), or -1. */
  private firstIndexReaching(target: number): number {
    let low = 0;
    let high = this.workingThrough.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.workingThrough[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low < this.workingThrough.length ? low : -1;
  }

  /**
   * The day n working days after start; the start day itself never counts (like a statutory clock that starts
   * the day after acceptance). n = 0 returns start unchanged; a negative n counts backwards.
   */
  addWorkingDays(start: Date, n: number): Date {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
    const index = this.indexOf(start);
    if (n === 0) return addCalendarDays(start, 0);
    const target = n > 0 ? this.through(this.workingThrough, index) + n : this.through(this.workingThrough, index - 1) + n + 1;
    const found = target >= 1 ? this.firstIndexReaching(target) : -1;
    if (found < 0) {
      const direction = n > 0 ? `${n} working days after` : `${-n} working days before`;
      throw new CalendarRangeError(start, this.coveredYears, `${direction} ${toDayKey(start)} falls outside the China working-day calendar`);
    }
    return addCalendarDays(this.firstDay, found);
  }
}

let seedCalendar: WorkingCalendar | null = null;

/**
 * The calendar of the notices in china-holidays.ts (the seed of the database's HolidayYear table) plus
 * provisional years. Pure code and tests use it; the app reads the database's years (lib/calendar).
 */
export function getSeedCalendar(): WorkingCalendar {
  seedCalendar ??= new WorkingCalendar(CHINA_HOLIDAY_YEARS);
  return seedCalendar;
}

/** Years whose State Council holiday notice is in china-holidays.ts, ascending. */
export const COVERED_YEARS: readonly number[] = CHINA_HOLIDAY_YEARS.map((entry) => entry.year).sort((a, b) => a - b);

// The seed calendar's answers as plain functions, for code and tests that need no database years.
export const classifyDay = (date: Date): DayInfo => getSeedCalendar().classifyDay(date);
export const isWorkingDay = (date: Date): boolean => getSeedCalendar().isWorkingDay(date);
export const workingDaysBetween = (start: Date, end: Date): number => getSeedCalendar().workingDaysBetween(start, end);
export const addWorkingDays = (start: Date, n: number): Date => getSeedCalendar().addWorkingDays(start, n);
export const isCoveredDate = (date: Date): boolean => getSeedCalendar().isCoveredDate(date);
export const assertCoveredDate = (date: Date): void => getSeedCalendar().assertCoveredDate(date);
