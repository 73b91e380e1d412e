import { describe, expect, it } from "vitest";
import { dayFromKey, toDayKey } from "@/lib/domain/calendar-day";
import { getSeedCalendar, WorkingCalendar } from "@/lib/domain/china-calendar";
import { CHINA_HOLIDAY_YEARS } from "@/lib/domain/china-holidays";
import {
  computeApplicationDeadline,
  pickMostUrgentClock,
  reviewEndDate,
  summarizeApplicationClock,
  type ClockedApplication,
} from "@/lib/domain/application-clock";

const d = dayFromKey;
const calendar = getSeedCalendar();
/** The notices alone, with no provisional year after them: what a date beyond the calendar does. */
const officialOnly = new WorkingCalendar(CHINA_HOLIDAY_YEARS, { firstYear: 2020, lastYear: 2026 });

/** An NDA under standard review, accepted Tue 2 Jan 2024 (day 200, counted through Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day and their make-up weekends, is Tue 22 Oct 2024). */
function application(overrides: Partial<ClockedApplication> = {}): ClockedApplication {
  return {
    id: 1,
    acceptanceNumber: "JXHS2400001",
    acceptanceDate: d("2024-01-02"),
    acceptancePrecision: "DAY",
    reviewTrack: "STANDARD_200",
    regulationVersion: "DRR-2020",
    status: "UNDER_REVIEW",
    statusDate: null,
    decisionDate: null,
    clockStops: [],
    ...overrides,
  };
}

const key = (date: Date | null) => (date ? toDayKey(date) : null);

describe("computeApplicationDeadline", () => {
  it("is the working-day deadline of a running review", () => {
    const deadline = computeApplicationDeadline(application(), calendar);
    expect(key(deadline)).toBe("2024-10-22");
  });

  it("moves with a closed clock stop", () => {
    const withStop = application({ clockStops: [{ startDate: d("2024-03-01"), endDate: d("2024-03-15") }] });
    // The stop holds Mar 4-8 and 11-15: ten working days.
    expect(key(computeApplicationDeadline(withStop, calendar))).toBe("2024-11-05");
  });

  it.each<[string, Partial<ClockedApplication>]>([
    ["a decided review", { status: "CERTIFICATE_ISSUED", decisionDate: d("2024-09-01") }],
    ["administrative approval (its own clock)", { status: "UNDER_ADMIN_APPROVAL" }],
    ["a review without a track", { reviewTrack: null }],
    ["an application not accepted yet", { acceptanceDate: null, status: "PENDING_ACCEPTANCE" }],
    ["an acceptance date known only to the month", { acceptancePrecision: "MONTH" }],
    ["an open clock stop", { status: "SUPPLEMENT_REQUESTED", clockStops: [{ startDate: d("2024-03-01"), endDate: null }] }],
    ["a deadline beyond the covered calendar", { acceptanceDate: d("2026-06-01") }],
    ["an acceptance before the covered calendar", { acceptanceDate: d("2019-12-02") }],
    ["an unknown regulation version", { regulationVersion: "DRR-2031" }],
  ])("is null for %s", (_name, overrides) => {
    expect(computeApplicationDeadline(application(overrides), officialOnly)).toBeNull();
  });
});

describe("a deadline past the last notice", () => {
  it("is computed on the provisional calendar and says so", () => {
    const summary = summarizeApplicationClock(application({ acceptanceDate: d("2026-06-01") }), d("2026-07-01"), calendar);
    expect(summary).toMatchObject({ state: "running", elapsed: 21, deadlineUnknown: null, calendar: "provisional" });
    expect(summary && "deadline" in summary ? summary.deadline : null).toMatch(/^2027-/);
    expect(key(computeApplicationDeadline(application({ acceptanceDate: d("2026-06-01") }), calendar))).toBe(
      summary && "deadline" in summary ? summary.deadline : "",
    );
  });

  it("is official when every day up to it has a notice", () => {
    expect(summarizeApplicationClock(application(), d("2024-02-19"), calendar)).toMatchObject({ calendar: "official" });
  });
});

describe("reviewEndDate", () => {
  it.each<[string, Partial<ClockedApplication>, string | null]>([
    ["the decision date wins", { status: "CERTIFICATE_ISSUED", statusDate: d("2024-10-10"), decisionDate: d("2024-09-30") }, "2024-09-30"],
    ["else the date the review statuses were left", { status: "UNDER_ADMIN_APPROVAL", statusDate: d("2024-08-01") }, "2024-08-01"],
    ["none while running", { status: "UNDER_REVIEW", statusDate: d("2024-02-01") }, null],
  ])("%s", (_name, overrides, expected) => {
    expect(key(reviewEndDate(application(overrides)))).toBe(expected);
  });
});

describe("summarizeApplicationClock", () => {
  it("reads a running clock as of a day", () => {
    expect(summarizeApplicationClock(application(), d("2024-02-19"), calendar)).toMatchObject({
      applicationId: 1,
      acceptanceNumber: "JXHS2400001",
      track: "STANDARD_200",
      reviewRunning: true,
      asOf: "2024-02-19",
      state: "running",
      limit: 200,
      elapsed: 31,
      remaining: 169,
      deadline: "2024-10-22",
    });
  });

  it("reports overdue working days", () => {
    expect(summarizeApplicationClock(application(), d("2024-11-01"), calendar)).toMatchObject({ state: "overdue", overdueBy: 8 });
  });

  it("stops at the end of review even without a decision date", () => {
    const summary = summarizeApplicationClock(application({ status: "UNDER_ADMIN_APPROVAL", statusDate: d("2024-03-01") }), d("2024-12-02"), calendar);
    expect(summary).toMatchObject({ state: "completed", elapsed: 40, reviewRunning: false });
  });

  it("reports an open 发补 as stopped, with no deadline", () => {
    const stopped = application({ status: "SUPPLEMENT_REQUESTED", clockStops: [{ startDate: d("2024-02-19"), endDate: null }] });
    expect(summarizeApplicationClock(stopped, d("2024-03-01"), calendar)).toMatchObject({
      state: "stopped",
      elapsed: 31,
      stoppedDays: 9,
      deadline: null,
      deadlineUnknown: "open-clock-stop",
    });
  });

  it("keeps counting but leaves the deadline unknown when it falls beyond the calendar", () => {
    expect(summarizeApplicationClock(application({ acceptanceDate: d("2026-06-01") }), d("2026-07-01"), officialOnly)).toMatchObject({
      state: "running",
      elapsed: 21,
      deadline: null,
      deadlineUnknown: "outside-calendar",
    });
  });

  it.each<[string, Partial<ClockedApplication>, string, string, RegExp]>([
    ["acceptance before 2020", { acceptanceDate: d("2019-11-01") }, "2020-03-02", "outside-calendar", /Outside the working-day calendar: 2019-11-01 is not in 2020-2026/],
    ["today after 2026", {}, "2027-01-04", "outside-calendar", /2027-01-04 is not in 2020-2026/],
    ["a month-level acceptance date", { acceptancePrecision: "MONTH" }, "2024-03-01", "imprecise-acceptance", /known only to the month/],
    ["an undated end of review", { status: "WITHDRAWN" }, "2024-03-01", "undated-end", /not dated/],
    ["an unknown regulation version", { regulationVersion: "DRR-2031" }, "2024-03-01", "unknown-regulation", /DRR-2031/],
    ["a decision before acceptance", { status: "NOT_APPROVED", decisionDate: d("2023-12-01") }, "2024-03-01", "inconsistent-dates", /before the acceptance date/],
  ])("gives no figure for %s", (_name, overrides, asOf, reason, message) => {
    const summary = summarizeApplicationClock(application(overrides), d(asOf), officialOnly);
    expect(summary).toMatchObject({ state: "unavailable", reason });
    expect(summary && "message" in summary ? summary.message : "").toMatch(message);
  });

  it.each<[string, Partial<ClockedApplication>]>([
    ["no track", { reviewTrack: null }],
    ["no acceptance date", { acceptanceDate: null }],
    ["a correction still requested", { status: "CORRECTION_REQUESTED" }],
  ])("has no clock with %s", (_name, overrides) => {
    expect(summarizeApplicationClock(application(overrides), d("2024-03-01"), calendar)).toBeNull();
  });

  it("counts from acceptance when asked about a day before it", () => {
    expect(summarizeApplicationClock(application(), d("2023-12-01"), calendar)).toMatchObject({ state: "running", elapsed: 0, asOf: "2023-12-01" });
  });
});

describe("pickMostUrgentClock", () => {
  const asOf = d("2024-11-01");
  const overdue = summarizeApplicationClock(application({ id: 1 }), asOf, calendar);
  const later = summarizeApplicationClock(application({ id: 2, acceptanceDate: d("2024-06-03") }), asOf, calendar);
  const stopped = summarizeApplicationClock(
    application({ id: 3, status: "SUPPLEMENT_REQUESTED", clockStops: [{ startDate: d("2024-02-01"), endDate: null }] }),
    asOf, calendar
  );
  const completed = summarizeApplicationClock(application({ id: 4, status: "CERTIFICATE_ISSUED", decisionDate: d("2024-05-06") }), asOf, calendar);
  const beyond = summarizeApplicationClock(application({ id: 5, acceptanceDate: d("2026-06-01") }), d("2026-07-01"), officialOnly);

  it("prefers the earliest known deadline, so overdue reviews come first", () => {
    expect(pickMostUrgentClock([later, stopped, overdue, completed])?.applicationId).toBe(1);
  });

  it("ranks a running clock with an unknown deadline before a stopped one", () => {
    expect(pickMostUrgentClock([stopped, beyond])?.applicationId).toBe(5);
  });

  it("falls back to a stopped clock, and never to a completed one", () => {
    expect(pickMostUrgentClock([completed, stopped])?.applicationId).toBe(3);
    expect(pickMostUrgentClock([completed, null])).toBeNull();
  });

  it("shows an unreadable running clock when nothing else runs", () => {
    const unreadable = summarizeApplicationClock(application({ id: 6 }), d("2027-01-04"), officialOnly);
    expect(pickMostUrgentClock([completed, unreadable])).toMatchObject({ applicationId: 6, state: "unavailable" });
  });
});
