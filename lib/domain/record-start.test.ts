import { describe, expect, it } from "vitest";
import type { ApplicationStatus, DesignationState, ReimbursementState } from "@/generated/prisma/enums";
import { parsePartialDate, type PartialDate } from "@/lib/domain/partial-date";
import { applicationStarts, checkNotBeforeStart, designationStarts, reimbursementListingStarts } from "@/lib/domain/record-start";

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const stored = (text: string | null) => (text ? { date: date(text).date, precision: date(text).precision } : { date: null, precision: null });

describe("reimbursement listing: not before its list's year or its application", () => {
  const listing = (applied: string | null) => {
    const { date: appliedDate, precision: appliedPrecision } = stored(applied);
    return { list: "NRDL", listYear: 2025, appliedDate, appliedPrecision };
  };
  it.each<[string | null, ReimbursementState, string, boolean]>([
    [null, "REMOVED", "2024-06", false], // the probe of issue 18: a 2025 listing removed in 2024
    [null, "REMOVED", "2024-12-31", false],
    [null, "APPLIED", "2025-01-01", true],
    [null, "APPLIED", "2025", true],
    [null, "APPLIED", "2024", false],
    ["2025-07-10", "FORMAL_REVIEW_PASSED", "2025-07-09", false],
    ["2025-07-10", "FORMAL_REVIEW_PASSED", "2025-07-10", true],
    ["2025-07-10", "FORMAL_REVIEW_PASSED", "2025-07", true], // the month may include the day
    ["2025-07", "FORMAL_REVIEW_PASSED", "2025-06-30", false],
    ["2025-07-10", "APPLIED", "2025-03-01", true], // re-applying replaces the application date
  ])("applied %s, to %s effective %s → allowed %s", (applied, to, effective, allowed) => {
    const violations = checkNotBeforeStart(date(effective), reimbursementListingStarts(listing(applied), to));
    expect(violations.length === 0).toBe(allowed);
    for (const violation of violations) expect(violation).toMatchObject({ rule: "EFFECTIVE_BEFORE_RECORD_START", field: "effectiveDate" });
  });
});

describe("designation: no step before the request", () => {
  it.each<[string | null, DesignationState, string, boolean]>([
    ["2024-03-01", "PUBLICIZED", "2024-02-28", false],
    ["2024-03-01", "PUBLICIZED", "2024-03-01", true],
    ["2024-03-01", "GRANTED", "2024", true],
    ["2024", "GRANTED", "2023-12", false],
    ["2024-03-01", "REQUESTED", "2024-01-01", true], // the request itself sets the date
    [null, "GRANTED", "2020-01-01", true], // no known request date: nothing to compare with
  ])("requested %s, to %s effective %s → allowed %s", (requested, to, effective, allowed) => {
    const { date: requestedDate, precision: requestedPrecision } = stored(requested);
    expect(checkNotBeforeStart(date(effective), designationStarts({ requestedDate, requestedPrecision }, to)).length === 0).toBe(allowed);
  });
});

describe("application: no status past acceptance before the acceptance", () => {
  it.each<[string | null, ApplicationStatus, string, boolean]>([
    ["2024-05-10", "UNDER_REVIEW", "2024-05-09", false],
    ["2024-05-10", "UNDER_REVIEW", "2024-05-10", true],
    ["2024-05-10", "WITHDRAWN", "2024-04", false],
    ["2024-05", "APPROVED_PENDING_CERTIFICATE", "2024-05-01", true],
    ["2024-05-10", "CORRECTION_REQUESTED", "2024-04-01", true], // before acceptance by nature
    ["2024-05-10", "ACCEPTED", "2024-04-01", true],
    [null, "UNDER_REVIEW", "2019", true],
  ])("accepted %s, to %s effective %s → allowed %s", (accepted, to, effective, allowed) => {
    const { date: acceptanceDate, precision: acceptancePrecision } = stored(accepted);
    expect(checkNotBeforeStart(date(effective), applicationStarts({ acceptanceDate, acceptancePrecision }, to)).length === 0).toBe(allowed);
  });

  it("names the start in its message", () => {
    const { date: acceptanceDate, precision: acceptancePrecision } = stored("2024-05-10");
    const [violation] = checkNotBeforeStart(date("2024-04"), applicationStarts({ acceptanceDate, acceptancePrecision }, "UNDER_REVIEW"));
    expect(violation?.message).toBe("The change cannot take effect on 2024-04, before the application was accepted (2024-05-10).");
  });
});
