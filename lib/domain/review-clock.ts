// The statutory review clock of one application: working days used since acceptance, minus the days the
// clock stood still for supplementary data (DRR Art. 87), against the limit of its track and regulation version.
import type { ReviewTrack } from "@/generated/prisma/enums";
import { fromUtcDayNumber, toDayKey, utcDayNumber } from "@/lib/domain/calendar-day";
import { CalendarRangeError, getSeedCalendar, type CalendarSource, type WorkingCalendar } from "@/lib/domain/china-calendar";

export type ReviewTimeLimits = {
  regulationVersion: string;
  title: string;
  /** Working days per track. */
  limits: { readonly [T in ReviewTrack]: number };
  sources: { readonly [T in ReviewTrack]: string };
};

/** One entry per regulation version, so applications keep the limits of the version they were accepted under. */
export const REVIEW_TIME_LIMITS: readonly ReviewTimeLimits[] = [
  {
    regulationVersion: "DRR-2020",
    title:
      "Drug Registration Regulation (SAMR Order No. 27), in force 2020-07-01. It writes 日; reading it as " +
      "working days follows industry practice (reference conventions, UNVERIFIED).",
    limits: {
      IND_60: 60,
      IND_FAST_30: 30,
      STANDARD_200: 200,
      PRIORITY_130: 130,
      PRIORITY_RARE_70: 70,
      SUPPLEMENT_60: 60,
      SUPPLEMENT_80: 80,
      SUPPLEMENT_200: 200,
    },
    sources: {
      IND_60: "DRR Art. 96(1) [S1]",
      IND_FAST_30: "NMPA Announcement [2025] No. 86, issued 2025-09-12 [S9][S13]; Beijing/Shanghai pilot from 2024-08-02 [S11]",
      STANDARD_200: "DRR Art. 96 [S1]",
      PRIORITY_130: "DRR Art. 96 and the priority review procedure [S1][S18]",
      PRIORITY_RARE_70: "DRR Art. 96: overseas-marketed, clinically urgent rare-disease drugs [S1][S18]",
      SUPPLEMENT_60: "DRR Art. 96(4) [S1]",
      SUPPLEMENT_80: "DRR Art. 96(4): combined with other items [S1]",
      SUPPLEMENT_200: "DRR Art. 96(4): clinical data review, inspection or testing involved [S1]",
    },
  },
];

export const DEFAULT_REGULATION_VERSION = "DRR-2020";

export class UnknownRegulationVersionError extends RangeError {
  constructor(readonly regulationVersion: string) {
    super(
      `No review time limits for regulation version "${regulationVersion}"; known: ` +
        REVIEW_TIME_LIMITS.map((entry) => entry.regulationVersion).join(", "),
    );
    this.name = "UnknownRegulationVersionError";
  }
}

export function reviewTimeLimit(track: ReviewTrack, regulationVersion: string = DEFAULT_REGULATION_VERSION): number {
  const entry = REVIEW_TIME_LIMITS.find((candidate) => candidate.regulationVersion === regulationVersion);
  if (!entry) throw new UnknownRegulationVersionError(regulationVersion);
  return entry.limits[track];
}

/** A 发补 period: no clock day is counted after `start` up to and including `end` (null: still open). */
export type ClockStop = { start: Date; end: Date | null };

export type ReviewClockInput = {
  /** 承办日期: the clock starts the next working day. */
  acceptanceDate: Date;
  track: ReviewTrack;
  regulationVersion?: string;
  clockStops?: readonly ClockStop[];
  asOf: Date;
  /** When set and not after asOf, the clock stopped counting on this day. */
  decisionDate?: Date | null;
  /** The working-day calendar (official years from the database); default: the seed calendar. */
  calendar?: WorkingCalendar;
};

export type ReviewClockState = "running" | "stopped" | "overdue" | "completed";

export type ReviewClock = {
  limit: number;
  /** Working days counted so far (after acceptance, outside clock stops, up to the decision or asOf). */
  elapsed: number;
  /** Working days inside clock stops over the same span. */
  stoppedDays: number;
  remaining: number;
  overdueBy: number;
  /** The working day on which the limit is reached, given the stops known; null when it cannot be known. */
  deadline: Date | null;
  deadlineUnknown: null | "open-clock-stop" | "outside-calendar";
  /** "provisional" when a figure (the count so far or the deadline) rests on a day of a provisional year. */
  calendar: CalendarSource;
  /** completed (decided) wins over stopped (asOf inside a stop), which wins over overdue, then running. */
  state: ReviewClockState;
};

export class ReviewClockInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "ReviewClockInputError";
  }
}

type DayNumber = number;

/** Excluded days as merged, sorted half-open intervals (start, end]; end = Infinity for a stop still open. */
function mergeStops(stops: readonly ClockStop[]): { start: DayNumber; end: DayNumber }[] {
  const intervals = stops
    .map((stop) => ({ start: utcDayNumber(stop.start), end: stop.end ? utcDayNumber(stop.end) : Number.POSITIVE_INFINITY }))
    .filter((interval) => interval.end > interval.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: DayNumber; end: DayNumber }[] = [];
  for (const interval of intervals) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** Working days in (from, to], zero when the interval is empty. */
function workingDaysIn(calendar: WorkingCalendar, from: DayNumber, to: DayNumber): number {
  return to > from ? calendar.workingDaysBetween(fromUtcDayNumber(from), fromUtcDayNumber(to)) : 0;
}

function validate({ acceptanceDate, asOf, decisionDate, clockStops = [] }: ReviewClockInput): void {
  if (utcDayNumber(asOf) < utcDayNumber(acceptanceDate)) {
    throw new ReviewClockInputError(`asOf ${toDayKey(asOf)} is before the acceptance date ${toDayKey(acceptanceDate)}.`);
  }
  if (decisionDate && utcDayNumber(decisionDate) < utcDayNumber(acceptanceDate)) {
    throw new ReviewClockInputError(
      `The decision date ${toDayKey(decisionDate)} is before the acceptance date ${toDayKey(acceptanceDate)}.`,
    );
  }
  for (const stop of clockStops) {
    if (stop.end && utcDayNumber(stop.end) < utcDayNumber(stop.start)) {
      throw new ReviewClockInputError(`A clock stop ends (${toDayKey(stop.end)}) before it starts (${toDayKey(stop.start)}).`);
    }
  }
}

function findDeadline(
  calendar: WorkingCalendar,
  acceptance: DayNumber,
  limit: number,
  stops: readonly { start: DayNumber; end: DayNumber }[],
): Pick<ReviewClock, "deadline" | "deadlineUnknown"> {
  let cursor = acceptance;
  let needed = limit;
  try {
    for (const stop of stops) {
      if (stop.end <= cursor) continue;
      const candidate = utcDayNumber(calendar.addWorkingDays(fromUtcDayNumber(cursor), needed));
      if (candidate <= stop.start) return { deadline: fromUtcDayNumber(candidate), deadlineUnknown: null };
      needed -= workingDaysIn(calendar, cursor, stop.start);
      if (stop.end === Number.POSITIVE_INFINITY) return { deadline: null, deadlineUnknown: "open-clock-stop" };
      cursor = Math.max(cursor, stop.end);
    }
    return { deadline: calendar.addWorkingDays(fromUtcDayNumber(cursor), needed), deadlineUnknown: null };
  } catch (error) {
    if (error instanceof CalendarRangeError) return { deadline: null, deadlineUnknown: "outside-calendar" };
    throw error;
  }
}

/**
/**
 * The working day on which a clock started at `acceptanceDate` has counted `workingDays` days on `calendar`,
 * skipping the clock stops known (the same arithmetic as the statutory deadline, for any number of days: the
 * predicted decision window applies past durations with it). Null with a reason when it cannot be dated;
 * `source` says whether the day rests on a provisional calendar year.
 */
export function clockDayAfter(
  calendar: WorkingCalendar,
  acceptanceDate: Date,
  workingDays: number,
  clockStops: readonly ClockStop[] = [],
): { day: Date | null; unknown: ReviewClock["deadlineUnknown"]; source: CalendarSource } {
  const acceptance = utcDayNumber(acceptanceDate);
  const { deadline, deadlineUnknown } = findDeadline(calendar, acceptance, workingDays, mergeStops(clockStops));
  const source = deadline ? calendar.sourceOfSpan(acceptanceDate, deadline) : "official";
  return { day: deadline, unknown: deadlineUnknown, source };
}

/**
 * Computes the clock on the China working-day calendar (input.calendar). The acceptance day never counts; a stop's first day
 * still counts and its last day does not (the clock resumes the day after the response arrives).
 * Throws CalendarRangeError when acceptanceDate, asOf or a reached decision date lies outside the covered
 * years; a deadline beyond them is reported as deadlineUnknown = "outside-calendar" instead.
 */
export function computeReviewClock(input: ReviewClockInput): ReviewClock {
  validate(input);
  const calendar = input.calendar ?? getSeedCalendar();
  const limit = reviewTimeLimit(input.track, input.regulationVersion ?? DEFAULT_REGULATION_VERSION);
  calendar.assertCoveredDate(input.acceptanceDate);
  calendar.assertCoveredDate(input.asOf);
  const acceptance = utcDayNumber(input.acceptanceDate);
  const asOf = utcDayNumber(input.asOf);
  const decision = input.decisionDate ? utcDayNumber(input.decisionDate) : null;
  const decided = decision !== null && decision <= asOf;
  const countUntil = decided ? decision : asOf;
  const stops = mergeStops(input.clockStops ?? []);

  let stoppedDays = 0;
  for (const stop of stops) {
    stoppedDays += workingDaysIn(calendar, Math.max(stop.start, acceptance), Math.min(stop.end, countUntil));
  }
  const elapsed = workingDaysIn(calendar, acceptance, countUntil) - stoppedDays;
  const stoppedNow = stops.some((stop) => stop.start <= asOf && asOf <= stop.end);
  const state: ReviewClockState = decided ? "completed" : stoppedNow ? "stopped" : elapsed > limit ? "overdue" : "running";

  const found = findDeadline(calendar, acceptance, limit, stops);
  const through = found.deadline ? Math.max(utcDayNumber(found.deadline), countUntil) : countUntil;
  return {
    limit,
    elapsed,
    stoppedDays,
    remaining: Math.max(limit - elapsed, 0),
    overdueBy: Math.max(elapsed - limit, 0),
    ...found,
    calendar: calendar.sourceOfSpan(fromUtcDayNumber(acceptance), fromUtcDayNumber(through)),
    state,
  };
}
