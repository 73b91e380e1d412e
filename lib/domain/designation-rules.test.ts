import { describe, expect, it } from "vitest";
import { DesignationType } from "@/generated/prisma/enums";
import { dayFromKey, toDayKey } from "@/lib/domain/calendar-day";
import {
  expectedPublicityEnd,
  PUBLICITY_WINDOWS,
  publicityWindowFor,
  validateDesignationDates,
  type DesignationDatesInput,
} from "@/lib/domain/designation-rules";

const d = dayFromKey;

describe("publicity windows", () => {
  it.each([
    ["BREAKTHROUGH_THERAPY", 5, true],
    ["PRIORITY_REVIEW", 5, false],
  ] as const)("%s: %i working days, verified %s", (type, workingDays, verified) => {
    expect(publicityWindowFor(type)).toMatchObject({ workingDays, verified });
  });

  it.each(["CONDITIONAL_APPROVAL", "SPECIAL_APPROVAL", "IND_FAST_CHANNEL"] as const)("%s has no publicity", (type) => {
    expect(publicityWindowFor(type)).toBeNull();
    expect(expectedPublicityEnd(d("2024-03-04"), type)).toBeNull();
  });

  it("marks the priority-review length UNVERIFIED in its source", () => {
    expect(PUBLICITY_WINDOWS.PRIORITY_REVIEW?.source).toMatch(/UNVERIFIED/);
  });
});

describe("expectedPublicityEnd (start + N working days)", () => {
  it.each([
    ["2024-03-04", "BREAKTHROUGH_THERAPY", "2024-03-11", "an ordinary week"],
    ["2024-02-05", "BREAKTHROUGH_THERAPY", "2024-02-18", "across Spring Festival 2024, ending on the make-up Sunday"],
    ["2024-06-03", "BREAKTHROUGH_THERAPY", "2024-06-11", "across Dragon Boat 2024"],
    ["2025-09-26", "PRIORITY_REVIEW", "2025-10-10", "across National Day 2025"],
    ["2025-04-30", "BREAKTHROUGH_THERAPY", "2025-05-12", "across Labour Day 2025"],
  ] as const)("%s (%s) ends %s: %s", (start, type, end, _why) => {
    const result = expectedPublicityEnd(d(start), type);
    expect(result && toDayKey(result)).toBe(end);
  });

  it("defaults to the BTD window", () => {
    expect(toDayKey(expectedPublicityEnd(d("2024-03-04")) ?? new Date(0))).toBe("2024-03-11");
  });
});

describe("validateDesignationDates", () => {
  it.each<[string, DesignationDatesInput, [rule: string, field: string, severity: string][]]>([
    [
      "a consistent BTD",
      { type: "BREAKTHROUGH_THERAPY", requestedDate: d("2024-01-10"), publicityStartDate: d("2024-02-05"), publicityEndDate: d("2024-02-18"), grantedDate: d("2024-02-20") },
      [],
    ],
    [
      "granted on the last publicity day",
      { type: "BREAKTHROUGH_THERAPY", publicityStartDate: d("2024-02-05"), publicityEndDate: d("2024-02-18"), grantedDate: d("2024-02-18") },
      [],
    ],
    [
      "BTD publicity end counted in calendar days",
      { type: "BREAKTHROUGH_THERAPY", publicityStartDate: d("2024-02-05"), publicityEndDate: d("2024-02-10") },
      [["PUBLICITY_END_MISMATCH", "publicityEndDate", "error"]],
    ],
    [
      "priority-review mismatch is only a warning (UNVERIFIED window)",
      { type: "PRIORITY_REVIEW", publicityStartDate: d("2025-09-26"), publicityEndDate: d("2025-10-01") },
      [["PUBLICITY_END_MISMATCH", "publicityEndDate", "warning"]],
    ],
    [
      "granted before the derived publicity end",
      { type: "BREAKTHROUGH_THERAPY", publicityStartDate: d("2024-02-05"), grantedDate: d("2024-02-09") },
      [["GRANTED_BEFORE_PUBLICITY_END", "grantedDate", "error"]],
    ],
    [
      "granted before a recorded publicity end",
      { type: "PRIORITY_REVIEW", publicityStartDate: d("2025-09-26"), publicityEndDate: d("2025-10-10"), grantedDate: d("2025-10-09") },
      [["GRANTED_BEFORE_PUBLICITY_END", "grantedDate", "error"]],
    ],
    [
      "publicity before the request",
      { type: "BREAKTHROUGH_THERAPY", requestedDate: d("2024-03-01"), publicityStartDate: d("2024-02-05"), publicityEndDate: d("2024-02-18") },
      [["DATE_ORDER", "publicityStartDate", "error"]],
    ],
    [
      "terminated before granted",
      { type: "BREAKTHROUGH_THERAPY", grantedDate: d("2024-05-01"), terminatedDate: d("2024-04-01") },
      [["DATE_ORDER", "terminatedDate", "error"]],
    ],
    [
      "publicity dates on a conditional approval",
      { type: "CONDITIONAL_APPROVAL", publicityStartDate: d("2024-02-05"), grantedDate: d("2024-06-01") },
      [["PUBLICITY_NOT_APPLICABLE", "publicityStartDate", "error"]],
    ],
    [
      "a month-level request in the publicity month is not out of order",
      { type: "BREAKTHROUGH_THERAPY", requestedDate: d("2024-02-01"), publicityStartDate: d("2024-02-05"), precisions: { requestedDate: "MONTH" } },
      [],
    ],
    [
      "a month-level request after the publicity month is",
      { type: "BREAKTHROUGH_THERAPY", requestedDate: d("2024-03-01"), publicityStartDate: d("2024-02-05"), precisions: { requestedDate: "MONTH" } },
      [["DATE_ORDER", "publicityStartDate", "error"]],
    ],
    [
      "a month-level publicity start is not checked against working days",
      { type: "BREAKTHROUGH_THERAPY", publicityStartDate: d("2024-02-01"), publicityEndDate: d("2024-02-18"), precisions: { publicityStartDate: "MONTH" } },
      [],
    ],
    [
      "publicity running into a provisional calendar year only warns",
      { type: "BREAKTHROUGH_THERAPY", publicityStartDate: d("2026-12-28"), publicityEndDate: d("2027-01-06") },
      [["PUBLICITY_END_MISMATCH", "publicityEndDate", "warning"]],
    ],
    [
      "publicity running past the covered calendar",
      { type: "BREAKTHROUGH_THERAPY", publicityStartDate: d("2036-12-28"), publicityEndDate: d("2037-01-05") },
      [["PUBLICITY_END_UNCHECKED", "publicityEndDate", "warning"]],
    ],
  ])("%s", (_name, input, expected) => {
    const violations = validateDesignationDates(input).map((violation) => [violation.rule, violation.field, violation.severity]);
    expect(violations).toEqual(expected);
  });

  it("explains the expected end", () => {
    const [violation] = validateDesignationDates({
      type: DesignationType.BREAKTHROUGH_THERAPY,
      publicityStartDate: d("2024-02-05"),
      publicityEndDate: d("2024-02-10"),
    });
    expect(violation?.message).toBe("Publicity starting 2024-02-05 lasts 5 working days and ends 2024-02-18, not 2024-02-10.");
  });
});
