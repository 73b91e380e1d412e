import { describe, expect, it } from "vitest";
import type { DesignationState, DesignationType } from "@/generated/prisma/enums";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { parsePartialDate, type PartialDate } from "@/lib/domain/partial-date";
import { planDesignationChange, type DesignationRecord } from "@/lib/designations/state-change";

const today = dayFromKey("2025-06-30");
const p = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
function record(type: DesignationType, state: DesignationState, dates: Partial<Record<"requested" | "publicityStart" | "publicityEnd" | "granted", string>> = {}): DesignationRecord {
  const day = (key?: string) => (key ? dayFromKey(key) : null);
  const precision = (key?: string) => (key ? ("DAY" as const) : null);
  return {
    type,
    state,
    terminationReason: null,
    conditions: null,
    requestedDate: day(dates.requested),
    requestedPrecision: precision(dates.requested),
    publicityStartDate: day(dates.publicityStart),
    publicityStartPrecision: precision(dates.publicityStart),
    publicityEndDate: day(dates.publicityEnd),
    publicityEndPrecision: precision(dates.publicityEnd),
    grantedDate: day(dates.granted),
    grantedPrecision: precision(dates.granted),
    terminatedDate: null,
    terminatedPrecision: null,
    obligationDeadline: null,
    obligationPrecision: null,
  };
}

describe("planDesignationChange: refusals name their rule", () => {
  const btd = (state: DesignationState, dates = {}) => record("BREAKTHROUGH_THERAPY", state, { requested: "2024-01-10", ...dates });
  it.each([
    ["assessment → publicity", btd("UNDER_ASSESSMENT"), "PUBLICIZED", "2024-03-04", {}, []],
    ["publicity → inclusion after the 5-WD window", btd("PUBLICIZED", { publicityStart: "2024-03-04", publicityEnd: "2024-03-11" }), "GRANTED", "2024-03-12", {}, []],
    ["inclusion before the window ends", btd("PUBLICIZED", { publicityStart: "2024-03-04", publicityEnd: "2024-03-11" }), "GRANTED", "2024-03-08", {}, ["GRANTED_BEFORE_PUBLICITY_END"]],
    ["a wrong publicity end", btd("UNDER_ASSESSMENT"), "PUBLICIZED", "2024-03-04", { publicityEndDate: p("2024-03-08") }, ["PUBLICITY_END_MISMATCH"]],
    ["a publicity before the request", btd("UNDER_ASSESSMENT", { requested: "2024-03-10" }), "PUBLICIZED", "2024-03-04", {}, ["DATE_ORDER"]],
    ["an assessment before the request", btd("REQUESTED", { requested: "2024-03-10" }), "UNDER_ASSESSMENT", "2024-03-04", {}, ["EFFECTIVE_BEFORE_RECORD_START"]],
    ["skipping assessment", btd("REQUESTED"), "GRANTED", "2024-03-12", {}, ["TRANSITION_NOT_ALLOWED"]],
    ["a state the type does not have", btd("GRANTED", { publicityStart: "2024-03-04", granted: "2024-03-12" }), "REVOKED", "2024-05-01", {}, ["STATE_NOT_APPLICABLE"]],
    ["leaving a final state", btd("REJECTED"), "REQUESTED", "2024-05-01", {}, ["TERMINAL_STATE"]],
    ["termination without a reason", btd("GRANTED", { publicityStart: "2024-03-04", granted: "2024-03-12" }), "TERMINATED", "2024-05-01", {}, ["REQUIRED_FIELD_MISSING"]],
    ["termination before inclusion", btd("GRANTED", { publicityStart: "2024-03-04", granted: "2024-03-12" }), "TERMINATED", "2024-03-01", { terminationReason: "criteria no longer met" }, ["DATE_ORDER"]],
    ["a publicity date on a conditional approval", record("CONDITIONAL_APPROVAL", "REQUESTED"), "CONDITIONALLY_APPROVED", "2024-05-01", { publicityStartDate: p("2024-04-01") }, ["PUBLICITY_NOT_APPLICABLE"]],
    ["an extension without a deadline", record("CONDITIONAL_APPROVAL", "CONDITIONALLY_APPROVED", { granted: "2024-05-01" }), "EXTENDED", "2025-05-01", {}, ["REQUIRED_FIELD_MISSING"]],
    ["an extension with a deadline", record("CONDITIONAL_APPROVAL", "CONDITIONALLY_APPROVED", { granted: "2024-05-01" }), "EXTENDED", "2025-05-01", { obligationDeadline: p("2028-12") }, []],
    ["a future effective date", btd("UNDER_ASSESSMENT"), "PUBLICIZED", "2025-07-02", {}, ["DATE_IN_FUTURE"]],
  ] as const)("%s", (_case, current, to, effective, extra, rules) => {
    const { terminationReason, ...dates } = extra as { terminationReason?: string } & Record<string, PartialDate>;
    const plan = planDesignationChange(current, { to, effective: p(effective), today, dates, terminationReason });
    expect(plan.refusals.map((refusal) => refusal.rule)).toEqual(rules);
  });
});

describe("planDesignationChange: what it writes", () => {
  it.each([
    ["REQUESTED", "NOT_APPLIED", "requestedDate"],
    ["PUBLICIZED", "UNDER_ASSESSMENT", "publicityStartDate"],
    ["GRANTED", "OBJECTION_RAISED", "grantedDate"],
  ] as const)("%s takes the effective date as its %s", (to, from, column) => {
    const plan = planDesignationChange(record("PRIORITY_REVIEW", from, { publicityStart: from === "OBJECTION_RAISED" ? "2024-01-02" : undefined }), {
      to,
      effective: p("2024-06"),
      today,
    });
    expect(plan.data).toMatchObject({ state: to, [column]: dayFromKey("2024-06-01") });
  });

  it("derives the publicity end of a breakthrough designation from the 5-working-day window", () => {
    const plan = planDesignationChange(record("BREAKTHROUGH_THERAPY", "UNDER_ASSESSMENT"), { to: "PUBLICIZED", effective: p("2024-02-05"), today });
    expect(plan.refusals).toEqual([]);
    expect(plan.data).toMatchObject({ publicityEndDate: dayFromKey("2024-02-18"), publicityEndPrecision: "DAY" });
  });

  it("does not derive an end from the unverified priority-review window, and only warns about it", () => {
    const plan = planDesignationChange(record("PRIORITY_REVIEW", "PUBLICIZED", { publicityStart: "2024-03-04" }), { to: "GRANTED", effective: p("2024-03-06"), today });
    expect(plan.refusals).toEqual([]);
    expect(plan.warnings.join(" ")).toMatch(/GRANTED_BEFORE_PUBLICITY_END/);
    expect(plan.data).not.toHaveProperty("publicityEndDate");
  });
});
