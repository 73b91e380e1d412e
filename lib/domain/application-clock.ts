// The statutory review clock of one stored application: whether its clock runs, its deadline (the sort key
// stored on Application and Candidate) and a serialisable summary for badges, timelines and the dashboard.
// Everything here is pure; lib/domain/review-clock does the working-day arithmetic, lib/review-clock reads
// the fields (select.ts) and stores the deadlines (refresh-review-deadlines.ts).
import type { ApplicationStatus, DatePrecision, ReviewTrack } from "@/generated/prisma/enums";
import { toDayKey } from "@/lib/domain/calendar-day";
import { CalendarRangeError, type WorkingCalendar } from "@/lib/domain/china-calendar";
import {
  computeReviewClock,
  ReviewClockInputError,
  UnknownRegulationVersionError,
  type ReviewClock,
  type ReviewClockState,
} from "@/lib/domain/review-clock";

/**
 * Statuses in which the technical-review clock counts (or stands still for 发补). Administrative approval
 * runs on its own 20-day clock after the review conclusion, so it ends the review clock like a decision.
 */
export const REVIEW_RUNNING_STATUSES: readonly ApplicationStatus[] = [
  "ACCEPTED",
  "QUEUED_FOR_REVIEW",
  "UNDER_REVIEW",
  "SUPPLEMENT_REQUESTED",
];

/** Statuses before acceptance: no statutory clock exists yet. */
const PRE_ACCEPTANCE_STATUSES: readonly ApplicationStatus[] = [
  "SUBMITTED",
  "PENDING_ACCEPTANCE",
  "CORRECTION_REQUESTED",
  "NOT_ACCEPTED",
  "ABANDONED",
];

/** The fields of an Application (with its clock stops) that decide its clock. */
export type ClockedApplication = {
  id: number;
  acceptanceNumber: string;
  acceptanceDate: Date | null;
  acceptancePrecision: DatePrecision | null;
  reviewTrack: ReviewTrack | null;
  regulationVersion: string;
  status: ApplicationStatus;
  statusDate: Date | null;
  decisionDate: Date | null;
  clockStops: readonly { startDate: Date; endDate: Date | null }[];
};

export type ClockUnavailableReason =
  | "imprecise-acceptance"
  | "outside-calendar"
  | "unknown-regulation"
  | "undated-end"
  | "inconsistent-dates";

type SummaryBase = {
  applicationId: number;
  acceptanceNumber: string;
  track: ReviewTrack;
  regulationVersion: string;
  /** The application is still in a review status (the clock may still be stopped or unreadable). */
  reviewRunning: boolean;
  /** The day the clock was read on, YYYY-MM-DD. */
  asOf: string;
};

/** Dates are YYYY-MM-DD strings so that the summary crosses the server/client boundary unchanged. */
export type ReviewClockSummary = SummaryBase &
  (
    | ({ state: ReviewClockState; deadline: string | null } & Omit<ReviewClock, "state" | "deadline">)
    | { state: "unavailable"; reason: ClockUnavailableReason; message: string }
  );

export type ActiveClockState = Extract<ReviewClockState, "running" | "stopped" | "overdue">;

export function isReviewRunning(status: ApplicationStatus): boolean {
  return REVIEW_RUNNING_STATUSES.includes(status);
}

/**
 * The day the review clock stopped for good: the decision date, else (once the application has left the
 * review statuses) the date of its current status. Null while running, or when the end was never dated.
 */
export function reviewEndDate(application: Pick<ClockedApplication, "status" | "statusDate" | "decisionDate">): Date | null {
  if (application.decisionDate) return application.decisionDate;
  return isReviewRunning(application.status) ? null : application.statusDate;
}

function clockInput(application: ClockedApplication, asOf: Date, calendar: WorkingCalendar) {
  return {
    calendar,
    acceptanceDate: application.acceptanceDate as Date,
    track: application.reviewTrack as ReviewTrack,
    regulationVersion: application.regulationVersion,
    clockStops: application.clockStops.map((stop) => ({ start: stop.startDate, end: stop.endDate })),
    asOf,
    decisionDate: reviewEndDate(application),
  };
}

/**
 * The working-day deadline of a running review, with its clock stops applied; null when the review is not
 * running or the deadline cannot be known. It never depends on today, so it is stored and only refreshed
 * when the application, its clock stops or the holiday calendar change. A deadline in a provisional year
 * is stored too (sorting needs it); readers label it with the summary's `calendar`.
 */
export function computeApplicationDeadline(application: ClockedApplication, calendar: WorkingCalendar): Date | null {
  if (!isReviewRunning(application.status) || !application.acceptanceDate || !application.reviewTrack) return null;
  if (application.acceptancePrecision && application.acceptancePrecision !== "DAY") return null;
  try {
    // The deadline does not depend on asOf; reading the clock on the acceptance day keeps asOf in range.
    return computeReviewClock({ ...clockInput(application, application.acceptanceDate, calendar), decisionDate: null }).deadline;
  } catch (error) {
    if (isExpectedClockError(error)) return null;
    throw error;
  }
}

function isExpectedClockError(error: unknown): error is RangeError {
  return (
    error instanceof CalendarRangeError ||
    error instanceof ReviewClockInputError ||
    error instanceof UnknownRegulationVersionError
  );
}

const PRECISION_WORD: Record<DatePrecision, string> = { DAY: "day", MONTH: "month", YEAR: "year" };

/**
 * The clock of one application as of a day, or null when it has none (no track, not yet accepted).
 * Dates the calendar cannot count give state "unavailable" with a message, never a guessed figure.
 */
export function summarizeApplicationClock(
  application: ClockedApplication,
  asOf: Date,
  calendar: WorkingCalendar,
): ReviewClockSummary | null {
  const { acceptanceDate, reviewTrack } = application;
  if (!acceptanceDate || !reviewTrack || PRE_ACCEPTANCE_STATUSES.includes(application.status)) return null;
  const base: SummaryBase = {
    applicationId: application.id,
    acceptanceNumber: application.acceptanceNumber,
    track: reviewTrack,
    regulationVersion: application.regulationVersion,
    reviewRunning: isReviewRunning(application.status),
    asOf: toDayKey(asOf),
  };
  const unavailable = (reason: ClockUnavailableReason, message: string): ReviewClockSummary => ({
    ...base,
    state: "unavailable",
    reason,
    message,
  });

  const precision = application.acceptancePrecision ?? "DAY";
  if (precision !== "DAY") {
    return unavailable(
      "imprecise-acceptance",
      `The acceptance date is known only to the ${PRECISION_WORD[precision]}, so working days cannot be counted.`,
    );
  }
  if (!isReviewRunning(application.status) && !reviewEndDate(application)) {
    return unavailable("undated-end", "The review has ended but its end is not dated, so its length is unknown.");
  }
  const reviewAsOf = asOf.getTime() < acceptanceDate.getTime() ? acceptanceDate : asOf;
  try {
    const { deadline, state, ...clock } = computeReviewClock(clockInput(application, reviewAsOf, calendar));
    return { ...base, ...clock, state, deadline: deadline ? toDayKey(deadline) : null };
  } catch (error) {
    if (error instanceof CalendarRangeError) {
      return unavailable(
        "outside-calendar",
        `Outside the working-day calendar: ${error.day} is not in ${error.coveredYears[0]}-${error.coveredYears[1]} ` +
          "(official notices, then provisional years). No figure is shown rather than a guess.",
      );
    }
    if (error instanceof UnknownRegulationVersionError) return unavailable("unknown-regulation", error.message);
    if (error instanceof ReviewClockInputError) return unavailable("inconsistent-dates", error.message);
    throw error;
  }
}

// Lives apart so that the timeline's client code can pick a clock without the working calendar (and the
// lunisolar tables behind its provisional years) coming into the browser bundle.
export { pickMostUrgentClock } from "@/lib/domain/clock-urgency";

/**
 * The length of an ended review in working days, clock stops excluded (what the review-duration chart and the
 * predicted decision window count), with the day it ended; null days when it cannot be counted exactly
 * (running, no track, acceptance or end known only to the month or year, dates outside the calendar).
 */
export function computeReviewDuration(
  application: ClockedApplication & { endPrecision: DatePrecision | null },
  calendar: WorkingCalendar,
): { endDate: Date | null; workingDays: number | null } {
  const endDate = isReviewRunning(application.status) || PRE_ACCEPTANCE_STATUSES.includes(application.status) ? null : reviewEndDate(application);
  if (!endDate || !application.acceptanceDate || !application.reviewTrack) return { endDate, workingDays: null };
  if ((application.acceptancePrecision ?? "DAY") !== "DAY" || (application.endPrecision ?? "DAY") !== "DAY") return { endDate, workingDays: null };
  try {
    const clock = computeReviewClock({ ...clockInput(application, endDate, calendar), decisionDate: endDate });
    return { endDate, workingDays: clock.elapsed };
  } catch (error) {
    if (isExpectedClockError(error)) return { endDate, workingDays: null };
    throw error;
  }
}
