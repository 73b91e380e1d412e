import { describe, expect, it } from "vitest";
import { ReviewTrack } from "@/generated/prisma/enums";
import { dayFromKey, toDayKey } from "@/lib/domain/calendar-day";
import { CalendarRangeError, isWorkingDay, workingDaysBetween, WorkingCalendar } from "@/lib/domain/china-calendar";
import { CHINA_HOLIDAY_YEARS } from "@/lib/domain/china-holidays";

/** The notices alone: no provisional year after 2026. */
const OFFICIAL_ONLY = new WorkingCalendar(CHINA_HOLIDAY_YEARS, { firstYear: 2020, lastYear: 2026 });
import {
  computeReviewClock,
  REVIEW_TIME_LIMITS,
  reviewTimeLimit,
  ReviewClockInputError,
  UnknownRegulationVersionError,
  type ClockStop,
  type ReviewClockInput,
} from "@/lib/domain/review-clock";

const d = dayFromKey;
const stop = (start: string, end: string | null): ClockStop => ({ start: d(start), end: end ? d(end) : null });

describe("time limits by track (DRR-2020)", () => {
  it.each([
    [ReviewTrack.IND_60, 60],
    [ReviewTrack.IND_FAST_30, 30],
    [ReviewTrack.STANDARD_200, 200],
    [ReviewTrack.PRIORITY_130, 130],
    [ReviewTrack.PRIORITY_RARE_70, 70],
    [ReviewTrack.SUPPLEMENT_60, 60],
    [ReviewTrack.SUPPLEMENT_80, 80],
    [ReviewTrack.SUPPLEMENT_200, 200],
  ])("%s allows %i working days", (track, limit) => {
    expect(reviewTimeLimit(track, "DRR-2020")).toBe(limit);
    const clock = computeReviewClock({ acceptanceDate: d("2024-01-02"), asOf: d("2024-01-02"), track });
    expect(clock).toMatchObject({ limit, elapsed: 0, remaining: limit, overdueBy: 0, state: "running" });
  });

  it("tags every limit set with its regulation version and a source per track", () => {
    for (const entry of REVIEW_TIME_LIMITS) {
      expect(entry.regulationVersion).toMatch(/\S/);
      expect(Object.keys(entry.sources).sort()).toEqual(Object.values(ReviewTrack).sort());
    }
  });

  it("refuses an unknown regulation version", () => {
    expect(() => reviewTimeLimit(ReviewTrack.IND_60, "DRR-2031")).toThrow(UnknownRegulationVersionError);
    expect(() =>
      computeReviewClock({ acceptanceDate: d("2024-01-02"), asOf: d("2024-01-03"), track: "IND_60", regulationVersion: "X" }),
    ).toThrow(/known: DRR-2020/);
  });
});

// IND accepted Tue 2 Jan 2024: working days run Jan 3 ... Feb 9, then the make-up Sunday Feb 18 (day 30),
// Mon Feb 19 (day 31) ... Fri Mar 29 (day 60).
const IND_2024: Pick<ReviewClockInput, "acceptanceDate" | "track"> = { acceptanceDate: d("2024-01-02"), track: "IND_60" };

describe("computeReviewClock", () => {
  it.each([
    {
      name: "running, across Spring Festival 2024",
      input: { ...IND_2024, asOf: d("2024-02-19") },
      expected: { elapsed: 31, stoppedDays: 0, remaining: 29, overdueBy: 0, deadline: "2024-03-29", state: "running" },
    },
    {
      name: "a closed stop excludes (start, end] and moves the deadline",
      input: { ...IND_2024, asOf: d("2024-02-19"), clockStops: [stop("2024-01-31", "2024-02-08")] },
      expected: { elapsed: 24, stoppedDays: 7, remaining: 36, overdueBy: 0, deadline: "2024-04-10", state: "running" },
    },
    {
      name: "an open stop: stopped, deadline unknown",
      input: { ...IND_2024, asOf: d("2024-03-01"), clockStops: [stop("2024-02-19", null)] },
      expected: { elapsed: 31, stoppedDays: 9, remaining: 29, overdueBy: 0, deadline: null, state: "stopped" },
    },
    {
      name: "stopped on the day the request is issued (that day still counts)",
      input: { ...IND_2024, asOf: d("2024-02-19"), clockStops: [stop("2024-02-19", null)] },
      expected: { elapsed: 31, stoppedDays: 0, remaining: 29, overdueBy: 0, deadline: null, state: "stopped" },
    },
    {
      name: "overlapping stops are merged",
      input: { ...IND_2024, asOf: d("2024-02-19"), clockStops: [stop("2024-01-31", "2024-02-08"), stop("2024-02-05", "2024-02-19")] },
      expected: { elapsed: 21, stoppedDays: 10, remaining: 39, overdueBy: 0, deadline: "2024-04-15", state: "stopped" },
    },
    {
      name: "overdue after the deadline",
      input: { ...IND_2024, asOf: d("2024-04-03") },
      expected: { elapsed: 63, stoppedDays: 0, remaining: 0, overdueBy: 3, deadline: "2024-03-29", state: "overdue" },
    },
    {
      name: "on the deadline day itself: still running",
      input: { ...IND_2024, asOf: d("2024-03-29") },
      expected: { elapsed: 60, stoppedDays: 0, remaining: 0, overdueBy: 0, deadline: "2024-03-29", state: "running" },
    },
    {
      name: "completed: the clock stops at the decision date",
      input: { ...IND_2024, asOf: d("2024-06-03"), decisionDate: d("2024-03-01") },
      expected: { elapsed: 40, stoppedDays: 0, remaining: 20, overdueBy: 0, deadline: "2024-03-29", state: "completed" },
    },
    {
      name: "a decision after asOf is not reached yet",
      input: { ...IND_2024, asOf: d("2024-02-19"), decisionDate: d("2024-06-03") },
      expected: { elapsed: 31, stoppedDays: 0, remaining: 29, overdueBy: 0, deadline: "2024-03-29", state: "running" },
    },
    {
      name: "30-WD fast channel across National Day 2025 and both make-up weekends",
      input: { acceptanceDate: d("2025-09-15"), track: "IND_FAST_30", asOf: d("2025-10-11") },
      expected: { elapsed: 15, stoppedDays: 0, remaining: 15, overdueBy: 0, deadline: "2025-10-31", state: "running" },
    },
    {
      name: "deadline past the covered years is reported, not guessed",
      input: { acceptanceDate: d("2026-06-01"), track: "STANDARD_200", asOf: d("2026-07-01"), calendar: OFFICIAL_ONLY },
      expected: { elapsed: 21, stoppedDays: 0, remaining: 179, overdueBy: 0, deadline: null, state: "running" },
    },
  ] satisfies { name: string; input: ReviewClockInput; expected: object }[])("$name", ({ input, expected }) => {
    const { elapsed, stoppedDays, remaining, overdueBy, deadline, state } = computeReviewClock(input);
    expect({ elapsed, stoppedDays, remaining, overdueBy, deadline: deadline && toDayKey(deadline), state }).toEqual(expected);
  });

  it.each([
    [{ ...IND_2024, asOf: d("2024-03-01"), clockStops: [stop("2024-02-19", null)] }, "open-clock-stop"],
    [{ acceptanceDate: d("2026-06-01"), track: "STANDARD_200" as const, asOf: d("2026-07-01"), calendar: OFFICIAL_ONLY }, "outside-calendar"],
    [{ ...IND_2024, asOf: d("2024-02-19") }, null],
  ])("explains a missing deadline (%#)", (input, reason) => {
    expect(computeReviewClock(input).deadlineUnknown).toBe(reason);
  });

  it.each([
    ["acceptance before 2020", { acceptanceDate: d("2019-12-20"), track: "IND_60" as const, asOf: d("2020-02-01"), calendar: OFFICIAL_ONLY }],
    ["acceptance before 2014", { acceptanceDate: d("2013-12-20"), track: "IND_60" as const, asOf: d("2014-02-01") }],
    ["asOf after 2026", { acceptanceDate: d("2026-11-02"), track: "IND_60" as const, asOf: d("2027-01-04"), calendar: OFFICIAL_ONLY }],
  ])("throws CalendarRangeError for %s", (_name, input) => {
    expect(() => computeReviewClock(input)).toThrow(CalendarRangeError);
  });

  it.each([
    ["asOf before acceptance", { ...IND_2024, asOf: d("2023-12-29") }],
    ["decision before acceptance", { ...IND_2024, asOf: d("2024-02-01"), decisionDate: d("2023-12-01") }],
    ["a stop ending before it starts", { ...IND_2024, asOf: d("2024-02-01"), clockStops: [stop("2024-01-20", "2024-01-10")] }],
  ])("rejects %s", (_name, input) => {
    expect(() => computeReviewClock(input)).toThrow(ReviewClockInputError);
  });
});

// Hand-counted cases across the official calendar's irregular weeks (counts written out day by day).
describe("computeReviewClock across holidays, make-up weekends and clock stops", () => {
  it.each([
    {
      // Counted: Jan 7-10 (4), 13-17 (9), 20-24 (14) | stop: Jan 26 Sun make-up, 27, Feb 5-7 = 5 stopped |
      // Feb 8 Sat make-up (15), 10-14 (20) ... Mar 31-Apr 3 (54), Qingming Apr 4-6, Apr 7-11 (59), Apr 14 (60).
      name: "a stop spanning Spring Festival 2025 excludes only its working days, make-up Sunday included",
      input: { acceptanceDate: d("2025-01-06"), track: "IND_60" as const, asOf: d("2025-02-14"), clockStops: [stop("2025-01-24", "2025-02-07")] },
      expected: { elapsed: 20, stoppedDays: 5, remaining: 40, overdueBy: 0, deadline: "2025-04-14", state: "running" },
    },
    {
      // Sep 3-6 (4), 9-13 (9), Sat 14 make-up (10), Mid-Autumn 15-17, 18-20 (13) | stop: 23-27, Sun 29 make-up = 6 |
      // Sep 30 (14), National Day, Oct 8-11 (18), Sat 12 make-up (19), 14-18 (24) ... Dec 2-6 (59), Dec 9 (60).
      name: "a stop ending on the make-up Sunday before National Day 2024",
      input: { acceptanceDate: d("2024-09-02"), track: "IND_60" as const, asOf: d("2024-10-14"), clockStops: [stop("2024-09-20", "2024-09-29")] },
      expected: { elapsed: 20, stoppedDays: 6, remaining: 40, overdueBy: 0, deadline: "2024-12-09", state: "running" },
    },
    {
      // Jan 3-31 = 21 counted; the open stop from Jan 31 holds Feb 1-2, Sun 4, 5-9, Sun 18, Mon 19 = 10.
      name: "a decision reached during an open stop completes the clock without a deadline",
      input: { ...IND_2024, asOf: d("2024-03-01"), decisionDate: d("2024-02-19"), clockStops: [stop("2024-01-31", null)] },
      expected: { elapsed: 21, stoppedDays: 10, remaining: 39, overdueBy: 0, deadline: null, state: "completed" },
    },
    {
      // Jan 21-23 (3), the COVID-19-extended break Jan 24-Feb 2, Feb 3-7 (8) ... Mar 30-Apr 3 (48),
      // Qingming Mon Apr 6, Apr 7-10 (52), 13-17 (57), Apr 20-22 (60).
      name: "IND accepted the day after the 2020 make-up Sunday, across the extended Spring Festival",
      input: { acceptanceDate: d("2020-01-20"), track: "IND_60" as const, asOf: d("2020-02-07") },
      expected: { elapsed: 8, stoppedDays: 0, remaining: 52, overdueBy: 0, deadline: "2020-04-22", state: "running" },
    },
    {
      name: "two disjoint stops both move the deadline",
      input: {
        acceptanceDate: d("2025-01-06"),
        track: "IND_60" as const,
        asOf: d("2025-04-21"),
        clockStops: [stop("2025-01-24", "2025-02-07"), stop("2025-04-11", "2025-04-18")],
      },
      // The second stop holds Apr 14-18 (5 WD), so day 60 moves from Apr 14 to Apr 21 (counted: Apr 11 = 59, Apr 21 = 60).
      expected: { elapsed: 60, stoppedDays: 10, remaining: 0, overdueBy: 0, deadline: "2025-04-21", state: "running" },
    },
  ] satisfies { name: string; input: ReviewClockInput; expected: object }[])("$name", ({ input, expected }) => {
    const { elapsed, stoppedDays, remaining, overdueBy, deadline, state } = computeReviewClock(input);
    expect({ elapsed, stoppedDays, remaining, overdueBy, deadline: deadline && toDayKey(deadline), state }).toEqual(expected);
  });

  // Whatever the acceptance day, the deadline is a working day exactly `limit` counted days later.
  const acceptanceDays = ["2020-09-25", "2021-02-05", "2022-09-30", "2023-01-20", "2023-09-28", "2024-02-08", "2025-01-27"];
  it.each(Object.values(ReviewTrack))("%s: the deadline is limit working days after acceptance", (track) => {
    for (const day of acceptanceDays) {
      const acceptanceDate = d(day);
      const { deadline, limit } = computeReviewClock({ acceptanceDate, track, asOf: acceptanceDate });
      expect(deadline, `${track} from ${day}`).not.toBeNull();
      expect(isWorkingDay(deadline as Date)).toBe(true);
      expect(workingDaysBetween(acceptanceDate, deadline as Date)).toBe(limit);
    }
  });

  it.each(Object.values(ReviewTrack))("%s: a closed stop pushes the deadline by exactly its working days", (track) => {
    const acceptanceDate = d("2023-09-04");
    const stops = [stop("2023-09-27", "2023-10-09")]; // holds the combined 2023 break and both make-up weekend days
    const held = workingDaysBetween(d("2023-09-27"), d("2023-10-09"));
    const { deadline, limit } = computeReviewClock({ acceptanceDate, track, asOf: acceptanceDate, clockStops: stops });
    expect(workingDaysBetween(acceptanceDate, deadline as Date)).toBe(limit + held);
  });
});
