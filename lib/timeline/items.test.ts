import { describe, expect, it } from "vitest";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { getSeedCalendar } from "@/lib/domain/china-calendar";
import { isReviewBar } from "@/lib/timeline/item-order";
import { buildProgramItems, type TimelineItem, type TimelineProgramRecord } from "@/lib/timeline/items";
import { itemTitle } from "@/lib/timeline/describe";

const d = dayFromKey;
const source = { sourceUrl: "https://www.cde.org.cn/x", sourceConfidence: "OFFICIAL" as const, illustrative: false };
type ApplicationRecord = TimelineProgramRecord["applications"][number];
type DesignationRecord = TimelineProgramRecord["designations"][number];
type ListingRecord = TimelineProgramRecord["reimbursements"][number];

function nda(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    id: 11,
    acceptanceNumber: "JXHS2400108",
    type: "NDA",
    acceptanceDate: d("2024-01-02"),
    acceptancePrecision: "DAY",
    reviewTrack: "STANDARD_200",
    regulationVersion: "DRR-2020",
    status: "UNDER_REVIEW",
    statusDate: null,
    statusPrecision: null,
    decision: null,
    decisionDate: null,
    decisionPrecision: null,
    clockStops: [],
    ...source,
    ...overrides,
  };
}

function designation(overrides: Partial<DesignationRecord> = {}): DesignationRecord {
  return {
    id: 21,
    type: "BREAKTHROUGH_THERAPY",
    state: "GRANTED",
    requestedDate: d("2023-03-01"),
    requestedPrecision: "MONTH",
    publicityStartDate: d("2023-05-08"),
    publicityStartPrecision: "DAY",
    publicityEndDate: d("2023-05-12"),
    publicityEndPrecision: "DAY",
    grantedDate: d("2023-05-22"),
    grantedPrecision: "DAY",
    terminatedDate: null,
    terminatedPrecision: null,
    ...source,
    ...overrides,
  };
}

function listing(overrides: Partial<ListingRecord> = {}): ListingRecord {
  return {
    id: 31,
    list: "NRDL_NEGOTIATED",
    listYear: 2025,
    state: "LISTED",
    appliedDate: d("2025-07-01"),
    appliedPrecision: "MONTH",
    formalReviewDate: null,
    formalReviewPrecision: null,
    expertReviewDate: null,
    expertReviewPrecision: null,
    negotiationDate: d("2025-11-04"),
    negotiationPrecision: "DAY",
    publicationDate: d("2025-12-07"),
    publicationPrecision: "DAY",
    effectiveDate: d("2026-01-01"),
    effectivePrecision: "DAY",
    agreementStartDate: null,
    agreementStartPrecision: null,
    agreementEndDate: d("2027-12-31"),
    agreementEndPrecision: "DAY",
    removedDate: null,
    removedPrecision: null,
    provincialAccess: [],
    ...source,
    ...overrides,
  };
}

function program(overrides: Partial<TimelineProgramRecord> = {}): TimelineProgramRecord {
  return { id: 7, events: [], applications: [], designations: [], reimbursements: [], ...overrides };
}

const today = d("2024-06-03");
const build = (record: TimelineProgramRecord, detail: "portfolio" | "candidate" = "portfolio", on = today) =>
  buildProgramItems(record, { today: on, detail, calendar: getSeedCalendar() });
const byId = (items: TimelineItem[], id: string) => items.find((item) => item.id === id);
const review = (items: TimelineItem[]) => items.find(isReviewBar);

describe("review windows", () => {
  it("run from acceptance to the statutory deadline while the review runs", () => {
    const bar = review(build(program({ applications: [nda()] })));
    expect(bar).toMatchObject({ start: "2024-01-02", end: "2024-10-22", endKind: "deadline", deadline: "2024-10-22" });
    expect(bar?.clock).toMatchObject({ state: "running", elapsed: 104, limit: 200 });
  });

  it("run to the decision once decided, keeping the deadline as a tick", () => {
    const decided = nda({ status: "CERTIFICATE_ISSUED", decision: "APPROVED", decisionDate: d("2024-05-06"), decisionPrecision: "DAY" });
    const items = build(program({ applications: [decided] }));
    expect(review(items)).toMatchObject({ end: "2024-05-06", endKind: "decision", deadline: "2024-10-22" });
    expect(byId(items, "decision-11")).toMatchObject({ kind: "mark", category: "decision", code: "APPROVED", date: "2024-05-06" });
  });

  it("run to today when overdue, and show the overdue clock", () => {
    const bar = review(build(program({ applications: [nda()] }), "portfolio", d("2024-11-01")));
    expect(bar).toMatchObject({ end: "2024-11-01", endKind: "today", deadline: "2024-10-22" });
    expect(bar?.clock).toMatchObject({ state: "overdue", overdueBy: 8 });
  });

  it("draw clock stops clipped to the bar, an open one up to today", () => {
    const stopped = nda({
      status: "SUPPLEMENT_REQUESTED",
      clockStops: [
        { startDate: d("2023-12-20"), endDate: d("2024-01-10") },
        { startDate: d("2024-04-01"), endDate: null },
      ],
    });
    const bar = review(build(program({ applications: [stopped] })));
    expect(bar).toMatchObject({ end: "2024-06-03", endKind: "today" });
    expect(bar?.stops).toEqual([
      { start: "2024-01-02", end: "2024-01-10" },
      { start: "2024-04-01", end: "2024-06-03" },
    ]);
  });

  it("keep a month-level acceptance at month precision, without a clock figure", () => {
    const bar = review(build(program({ applications: [nda({ acceptanceDate: d("2024-01-01"), acceptancePrecision: "MONTH" })] })));
    expect(bar).toMatchObject({ start: "2024-01-01", startPrecision: "MONTH", endKind: "today" });
    expect(bar?.clock).toMatchObject({ state: "unavailable", reason: "imprecise-acceptance" });
  });

  it("list every status change only at candidate detail", () => {
    const withHistory = nda({
      statusHistory: [
        { id: 1, toStatus: "ACCEPTED", changeDate: d("2024-01-02"), changePrecision: "DAY", sourceUrl: null, sourceConfidence: "OFFICIAL" },
        { id: 2, toStatus: "UNDER_REVIEW", changeDate: d("2024-02-01"), changePrecision: "MONTH", sourceUrl: null, sourceConfidence: "PRESS" },
      ],
    });
    expect(build(program({ applications: [withHistory] })).filter((item) => item.id.startsWith("status-"))).toHaveLength(0);
    const detailed = build(program({ applications: [withHistory] }), "candidate");
    expect(byId(detailed, "status-2")).toMatchObject({
      category: "application",
      code: "UNDER_REVIEW",
      precision: "MONTH",
      source: { url: "https://www.cde.org.cn/x", confidence: "PRESS" },
    });
  });
});

describe("designation windows", () => {
  it("draw the public notice and the granted period (to today while it holds)", () => {
    const items = build(program({ designations: [designation()] }));
    expect(byId(items, "publicity-21")).toMatchObject({ kind: "bar", start: "2023-05-08", end: "2023-05-12", endKind: "dated" });
    expect(byId(items, "designation-21")).toMatchObject({ kind: "bar", start: "2023-05-22", end: "2024-06-03", endKind: "today" });
    expect(byId(items, "designation-21-REQUESTED")).toMatchObject({ kind: "mark", date: "2023-03-01", precision: "MONTH" });
  });

  it("end the granted period on its termination date", () => {
    const ended = designation({ state: "TERMINATED", terminatedDate: d("2024-02-01"), terminatedPrecision: "MONTH" });
    const items = build(program({ designations: [ended] }), "candidate");
    expect(byId(items, "designation-21")).toMatchObject({ end: "2024-02-01", endPrecision: "MONTH", endKind: "dated" });
    expect(byId(items, "designation-21-TERMINATED")).toMatchObject({ kind: "mark", date: "2024-02-01" });
  });

  it("keep only a grant mark when the designation ended on an undated day", () => {
    const consumed = designation({ state: "CONSUMED" });
    const items = build(program({ designations: [consumed] }));
    expect(byId(items, "designation-21")).toBeUndefined();
    expect(byId(items, "designation-21-GRANTED")).toMatchObject({ kind: "mark", date: "2023-05-22" });
  });

  it("draw an open public notice to today, and a notice with no end and no longer public as a mark", () => {
    const publicised = designation({ state: "PUBLICIZED", publicityEndDate: null, grantedDate: null });
    expect(byId(build(program({ designations: [publicised] })), "publicity-21")).toMatchObject({ end: "2024-06-03", endKind: "today" });
    const rejected = designation({ state: "REJECTED", publicityEndDate: null, grantedDate: null });
    expect(byId(build(program({ designations: [rejected] }), "candidate"), "designation-21-PUBLICITY_START")).toMatchObject({ kind: "mark" });
  });
});

describe("reimbursement steps", () => {
  it("show every step at candidate detail and the agreement as a bar from the effective date", () => {
    const items = build(program({ reimbursements: [listing()] }), "candidate");
    expect(items.filter((item) => item.kind === "mark").map((item) => (item.kind === "mark" ? item.code : ""))).toEqual([
      "APPLIED",
      "NEGOTIATION",
      "PUBLISHED",
      "EFFECTIVE",
      "AGREEMENT_END",
    ]);
    expect(byId(items, "agreement-31")).toMatchObject({ start: "2026-01-01", end: "2027-12-31", endKind: "dated" });
  });

  it("mark each province's platform listing on the listing's row, in a portfolio lane too", () => {
    const provincialAccess = [
      { provinceCode: "440000", listedDate: d("2026-02-01"), listedPrecision: "MONTH" as const, sourceUrl: null, sourceConfidence: "UNVERIFIED" as const, illustrative: true },
    ];
    const items = build(program({ reimbursements: [listing({ provincialAccess })] }));
    const marks = items.filter((item) => item.kind === "mark" && item.code === "PROVINCE_LISTED");
    expect(marks).toMatchObject([{ row: "reimbursement-31", date: "2026-02-01", precision: "MONTH", subject: "NRDL_NEGOTIATED 2025 440000", source: { illustrative: true } }]);
    expect(itemTitle(marks[0]!)).toBe("NRDL negotiated 2025: listed in Guangdong");
  });

  it("keep only the listing and the removal in a portfolio lane", () => {
    const items = build(program({ reimbursements: [listing()] }));
    expect(items.filter((item) => item.kind === "mark").map((item) => item.id)).toEqual(["reimbursement-31-EFFECTIVE"]);
  });
});

it("orders items oldest first, bars before marks on the same day", () => {
  const items = build(
    program({
      events: [{ id: 1, stage: "NDA_FILED", eventDate: d("2024-01-02"), eventPrecision: "DAY", note: null, ...source }],
      applications: [nda()],
      designations: [designation()],
    }),
  );
  expect(items.map((item) => item.id)).toEqual([
    "designation-21-REQUESTED",
    "publicity-21",
    "designation-21",
    "review-11",
    "stage-1",
  ]);
});
