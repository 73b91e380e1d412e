import { describe, expect, it } from "vitest";
import {
  centerDayAt,
  dayKeyOf,
  dayNumberOfKey,
  domainCovering,
  fractionOf,
  precisionSpan,
  PX_PER_DAY,
  scrollLeftFor,
  spanFractions,
  ticksFor,
  trackWidthPx,
  visibleRange,
  type TimeDomain,
} from "@/lib/timeline/scale";

const n = dayNumberOfKey;
const span = (key: string, precision: "DAY" | "MONTH" | "YEAR") => {
  const { first, last } = precisionSpan(key, precision);
  return [dayKeyOf(first), dayKeyOf(last)];
};

describe("precisionSpan: a partial date covers every day it may stand for", () => {
  it.each<[string, "DAY" | "MONTH" | "YEAR", [string, string]]>([
    ["2024-06-25", "DAY", ["2024-06-25", "2024-06-25"]],
    ["2024-06-01", "MONTH", ["2024-06-01", "2024-06-30"]],
    ["2024-02-01", "MONTH", ["2024-02-01", "2024-02-29"]],
    ["2025-02-01", "MONTH", ["2025-02-01", "2025-02-28"]],
    ["2024-12-01", "MONTH", ["2024-12-01", "2024-12-31"]],
    ["2019-01-01", "YEAR", ["2019-01-01", "2019-12-31"]],
  ])("%s at %s precision spans %j", (key, precision, expected) => {
    expect(span(key, precision)).toEqual(expected);
  });

  it("draws a month-level date as a month-wide span, not as a day", () => {
    const domain: TimeDomain = { start: n("2024-01-01"), end: n("2025-01-01") };
    const { first, last } = precisionSpan("2024-06-01", "MONTH");
    const month = spanFractions(domain, first, last);
    const day = spanFractions(domain, n("2024-06-01"), n("2024-06-01"));
    expect(month.left).toBeCloseTo(day.left);
    expect(month.width / day.width).toBeCloseTo(30);
    expect(month.width * trackWidthPx(domain, "month")).toBeCloseTo(30 * PX_PER_DAY.month, 0);
  });
});

describe("domainCovering", () => {
  it("spans whole years around the data and today", () => {
    const domain = domainCovering([n("2021-05-10"), n("2024-08-01")], n("2026-06-24"));
    expect([dayKeyOf(domain.start), dayKeyOf(domain.end)]).toEqual(["2021-01-01", "2027-01-01"]);
  });

  it("adds a year when a date sits close to a year line", () => {
    const domain = domainCovering([n("2021-01-10")], n("2026-12-20"));
    expect([dayKeyOf(domain.start), dayKeyOf(domain.end)]).toEqual(["2020-01-01", "2028-01-01"]);
  });

  it("is today's year alone when there is no data", () => {
    const domain = domainCovering([], n("2026-06-15"));
    expect([dayKeyOf(domain.start), dayKeyOf(domain.end)]).toEqual(["2026-01-01", "2027-01-01"]);
  });
});

describe("positions", () => {
  const domain: TimeDomain = { start: n("2024-01-01"), end: n("2026-01-01") };

  it("maps days to fractions of the domain", () => {
    expect(fractionOf(domain, domain.start)).toBe(0);
    expect(fractionOf(domain, domain.end)).toBe(1);
    expect(fractionOf(domain, n("2025-01-01"))).toBeCloseTo(366 / 731);
  });

  it("gives a span of inclusive days whatever the order of its ends", () => {
    expect(spanFractions(domain, n("2024-01-01"), n("2024-01-31"))).toEqual(spanFractions(domain, n("2024-01-31"), n("2024-01-01")));
    expect(spanFractions(domain, n("2024-01-01"), n("2024-01-31")).width).toBeCloseTo(31 / 731);
  });
});

describe("zoom ranges", () => {
  const domain: TimeDomain = { start: n("2020-01-01"), end: n("2027-01-01") };

  it.each<["year" | "quarter" | "month", number]>([
    ["year", 1200 / 0.6],
    ["quarter", 1200 / 2],
    ["month", 1200 / 5],
  ])("a 1200 px viewport at %s zoom shows about %d days", (zoom, days) => {
    const { first, last } = visibleRange(zoom, n("2024-07-01"), 1200);
    expect(last - first).toBeGreaterThanOrEqual(Math.floor(days));
    expect(last - first).toBeLessThanOrEqual(Math.ceil(days) + 1);
    expect((first + last) / 2).toBeCloseTo(n("2024-07-01"), 0);
  });

  it("zooming in shows fewer days", () => {
    const widths = (["year", "quarter", "month"] as const).map((zoom) => {
      const { first, last } = visibleRange(zoom, n("2024-07-01"), 1000);
      return last - first;
    });
    expect(widths[0]).toBeGreaterThan(widths[1] as number);
    expect(widths[1]).toBeGreaterThan(widths[2] as number);
  });

  it.each(["year", "quarter", "month"] as const)("scrollLeftFor and centerDayAt are inverse inside the track (%s)", (zoom) => {
    const center = n("2023-03-15");
    const scrollLeft = scrollLeftFor(domain, zoom, center, 900);
    expect(Math.abs(centerDayAt(domain, zoom, scrollLeft, 900) - center)).toBeLessThanOrEqual(1);
  });

  it("keeps the scroll inside the track at both ends", () => {
    expect(scrollLeftFor(domain, "month", n("2019-01-01"), 900)).toBe(0);
    expect(scrollLeftFor(domain, "month", n("2030-01-01"), 900)).toBe(trackWidthPx(domain, "month") - 900);
    expect(scrollLeftFor(domain, "year", n("2024-01-01"), 10_000)).toBe(0);
  });
});

describe("ticksFor", () => {
  const domain: TimeDomain = { start: n("2024-01-01"), end: n("2026-01-01") };
  const labels = (zoom: "year" | "quarter" | "month") => ticksFor(domain, zoom).map((tick) => `${dayKeyOf(tick.day)} ${tick.label}${tick.major ? "*" : ""}`);

  it("labels years at year zoom and marks quarters", () => {
    expect(labels("year")).toEqual([
      "2024-01-01 2024*", "2024-04-01 ", "2024-07-01 ", "2024-10-01 ",
      "2025-01-01 2025*", "2025-04-01 ", "2025-07-01 ", "2025-10-01 ",
    ]);
  });

  it("labels quarters at quarter zoom", () => {
    expect(labels("quarter").slice(0, 5)).toEqual(["2024-01-01 2024*", "2024-04-01 Q2", "2024-07-01 Q3", "2024-10-01 Q4", "2025-01-01 2025*"]);
  });

  it("labels every month at month zoom", () => {
    const ticks = ticksFor(domain, "month");
    expect(ticks).toHaveLength(24);
    expect(ticks.slice(0, 3).map((tick) => tick.label)).toEqual(["2024", "Feb", "Mar"]);
  });
});
