import { describe, expect, it } from "vitest";
import type { ReimbursementList, ReimbursementRoute, ReimbursementState } from "@/generated/prisma/enums";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { parsePartialDate, type PartialDate } from "@/lib/domain/partial-date";
import { planReimbursementChange, REIMBURSEMENT_DATE_COLUMNS, type ReimbursementRecord } from "@/lib/reimbursements/state-change";

const today = dayFromKey("2025-06-30");
const p = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
function listing(list: ReimbursementList, state: ReimbursementState, extra: Partial<ReimbursementRecord> = {}): ReimbursementRecord {
  const empty = Object.fromEntries(Object.entries(REIMBURSEMENT_DATE_COLUMNS).flatMap(([date, precision]) => [[date, null], [precision, null]]));
  return { list, listYear: 2024, state, route: null, paymentStandard: null, paymentUnit: null, restriction: null, ...empty, ...extra } as ReimbursementRecord;
}
const listed = listing("NRDL_NEGOTIATED", "LISTED", { effectiveDate: dayFromKey("2024-01-01"), effectivePrecision: "DAY", agreementEndDate: dayFromKey("2025-12-31"), agreementEndPrecision: "DAY" });

describe("planReimbursementChange", () => {
  it.each([
    ["applying", listing("NRDL_NEGOTIATED", "ELIGIBLE"), "APPLIED", "2025-06-01", {}, []],
    ["skipping formal review", listing("NRDL_NEGOTIATED", "APPLIED"), "EXPERT_REVIEW_PASSED", "2025-06-01", {}, ["TRANSITION_NOT_ALLOWED"]],
    ["after a failed negotiation", listing("NRDL_NEGOTIATED", "NEGOTIATION_FAILED"), "LISTED", "2025-06-01", {}, ["TERMINAL_STATE"]],
    ["listing a negotiated drug without negotiation", listing("NRDL_NEGOTIATED", "EXPERT_REVIEW_PASSED", { route: "NEGOTIATION" }), "LISTED", "2025-01-01", { agreementEndDate: p("2026-12-31") }, ["NEGOTIATION_ROUTE_SKIPS_NEGOTIATION"]],
    ["listing by bidding", listing("NRDL_NEGOTIATED", "EXPERT_REVIEW_PASSED"), "LISTED", "2025-01-01", { route: "BIDDING", agreementEndDate: p("2026-12-31") }, []],
    ["listing a negotiated drug without the agreement end", listing("NRDL_NEGOTIATED", "NEGOTIATION_SUCCEEDED"), "LISTED", "2025-01-01", {}, ["NEGOTIATED_REQUIRES_AGREEMENT_END"]],
    ["an agreement end that is not 31 December", listing("NRDL_NEGOTIATED", "NEGOTIATION_SUCCEEDED"), "LISTED", "2025-01-01", { agreementEndDate: p("2026-06-30") }, ["AGREEMENT_END_NOT_31_DECEMBER"]],
    ["a payment standard on the commercial list", listing("CHI_INNOVATIVE", "NEGOTIATION_SUCCEEDED"), "LISTED", "2025-01-01", { paymentStandard: "120.00" }, ["CHI_HAS_NO_PAYMENT_STANDARD"]],
    ["a renewal with a later end", listed, "RENEWED", "2025-06-01", { agreementEndDate: p("2027-12-31") }, []],
    ["a renewal that keeps the old end", listed, "RENEWED", "2025-06-01", {}, ["AGREEMENT_END_NOT_EXTENDED"]],
    ["a future date", listing("NRDL_B", "ELIGIBLE"), "APPLIED", "2025-08-01", {}, ["DATE_IN_FUTURE"]],
    ["removal from the 2025 list in 2024 (issue 18's probe)", listing("NRDL_B", "LISTED", { listYear: 2025 }), "REMOVED", "2024-06", {}, ["EFFECTIVE_BEFORE_RECORD_START"]],
    ["formal review before the application", listing("NRDL_B", "APPLIED", { appliedDate: dayFromKey("2024-07-01"), appliedPrecision: "DAY" }), "FORMAL_REVIEW_PASSED", "2024-06-30", {}, ["EFFECTIVE_BEFORE_RECORD_START"]],
  ] as const)("%s", (_case, current, to, effective, extra, rules) => {
    const { route, paymentStandard, ...dates } = extra as { route?: ReimbursementRoute; paymentStandard?: string } & Record<string, PartialDate>;
    const plan = planReimbursementChange(current, { to, effective: p(effective), today, route, paymentStandard, dates });
    expect(plan.refusals.map((refusal) => refusal.rule)).toEqual(rules);
  });

  it.each([
    ["APPLIED", "ELIGIBLE", "appliedDate"],
    ["FORMAL_REVIEW_PASSED", "APPLIED", "formalReviewDate"],
    ["NEGOTIATION_SUCCEEDED", "EXPERT_REVIEW_PASSED", "negotiationDate"],
  ] as const)("%s writes the effective date to %s", (to, from, column) => {
    const plan = planReimbursementChange(listing("NRDL_B", from), { to, effective: p("2024-11"), today });
    expect(plan.data).toMatchObject({ state: to, [column]: dayFromKey("2024-11-01"), [REIMBURSEMENT_DATE_COLUMNS[column]]: "MONTH" });
  });
});
