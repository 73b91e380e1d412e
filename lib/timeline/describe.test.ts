import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import zhTimeline from "@/messages/zh-CN/timeline.json";
import type { ReviewClockSummary } from "@/lib/domain/application-clock";
import { clockSentence, clockShortText, clockWordsOf, describeDate, describeItem, itemShortLabel, itemTitle } from "@/lib/timeline/describe";
import type { TimelineBar, TimelineMark } from "@/lib/timeline/items";

const base = { applicationId: 1, acceptanceNumber: "JXHS2400108", track: "STANDARD_200" as const, regulationVersion: "DRR-2020", reviewRunning: true, asOf: "2024-06-03" };
const counted = { limit: 200, elapsed: 45, stoppedDays: 0, remaining: 155, overdueBy: 0, deadline: "2024-10-22", deadlineUnknown: null, calendar: "official" as const };

const clocks: [string, ReviewClockSummary, string][] = [
  ["running", { ...base, ...counted, state: "running" }, "45/200 WD"],
  ["running near the end", { ...base, ...counted, elapsed: 188, remaining: 12, state: "running" }, "12 WD left"],
  ["overdue", { ...base, ...counted, elapsed: 205, remaining: 0, overdueBy: 5, state: "overdue" }, "overdue 5 WD"],
  ["stopped", { ...base, ...counted, deadline: null, deadlineUnknown: "open-clock-stop", state: "stopped" }, "stopped"],
  ["completed", { ...base, ...counted, elapsed: 180, reviewRunning: false, state: "completed" }, "done in 180/200 WD"],
  ["outside the calendar", { ...base, state: "unavailable", reason: "outside-calendar", message: "Outside the working-day calendar: 2027-01-04 is not in 2020-2026." }, "outside calendar"],
];

describe("clockShortText", () => {
  it.each(clocks)("%s", (_name, clock, expected) => {
    expect(clockShortText(clock)).toBe(expected);
  });
});

describe("clockSentence", () => {
  it("names track, regulation version, working days, deadline and the day it was read", () => {
    expect(clockSentence(clocks[0]![1])).toBe(
      "Standard review (200 WD) (DRR-2020): 45 of 200 working days used; 155 working days left; statutory deadline 22 Oct 2024; as of 3 Jun 2024",
    );
  });

  it("says why a stopped clock has no deadline", () => {
    expect(clockSentence(clocks[3]![1])).toMatch(/clock stopped, 155 working days left; deadline unknown until the applicant responds/);
  });

  it("gives the calendar message instead of a figure", () => {
    expect(clockSentence(clocks[5]![1])).toMatch(/Outside the working-day calendar/);
  });
});

describe("describeDate", () => {
  it.each([
    ["2024-06-25", "DAY", "25 Jun 2024"],
    ["2024-06-01", "MONTH", "Jun 2024 (month precision)"],
    ["2024-01-01", "YEAR", "2024 (year precision)"],
  ] as const)("%s at %s reads %s", (key, precision, expected) => {
    expect(describeDate(key, precision)).toBe(expected);
  });
});

const grant: TimelineMark = {
  kind: "mark",
  category: "designation",
  id: "designation-1-GRANTED",
  row: "designation-1",
  code: "GRANTED",
  subject: "BREAKTHROUGH_THERAPY",
  date: "2024-06-01",
  precision: "MONTH",
  source: { url: "https://flcube.com/?p=1556", confidence: "PRESS", illustrative: false },
};

const reviewBar: TimelineBar = {
  kind: "bar",
  category: "review",
  id: "review-1",
  row: "application-1",
  code: "NDA",
  subject: "JXHS2400108",
  start: "2024-01-02",
  startPrecision: "DAY",
  end: "2024-10-22",
  endPrecision: "DAY",
  endKind: "deadline",
  stops: [],
  deadline: "2024-10-22",
  clock: clocks[0]![1],
  source: { url: null, confidence: "UNVERIFIED", illustrative: true },
};

describe("describeItem: the text alternative of a mark or bar", () => {
  it("says what, when at which precision, and the source with its confidence", () => {
    expect(describeItem(grant, "Tirzepatide · MASH")).toBe(
      "Tirzepatide · MASH: Breakthrough therapy granted, Jun 2024 (month precision); source flcube.com, press confidence",
    );
  });

  it("includes the review clock and says when nothing is sourced", () => {
    expect(describeItem(reviewBar)).toBe(
      "NDA JXHS2400108 review, from 2 Jan 2024, until the statutory deadline 22 Oct 2024; " +
        "Standard review (200 WD) (DRR-2020): 45 of 200 working days used; 155 working days left; statutory deadline 22 Oct 2024; as of 3 Jun 2024; " +
        "no source, unverified confidence, illustrative (not sourced)",
    );
  });

  it("labels bars briefly on the chart", () => {
    expect(itemShortLabel(reviewBar)).toBe("NDA 45/200 WD");
    expect(itemTitle(grant)).toBe("Breakthrough therapy granted");
  });
});

describe("in Chinese", () => {
  const t = createTranslator({ locale: "zh-CN", messages: { timeline: zhTimeline }, namespace: "timeline" });
  const zh = { t: (key: string, values?: Record<string, string | number>) => t(key as never, values as never), locale: "zh-CN" as const };
  it.each([
    [clocks[0]![1], "第 45/200 个工作日"],
    [clocks[1]![1], "剩 12 个工作日"],
    [clocks[2]![1], "超时 5 个工作日"],
    [clocks[3]![1], "暂停计时"],
  ])("short clock %#", (clock, expected) => {
    expect(clockShortText(clock, clockWordsOf(zh))).toBe(expected);
  });
  it("writes dates at their precision and the sentence in Chinese", () => {
    expect(describeDate("2024-06-01", "MONTH", zh)).toBe("2024年6月（精确到月）");
    expect(describeDate("2024-06-25", "DAY", zh)).toBe("2024年6月25日");
    expect(clockSentence(clocks[0]![1], clockWordsOf(zh))).toBe(
      "标准审评（200个工作日）（DRR-2020）：已用 45/200 个工作日；剩余 155 个工作日；法定时限 2024年10月22日；截至 2024年6月3日",
    );
  });
});
