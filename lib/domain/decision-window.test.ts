import { describe, expect, it } from "vitest";
import {
  backtestDecisionWindows,
  classifyReviewPath,
  predictDecisionWindow,
  quantile,
  type BacktestReview,
  type DurationStats,
  type WindowedApplication,
} from "@/lib/domain/decision-window";
import { CHINA_HOLIDAY_YEARS } from "@/lib/domain/china-holidays";
import { getSeedCalendar, WorkingCalendar } from "@/lib/domain/china-calendar";

const calendar = getSeedCalendar();
/** Official years only: nothing past the last State Council notice. */
const officialOnly = new WorkingCalendar(CHINA_HOLIDAY_YEARS, { lastYear: Math.max(...CHINA_HOLIDAY_YEARS.map((entry) => entry.year)) });

const d = (day: string) => new Date(`${day}T00:00:00Z`);

const base: WindowedApplication = {
  type: "NDA",
  reviewPath: "PRIORITY",
  drugCategory: "CHEMICAL",
  reviewTrack: "PRIORITY_130",
  regulationVersion: "DRR-2020",
  acceptanceDate: d("2024-09-27"),
  acceptancePrecision: "DAY",
  clockStops: [],
};

const stats = (n: number, p25: number, median: number, p75: number): DurationStats => ({ n, p25, median, p75, firstYear: 2021, lastYear: 2025 });

describe("quantile (percentile_cont)", () => {
  it.each([
    [[10], 0.5, 10],
    [[10, 20], 0.5, 15],
    [[10, 20, 30, 40], 0.25, 17.5],
    [[10, 20, 30, 40], 0.75, 32.5],
    [[1, 2, 3, 4, 5], 0.5, 3],
  ])("%j at %d is %d", (values, q, expected) => expect(quantile(values, q)).toBe(expected));
});

describe("classifyReviewPath", () => {
  it.each([
    [{ reviewTrack: "STANDARD_200", decision: null, designations: [] }, "STANDARD"],
    [{ reviewTrack: "PRIORITY_130", decision: null, designations: [] }, "PRIORITY"],
    [{ reviewTrack: "PRIORITY_RARE_70", decision: null, designations: [] }, "PRIORITY"],
    [{ reviewTrack: "STANDARD_200", decision: null, designations: [{ type: "PRIORITY_REVIEW", state: "GRANTED" }] }, "PRIORITY"],
    [{ reviewTrack: "STANDARD_200", decision: null, designations: [{ type: "PRIORITY_REVIEW", state: "REJECTED" }] }, "STANDARD"],
    [{ reviewTrack: "PRIORITY_130", decision: null, designations: [{ type: "CONDITIONAL_APPROVAL", state: "REQUESTED" }] }, "CONDITIONAL"],
    [{ reviewTrack: "STANDARD_200", decision: "CONDITIONALLY_APPROVED", designations: [] }, "CONDITIONAL"],
    [{ reviewTrack: "PRIORITY_130", decision: null, designations: [{ type: "SPECIAL_APPROVAL", state: "GRANTED" }, { type: "CONDITIONAL_APPROVAL", state: "GRANTED" }] }, "SPECIAL"],
    [{ reviewTrack: "STANDARD_200", decision: null, designations: [{ type: "BREAKTHROUGH_THERAPY", state: "GRANTED" }] }, "STANDARD"],
  ] as const)("%j -> %s", (input, expected) => expect(classifyReviewPath(input)).toBe(expected));
});

describe("predictDecisionWindow", () => {
  it.each([
    {
      name: "comparable reviews: p25/median/p75 placed on the working-day calendar (National Day 2024, make-up Sunday 29 Sep)",
      application: base,
      stats: stats(23, 1, 2, 3),
      expected: { from: "2024-09-29", median: "2024-09-30", to: "2024-10-08", method: "comparable", n: 23, basis: "estimate from 23 priority chemical NDA reviews decided 2021-2025" },
    },
    {
      name: "quantiles are rounded to whole working days",
      application: base,
      stats: stats(9, 1.4, 2.5, 2.6),
      expected: { from: "2024-09-29", median: "2024-10-08", to: "2024-10-08", method: "comparable", n: 9 },
    },
    {
      name: "a closed clock stop shifts the window by the working days it held",
      // Stop from 2024-09-29 to 2024-10-09: days 30 Sep, 8 and 9 Oct do not count; the clock resumes on 10 Oct.
      application: { ...base, clockStops: [{ startDate: d("2024-09-29"), endDate: d("2024-10-09") }] },
      stats: stats(23, 1, 2, 3),
      expected: { from: "2024-09-29", median: "2024-10-10", to: "2024-10-11", method: "comparable" },
    },
    {
      name: "an open clock stop gives no dates, and says why",
      application: { ...base, clockStops: [{ startDate: d("2024-09-28"), endDate: null }] },
      stats: stats(23, 1, 2, 3),
      expected: { from: null, median: null, to: null, method: "unavailable", basis: "no window while the clock is stopped for supplementary information (发补)" },
    },
    {
      name: "fewer than 8 comparable reviews: the statutory limit only (130 WD from 2 Jan 2025, counted by hand over Spring Festival, Qingming, Labour Day and Dragon Boat)",
      application: { ...base, reviewTrack: "PRIORITY_130", acceptanceDate: d("2025-01-02") },
      stats: stats(7, 100, 120, 140),
      expected: { from: "2025-07-15", median: "2025-07-15", to: "2025-07-15", method: "statutory", n: 7, basis: "statutory limit only (130 working days; only 7 comparable decided reviews)" },
    },
    {
      name: "no comparable reviews at all",
      application: { ...base, reviewTrack: "STANDARD_200", acceptanceDate: d("2025-01-02") },
      stats: null,
      expected: { method: "statutory", n: 0, basis: "statutory limit only (200 working days; no comparable decided reviews)" },
    },
    {
      name: "a window past the calendar's last year is not guessed",
      application: { ...base, acceptanceDate: d("2026-11-20") },
      stats: stats(23, 100, 150, 200),
      within: officialOnly,
      expected: { from: null, method: "unavailable", basis: "no window: it falls outside the years of the working-day calendar", basisDetail: { kind: "unavailable", reason: "outside-calendar" } },
    },
    {
      name: "a window in a provisional year is dated and says so",
      application: { ...base, acceptanceDate: d("2026-11-20") },
      stats: stats(23, 100, 150, 200),
      expected: { method: "comparable", calendar: "provisional", basisDetail: { kind: "comparable", n: 23, path: "PRIORITY", category: "CHEMICAL", type: "NDA", firstYear: 2021, lastYear: 2025 } },
    },
    {
      name: "a review still running after the window's last date is marked as past it",
      application: base,
      stats: stats(23, 1, 2, 3),
      asOf: d("2024-10-09"),
      expected: { to: "2024-10-08", pastWindow: true },
    },
    {
      name: "on the window's last date it is not yet past",
      application: base,
      stats: stats(23, 1, 2, 3),
      asOf: d("2024-10-08"),
      expected: { to: "2024-10-08", pastWindow: false },
    },
    {
      name: "a window inside official years is official",
      application: base,
      stats: stats(23, 1, 2, 3),
      expected: { calendar: "official" },
    },
    {
      name: "an acceptance date known only to the month",
      application: { ...base, acceptancePrecision: "MONTH" },
      stats: stats(23, 1, 2, 3),
      expected: { from: null, method: "unavailable", basis: "no window: the acceptance date is known only to the month or year" },
    },
  ] as { name: string; application: WindowedApplication; stats: DurationStats | null; within?: WorkingCalendar; asOf?: Date; expected: object }[])("$name", ({ application, stats: given, within, asOf, expected }) => {
    expect(predictDecisionWindow(application, given, { calendar: within ?? calendar, asOf })).toMatchObject(expected);
  });

  it("statutory fallback lands on the statutory deadline of the review clock", async () => {
    const { computeReviewClock } = await import("@/lib/domain/review-clock");
    const acceptanceDate = d("2024-03-01");
    const clockStops = [{ startDate: d("2024-05-06"), endDate: d("2024-06-20") }];
    const window = predictDecisionWindow({ ...base, acceptanceDate, clockStops }, null, { calendar });
    const clock = computeReviewClock({ calendar, acceptanceDate, track: "PRIORITY_130", asOf: acceptanceDate, clockStops: [{ start: clockStops[0]!.startDate, end: clockStops[0]!.endDate }] });
    expect(window.to).toBe(clock.deadline!.toISOString().slice(0, 10));
  });
});

describe("backtestDecisionWindows", () => {
  const review = (acceptanceDay: number, endDay: number, workingDays: number, key = "NDA|STANDARD|CHEMICAL"): BacktestReview => {
    const [type, path] = key.split("|") as [BacktestReview["type"], BacktestReview["path"]];
    return { key, type, path, acceptanceDay, endDay, workingDays, limit: type === "IND" ? 60 : path === "PRIORITY" ? 130 : 200 };
  };
  /** `count` reviews of `key` decided on day 50, `workingDays(i)` long: the history a later review is predicted from. */
  const history = (count: number, key: string, workingDays: (index: number) => number) => Array.from({ length: count }, (_, index) => review(index, 50, workingDays(index), key));

  it("uses only reviews decided before the acceptance, and falls back below the minimum", () => {
    // Eight reviews decided by day 100 (durations 100..170); the ninth accepted on day 101 sees all eight,
    // one accepted on day 100 sees none of them (decided on day 100 is not before).
    const history = Array.from({ length: 8 }, (_, index) => review(index, 100, 100 + index * 10));
    const reviews = [...history, review(101, 400, 140), review(100, 400, 250)];
    const [standard, all] = backtestDecisionWindows(reviews);
    expect(standard).toMatchObject({ type: "NDA", path: "STANDARD", reviews: 10, fromComparable: 1, coverage: 1 });
    // p25..p75 of 100..170 is 117.5..152.5 (rounded 118..153, median 135): 140 is inside, error 5.
    expect(standard!.medianAbsError).toBe(5);
    // The nine others fall back to the 200-day limit: errors 100..30 for the history, 50 for the late one.
    expect(standard!.fallbackMedianAbsError).toBe(60);
    expect(all).toMatchObject({ type: "ALL", path: "ALL", reviews: 10 });
  });

  type Row = [type: string, path: string, reviews: number, fromComparable: number, coverage: number | null, medianAbsError: number | null];
  const [ndaStandard, ndaPriority, indStandard] = ["NDA|STANDARD|CHEMICAL", "NDA|PRIORITY|CHEMICAL", "IND|STANDARD|CHEMICAL"];
  const cases: { name: string; reviews: BacktestReview[]; rows: Row[] }[] = [
    {
      name: "priority and standard NDAs apart",
      reviews: [...history(10, ndaPriority, (index) => 100 + index), ...history(10, ndaStandard, (index) => 200 + index), review(60, 300, 300, ndaPriority), review(60, 300, 205)],
      rows: [["NDA", "STANDARD", 11, 1, 1, 0], ["NDA", "PRIORITY", 11, 1, 0, 195], ["ALL", "ALL", 22, 2, 0.5, 97.5]],
    },
    {
      // An IND's implied approval comes at 60 working days: predicted exactly. Pooled by path with the NDAs,
      // it made "standard" look right every time while the NDAs' own estimates missed.
      name: "INDs and NDAs of one path apart, NDAs first",
      reviews: [...history(10, indStandard, () => 60), ...history(10, ndaStandard, (index) => 200 + index * 10), ...[60, 61, 62].map((day) => review(day, 300, 60, indStandard)), review(60, 400, 320)],
      rows: [["NDA", "STANDARD", 11, 1, 0, 75], ["IND", "STANDARD", 13, 3, 1, 0], ["ALL", "ALL", 24, 4, 0.75, 0]],
    },
    {
      name: "an empty group is left out; drug categories share their type and path's row",
      reviews: [...history(9, "NDA|PRIORITY|BIOLOGICAL", (index) => 100 + index), ...history(9, ndaPriority, (index) => 100 + index)],
      rows: [["NDA", "PRIORITY", 18, 0, null, null], ["ALL", "ALL", 18, 0, null, null]],
    },
    { name: "no decided reviews: the all-reviews line alone", reviews: [], rows: [["ALL", "ALL", 0, 0, null, null]] },
  ];

  it.each(cases)("reports per application type and review path: $name", ({ reviews, rows }) => {
    expect(backtestDecisionWindows(reviews).map((row) => [row.type, row.path, row.reviews, row.fromComparable, row.coverage, row.medianAbsError])).toEqual(rows);
  });
});
