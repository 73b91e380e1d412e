import { describe, expect, it } from "vitest";
import { barExtent, barSegments, itemPlacement } from "@/lib/timeline/geometry";
import type { ReviewBar, TimelineBar, TimelineMark } from "@/lib/timeline/items";
import { dayKeyOf, dayNumberOfKey, type TimeDomain } from "@/lib/timeline/scale";

const n = dayNumberOfKey;
const source = { url: null, confidence: "UNVERIFIED" as const, illustrative: true };

function review(overrides: Partial<ReviewBar>): ReviewBar {
  return {
    kind: "bar",
    category: "review",
    id: "review-1",
    row: "application-1",
    code: "NDA",
    subject: "CXHS2400001",
    start: "2024-01-01",
    startPrecision: "DAY",
    end: "2024-01-31",
    endPrecision: "DAY",
    endKind: "decision",
    stops: [],
    deadline: null,
    clock: null,
    source,
    ...overrides,
  };
}

const rounded = (segments: ReturnType<typeof barSegments>) =>
  segments.map((segment) => ({ ...segment, left: Number(segment.left.toFixed(4)), width: Number(segment.width.toFixed(4)) }));

describe("barExtent", () => {
  it("reaches the last day a month-level end may stand for", () => {
    const bar: TimelineBar = { ...review({}), end: "2024-02-01", endPrecision: "MONTH" };
    const { first, last } = barExtent(bar);
    expect([dayKeyOf(first), dayKeyOf(last)]).toEqual(["2024-01-01", "2024-02-29"]);
  });
});

describe("barSegments", () => {
  it("marks a month-level start as uncertain across that month", () => {
    const bar = review({ start: "2024-01-01", startPrecision: "MONTH", end: "2024-03-31" });
    // 31 of the bar's 91 days.
    expect(rounded(barSegments(bar, n("2024-06-01")))).toEqual([{ kind: "uncertain-start", left: 0, width: 0.3407 }]);
  });

  it("draws the part after today up to the deadline as projected", () => {
    const bar = review({ end: "2024-01-31", endKind: "deadline" });
    expect(rounded(barSegments(bar, n("2024-01-21")))).toEqual([{ kind: "projected", left: 0.6774, width: 0.3226 }]);
  });

  it("draws the part after the deadline as overdue", () => {
    const bar = review({
      end: "2024-01-31",
      endKind: "today",
      deadline: "2024-01-21",
      clock: {
        applicationId: 1,
        acceptanceNumber: "CXHS2400001",
        track: "IND_60",
        regulationVersion: "DRR-2020",
        reviewRunning: true,
        asOf: "2024-01-31",
        state: "overdue",
        limit: 60,
        elapsed: 67,
        stoppedDays: 0,
        remaining: 0,
        overdueBy: 7,
        deadline: "2024-01-21",
        deadlineUnknown: null,
      calendar: "official",
      },
    });
    expect(rounded(barSegments(bar, n("2024-01-31")))).toEqual([{ kind: "overdue", left: 0.6774, width: 0.3226 }]);
  });

  it("draws a decision that came after the deadline as late, and one before it as plain", () => {
    expect(rounded(barSegments(review({ end: "2024-01-31", deadline: "2024-01-21" }), n("2024-06-01")))).toEqual([
      { kind: "overdue", left: 0.6774, width: 0.3226 },
    ]);
    expect(barSegments(review({ end: "2024-01-31", deadline: "2024-02-21" }), n("2024-06-01"))).toEqual([]);
  });

  it("draws clock stops from the day after the request", () => {
    const bar = review({ stops: [{ start: "2024-01-10", end: "2024-01-19" }] });
    expect(rounded(barSegments(bar, n("2024-06-01")))).toEqual([{ kind: "stop", left: 0.3226, width: 0.2903 }]);
  });

  it("leaves a bar with exact ends and no clock plain", () => {
    expect(barSegments(review({}), n("2024-06-01"))).toEqual([]);
  });
});

describe("itemPlacement", () => {
  const domain: TimeDomain = { start: n("2024-01-01"), end: n("2025-01-01") };
  const mark = (precision: TimelineMark["precision"], date: string): TimelineMark => ({
    kind: "mark",
    category: "stage",
    id: "m",
    row: "stages",
    code: "PHASE_3",
    subject: "",
    date,
    precision,
    source,
  });

  it("gives a year-level mark the whole year and a day-level mark one day", () => {
    expect(itemPlacement(domain, mark("YEAR", "2024-01-01"))).toEqual({ left: 0, width: 1 });
    expect(itemPlacement(domain, mark("DAY", "2024-07-01")).width).toBeCloseTo(1 / 366);
  });
});
