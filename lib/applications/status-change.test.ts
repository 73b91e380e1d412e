import { describe, expect, it } from "vitest";
import type { ApplicationDecision, ApplicationStatus, ApplicationType } from "@/generated/prisma/enums";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { parsePartialDate } from "@/lib/domain/partial-date";
import { planStatusChange, type StatusChangeCurrent } from "@/lib/applications/status-change";

const today = dayFromKey("2025-06-30");
const partial = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const current = (status: ApplicationStatus, type: ApplicationType = "IND", statusDate = "2025-01-10", extra: Partial<StatusChangeCurrent> = {}): StatusChangeCurrent => ({
  type,
  status,
  statusDate: dayFromKey(statusDate),
  statusPrecision: "DAY",
  decision: null,
  acceptanceDate: dayFromKey("2024-12-01"),
  acceptancePrecision: "DAY",
  ...extra,
});

describe("planStatusChange: which rule refuses", () => {
  it.each([
    ["an allowed step", current("UNDER_REVIEW"), "SUPPLEMENT_REQUESTED", "2025-02-01", undefined, []],
    ["a step the table does not allow", current("UNDER_REVIEW"), "ACCEPTED", "2025-02-01", undefined, ["TRANSITION_NOT_ALLOWED"]],
    ["leaving a final status", current("CERTIFICATE_ISSUED", "NDA"), "UNDER_REVIEW", "2025-02-01", undefined, ["TERMINAL_STATUS"]],
    ["implied approval of an NDA", current("UNDER_REVIEW", "NDA"), "IMPLIED_APPROVAL", "2025-02-01", undefined, ["IMPLIED_APPROVAL_IND_ONLY"]],
    ["a date in the future", current("UNDER_REVIEW"), "SUPPLEMENT_REQUESTED", "2025-07-01", undefined, ["DATE_IN_FUTURE"]],
    ["a month that includes today", current("UNDER_REVIEW"), "SUPPLEMENT_REQUESTED", "2025-06", undefined, []],
    ["a step before the acceptance", current("UNDER_REVIEW", "IND", "2024-11-01"), "SUPPLEMENT_REQUESTED", "2024-11-20", undefined, ["EFFECTIVE_BEFORE_RECORD_START"]],
    ["a date before the current status", current("UNDER_REVIEW"), "SUPPLEMENT_REQUESTED", "2025-01-09", undefined, ["STATUS_DATE_BEFORE_PREVIOUS"]],
    ["the same month as a day-precise previous date", current("UNDER_REVIEW"), "SUPPLEMENT_REQUESTED", "2025-01", undefined, []],
    ["a decision on a non-decision status", current("UNDER_REVIEW"), "SUPPLEMENT_REQUESTED", "2025-02-01", "APPROVED", ["DECISION_NOT_ALLOWED"]],
    ["a wrong decision for approval", current("UNDER_ADMIN_APPROVAL", "NDA"), "APPROVED_PENDING_CERTIFICATE", "2025-02-01", "NOT_APPROVED", ["DECISION_NOT_ALLOWED"]],
    ["conditional approval", current("UNDER_ADMIN_APPROVAL", "NDA"), "APPROVED_PENDING_CERTIFICATE", "2025-02-01", "CONDITIONALLY_APPROVED", []],
    ["several rules at once", current("UNDER_REVIEW"), "ACCEPTED", "2026-01-01", undefined, ["TRANSITION_NOT_ALLOWED", "DATE_IN_FUTURE"]],
  ] as const)("%s", (_case, record, to, date, decision, rules) => {
    const { refusals } = planStatusChange(record, { to, effective: partial(date), decision: decision as ApplicationDecision | undefined, today });
    expect(refusals.map((refusal) => refusal.rule)).toEqual(rules);
    for (const refusal of refusals) expect(refusal.message.length).toBeGreaterThan(10);
  });
});

describe("planStatusChange: what it writes", () => {
  it("writes the status with the effective date at its precision", () => {
    const { data } = planStatusChange(current("UNDER_REVIEW"), { to: "SUPPLEMENT_REQUESTED", effective: partial("2025-03"), today });
    expect(data).toEqual({ status: "SUPPLEMENT_REQUESTED", statusDate: dayFromKey("2025-03-01"), statusPrecision: "MONTH" });
  });

  it.each([
    ["IMPLIED_APPROVAL", "IND", undefined, "IMPLIED_APPROVAL"],
    ["NOT_APPROVED", "NDA", undefined, "NOT_APPROVED"],
    ["APPROVED_PENDING_CERTIFICATE", "NDA", undefined, "APPROVED"],
    ["APPROVED_PENDING_CERTIFICATE", "NDA", "CONDITIONALLY_APPROVED", "CONDITIONALLY_APPROVED"],
    ["WITHDRAWN", "NDA", undefined, "WITHDRAWN"],
  ] as const)("%s of a %s records the decision %s → %s with its date", (to, type, given, decision) => {
    const from: ApplicationStatus = to === "APPROVED_PENDING_CERTIFICATE" ? "UNDER_ADMIN_APPROVAL" : "UNDER_REVIEW";
    const { refusals, data } = planStatusChange(current(from, type), { to, effective: partial("2025-02-01"), decision: given, today });
    expect(refusals).toEqual([]);
    expect(data).toMatchObject({ decision, decisionDate: dayFromKey("2025-02-01"), decisionPrecision: "DAY" });
  });

  it("clears the non-approval when an objection sends the application back to review", () => {
    const record = current("OBJECTION_FILED", "NDA", "2025-01-10", { decision: "NOT_APPROVED" });
    const { data } = planStatusChange(record, { to: "UNDER_REVIEW", effective: partial("2025-02-01"), today });
    expect(data).toMatchObject({ decision: null, decisionDate: null, decisionPrecision: null });
  });

  it("sets the acceptance date on acceptance when it was unknown, and keeps a known one", () => {
    const unknown = current("PENDING_ACCEPTANCE", "IND", "2025-01-10", { acceptanceDate: null });
    expect(planStatusChange(unknown, { to: "ACCEPTED", effective: partial("2025-01-15"), today }).data).toMatchObject({
      acceptanceDate: dayFromKey("2025-01-15"),
      acceptancePrecision: "DAY",
    });
    expect(planStatusChange(current("PENDING_ACCEPTANCE"), { to: "ACCEPTED", effective: partial("2025-01-15"), today }).data).not.toHaveProperty("acceptanceDate");
  });
});
