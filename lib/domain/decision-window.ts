// The predicted decision window of a running review: how long comparable past reviews took (same application
// type, review path and drug category), p25 / median / p75 of their working-day durations with clock stops
// excluded, applied from this application's acceptance date on the China working-day calendar and its own
// clock stops. Fewer than MIN_COMPARABLE comparable reviews fall back to the statutory limit, and say so:
// ../shared/domain/reference.md holds no sourced CDE annual-report durations to use as a better prior.
// Pure: the comparable statistics come from PostgreSQL (lib/insights/decision-window-stats.ts).
import { ApplicationType } from "@/generated/prisma/enums";
import type {
  ApplicationDecision,
  DatePrecision,
  DesignationState,
  DesignationType,
  DrugCategory,
  ReviewPath,
  ReviewTrack,
} from "@/generated/prisma/enums";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { CalendarSource, WorkingCalendar } from "@/lib/domain/china-calendar";
import { clockDayAfter, reviewTimeLimit, UnknownRegulationVersionError, type ClockStop } from "@/lib/domain/review-clock";

/** Below this many comparable decided reviews the window is the statutory limit only. */
export const MIN_COMPARABLE_REVIEWS = 8;

export const REVIEW_PATHS: readonly ReviewPath[] = ["STANDARD", "PRIORITY", "CONDITIONAL", "SPECIAL"];

/** Decisions that end a review on its merits; withdrawals and returns say nothing about how long review takes. */
export const DECIDING_DECISIONS: readonly ApplicationDecision[] = ["APPROVED", "CONDITIONALLY_APPROVED", "IMPLIED_APPROVAL", "NOT_APPROVED"];

/** Designation states that mean the programme did not (or no longer) ride on the application. */
const NOT_HELD: readonly DesignationState[] = ["NOT_APPLIED", "REJECTED", "WITHDRAWN"];

/**
 * The review path of an application: special approval, else conditional approval (a conditional-approval
 * designation on it or a conditional decision), else priority (a priority track or a priority-review
 * designation), else standard.
 */
export function classifyReviewPath(application: {
  reviewTrack: ReviewTrack | null;
  decision: ApplicationDecision | null;
  designations: readonly { type: DesignationType; state: DesignationState }[];
}): ReviewPath {
  const held = application.designations.filter((designation) => !NOT_HELD.includes(designation.state));
  const has = (type: DesignationType) => held.some((designation) => designation.type === type);
  if (has("SPECIAL_APPROVAL")) return "SPECIAL";
  if (has("CONDITIONAL_APPROVAL") || application.decision === "CONDITIONALLY_APPROVED") return "CONDITIONAL";
  if (application.reviewTrack === "PRIORITY_130" || application.reviewTrack === "PRIORITY_RARE_70" || has("PRIORITY_REVIEW")) return "PRIORITY";
  return "STANDARD";
}

/** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont. `sorted` ascending, non-empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Working-day durations of comparable decided reviews, summarised. */
export type DurationStats = { n: number; p25: number; median: number; p75: number; firstYear: number; lastYear: number };

export type ComparableKey = { type: ApplicationType; path: ReviewPath; category: DrugCategory };
export const comparableKey = ({ type, path, category }: ComparableKey): string => `${type}|${path}|${category}`;

const PATH_WORD: Record<ReviewPath, string> = {
  STANDARD: "standard",
  PRIORITY: "priority",
  CONDITIONAL: "conditional-approval",
  SPECIAL: "special-approval",
};
const CATEGORY_WORD: Record<DrugCategory, string> = { CHEMICAL: "chemical", BIOLOGICAL: "biological", TCM: "TCM" };
const TYPE_WORD: Record<ApplicationType, string> = {
  IND: "IND",
  NDA: "NDA",
  SUPPLEMENT: "supplement",
  GENERIC: "generic",
  RE_REGISTRATION: "re-registration",
  OTHER: "other",
};

/** The fields of a running application the window is computed from. */
export type WindowedApplication = {
  type: ApplicationType;
  reviewPath: ReviewPath | null;
  drugCategory: DrugCategory;
  reviewTrack: ReviewTrack | null;
  regulationVersion: string;
  acceptanceDate: Date | null;
  acceptancePrecision: DatePrecision | null;
  clockStops: readonly { startDate: Date; endDate: Date | null }[];
};

/** Why a window has no dates. */
export type NoWindowReason = "no-acceptance" | "imprecise-acceptance" | "unknown-regulation" | "open-clock-stop" | "outside-calendar";

/**
 * What the dates rest on, as data: the pages word it in the reader's language (messages insights.basis.*),
 * `basis` is the same in English for the API.
 */
export type DecisionBasis =
  | { kind: "comparable"; n: number; path: ReviewPath; category: DrugCategory; type: ApplicationType; firstYear: number; lastYear: number }
  | { kind: "statutory"; n: number; limit: number }
  | { kind: "unavailable"; n: number; reason: NoWindowReason };

/**
 * What the API and pages show: the dates are YYYY-MM-DD, or all null with `basis` saying why. `basis` always
 * says what the dates rest on ("estimate from 23 priority biological NDA reviews decided 2021-2025", "statutory
 * limit only"), so a date is never shown bare; `n` is the number of comparable decided reviews found.
 */
export type PredictedDecision = {
  from: string | null;
  median: string | null;
  to: string | null;
  basis: string;
  n: number;
  method: "comparable" | "statutory" | "unavailable";
  /** The working-day counts the dates were placed at (p25 / median / p75, or the limit three times). */
  workingDays: { from: number; median: number; to: number } | null;
  /** The basis as data, for wording it in the reader's language. */
  basisDetail: DecisionBasis;
  /** "provisional" when a date rests on a provisional year of the working-day calendar. */
  calendar: CalendarSource;
  /**
   * The review still runs on a day (asOf) after the window's last date: comparable reviews had ended by then,
   * so the dates no longer bound this one (shown as such, never as a future estimate).
   */
  pastWindow: boolean;
};

function unavailable(basis: string, n: number, reason: NoWindowReason): PredictedDecision {
  return {
    from: null,
    median: null,
    to: null,
    basis,
    n,
    method: "unavailable",
    workingDays: null,
    basisDetail: { kind: "unavailable", n, reason },
    calendar: "official",
    pastWindow: false,
  };
}

/**
 * The predicted decision window of one running application given the comparable statistics (null when none
 * were found), placed on `calendar` (the database's working-day calendar); `asOf` (today) marks a window the
 * review has outrun. Never throws for data the calendar or rules cannot place: it answers with a reason instead.
 */
export function predictDecisionWindow(
  application: WindowedApplication,
  stats: DurationStats | null,
  { calendar, minComparable = MIN_COMPARABLE_REVIEWS, asOf }: { calendar: WorkingCalendar; minComparable?: number; asOf?: Date },
): PredictedDecision {
  const n = stats?.n ?? 0;
  const { acceptanceDate, reviewTrack } = application;
  if (!acceptanceDate || !reviewTrack) return unavailable("no window: the application has no acceptance date or review track", n, "no-acceptance");
  if ((application.acceptancePrecision ?? "DAY") !== "DAY") {
    return unavailable("no window: the acceptance date is known only to the month or year", n, "imprecise-acceptance");
  }
  const path = application.reviewPath ?? "STANDARD";
  let workingDays: { from: number; median: number; to: number };
  let basis: string;
  let method: PredictedDecision["method"];
  let basisDetail: DecisionBasis;
  if (stats && stats.n >= minComparable) {
    workingDays = { from: Math.round(stats.p25), median: Math.round(stats.median), to: Math.round(stats.p75) };
    const years = stats.firstYear === stats.lastYear ? `${stats.firstYear}` : `${stats.firstYear}-${stats.lastYear}`;
    basis = `estimate from ${stats.n} ${PATH_WORD[path]} ${CATEGORY_WORD[application.drugCategory]} ${TYPE_WORD[application.type]} reviews decided ${years}`;
    method = "comparable";
    basisDetail = { kind: "comparable", n: stats.n, path, category: application.drugCategory, type: application.type, firstYear: stats.firstYear, lastYear: stats.lastYear };
  } else {
    let limit: number;
    try {
      limit = reviewTimeLimit(reviewTrack, application.regulationVersion);
    } catch (error) {
      if (error instanceof UnknownRegulationVersionError) return unavailable(`no window: ${error.message}`, n, "unknown-regulation");
      throw error;
    }
    workingDays = { from: limit, median: limit, to: limit };
    const few = n === 0 ? "no comparable decided reviews" : `only ${n} comparable decided review${n === 1 ? "" : "s"}`;
    basis = `statutory limit only (${limit} working days; ${few})`;
    method = "statutory";
    basisDetail = { kind: "statutory", n, limit };
  }
  const stops: ClockStop[] = application.clockStops.map((stop) => ({ start: stop.startDate, end: stop.endDate }));
  const place = (days: number) => clockDayAfter(calendar, acceptanceDate, days, stops);
  const placed = [place(workingDays.from), place(workingDays.median), place(workingDays.to)];
  const missing = placed.find((result) => result.day === null);
  if (missing) {
    return unavailable(
      missing.unknown === "open-clock-stop"
        ? "no window while the clock is stopped for supplementary information (发补)"
        : "no window: it falls outside the years of the working-day calendar",
      n,
      missing.unknown === "open-clock-stop" ? "open-clock-stop" : "outside-calendar",
    );
  }
  const [from, median, to] = placed.map((result) => toDayKey(result.day!));
  const source: CalendarSource = placed.some((result) => result.source === "provisional") ? "provisional" : "official";
  const pastWindow = asOf !== undefined && placed[2]!.day!.getTime() < asOf.getTime();
  return { from: from!, median: median!, to: to!, basis, n, method, workingDays, basisDetail, calendar: source, pastWindow };
}

// ---------------------------------------------------------------------------------------------
// Backtest: predict every decided review from the reviews decided before its acceptance
// ---------------------------------------------------------------------------------------------

export type BacktestReview = {
  key: string;
  type: ApplicationType;
  path: ReviewPath;
  /** Day numbers (days since 1970-01-01) of acceptance and decision. */
  acceptanceDay: number;
  endDay: number;
  workingDays: number;
  /** The statutory limit of its track (the fallback prediction). */
  limit: number;
};

/**
 * Whose figures: one application type and review path, or every decided review. Reported per type and path,
 * not per path alone: an IND's implied approval comes at a fixed 60 working days, so its estimate is exact by
 * construction, and mixed with the NDAs it hid how well their decisions are predicted.
 */
export type BacktestGroup = { type: ApplicationType; path: ReviewPath } | { type: "ALL"; path: "ALL" };

export type BacktestFigures = BacktestGroup & {
  /** Decided reviews predicted. */
  reviews: number;
  /** Of those, predicted from at least MIN_COMPARABLE_REVIEWS comparable reviews. */
  fromComparable: number;
  /** Share of the comparable-based predictions whose actual duration fell inside p25-p75 (ideal about 0.5). */
  coverage: number | null;
  /** Median absolute error of the median, working days, comparable-based predictions. */
  medianAbsError: number | null;
  /** The same for the reviews predicted by the statutory limit only. */
  fallbackMedianAbsError: number | null;
};

/** The order the backtest reports application types in: marketing decisions first, what the estimates are most read for. */
const BACKTEST_TYPES: readonly ApplicationType[] = [...new Set<ApplicationType>(["NDA", "IND", ...Object.values(ApplicationType)])];

/** Items by key, each group in the items' order. Appended in place: copying a group per item was quadratic (79 s for 46,000 reviews in the bench). */
function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** Inserts into an ascending array, keeping it sorted. */
function insertSorted(sorted: number[], value: number): void {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  sorted.splice(low, 0, value);
}

const medianOf = (values: number[]): number | null => (values.length ? quantile([...values].sort((a, b) => a - b), 0.5) : null);

/**
 * For every review, the window from the comparable reviews (same key) decided strictly before its acceptance
 * day, as the live prediction would have been made then; coverage and error in working days (the window's
 * dates are these counts placed on the calendar, so inside-the-window is the same test on either).
 */
export function backtestDecisionWindows(
  reviews: readonly BacktestReview[],
  { minComparable = MIN_COMPARABLE_REVIEWS }: { minComparable?: number } = {},
): BacktestFigures[] {
  type Outcome = { type: ApplicationType; path: ReviewPath; comparable: boolean; inside: boolean; error: number };
  const outcomes: Outcome[] = [];
  for (const group of groupBy(reviews, (review) => review.key).values()) {
    const byEnd = [...group].sort((a, b) => a.endDay - b.endDay);
    const byAcceptance = [...group].sort((a, b) => a.acceptanceDay - b.acceptanceDay);
    const known: number[] = [];
    let next = 0;
    for (const target of byAcceptance) {
      while (next < byEnd.length && byEnd[next]!.endDay < target.acceptanceDay) insertSorted(known, byEnd[next++]!.workingDays);
      if (known.length >= minComparable) {
        const p25 = Math.round(quantile(known, 0.25));
        const p75 = Math.round(quantile(known, 0.75));
        const median = Math.round(quantile(known, 0.5));
        outcomes.push({
          type: target.type,
          path: target.path,
          comparable: true,
          inside: target.workingDays >= p25 && target.workingDays <= p75,
          error: Math.abs(target.workingDays - median),
        });
      } else {
        outcomes.push({ type: target.type, path: target.path, comparable: false, inside: target.workingDays === target.limit, error: Math.abs(target.workingDays - target.limit) });
      }
    }
  }
  const figures = (group: BacktestGroup, mine: readonly Outcome[]): BacktestFigures => {
    const comparable = mine.filter((outcome) => outcome.comparable);
    return {
      ...group,
      reviews: mine.length,
      fromComparable: comparable.length,
      coverage: comparable.length ? comparable.filter((outcome) => outcome.inside).length / comparable.length : null,
      medianAbsError: medianOf(comparable.map((outcome) => outcome.error)),
      fallbackMedianAbsError: medianOf(mine.filter((outcome) => !outcome.comparable).map((outcome) => outcome.error)),
    };
  };
  const byGroup = groupBy(outcomes, (outcome) => `${outcome.type}|${outcome.path}`);
  const groups = BACKTEST_TYPES.flatMap((type) =>
    REVIEW_PATHS.flatMap((path) => {
      const mine = byGroup.get(`${type}|${path}`);
      return mine ? [figures({ type, path }, mine)] : [];
    }),
  );
  return [...groups, figures({ type: "ALL", path: "ALL" }, outcomes)];
}
