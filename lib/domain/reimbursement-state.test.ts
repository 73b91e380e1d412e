import { describe, expect, it } from "vitest";
import { ReimbursementState } from "@/generated/prisma/enums";
import { dayFromKey } from "@/lib/domain/calendar-day";
import {
  allowedNextReimbursementStates,
  canTransitionReimbursement,
  checkReimbursementTransition,
  TERMINAL_REIMBURSEMENT_STATES,
  validateReimbursementListing,
  type ReimbursementListingInput,
} from "@/lib/domain/reimbursement-state";

const AT_END = ["RENEWED", "RENEGOTIATED", "CONVERTED_TO_REGULAR", "REMOVED"];
// Reference §4.4 and the brief, written out pair by pair.
const ALLOWED = new Set([
  "NOT_ELIGIBLE>ELIGIBLE",
  "ELIGIBLE>APPLIED",
  "APPLIED>FORMAL_REVIEW_PASSED",
  "APPLIED>FORMAL_REVIEW_FAILED",
  "FORMAL_REVIEW_PASSED>EXPERT_REVIEW_PASSED",
  "FORMAL_REVIEW_PASSED>EXPERT_REVIEW_FAILED",
  "EXPERT_REVIEW_PASSED>NEGOTIATION_SUCCEEDED",
  "EXPERT_REVIEW_PASSED>NEGOTIATION_FAILED",
  "EXPERT_REVIEW_PASSED>LISTED",
  "NEGOTIATION_SUCCEEDED>LISTED",
  ...AT_END.map((to) => `LISTED>${to}`),
  ...AT_END.map((to) => `RENEWED>${to}`),
  ...AT_END.map((to) => `RENEGOTIATED>${to}`),
  "CONVERTED_TO_REGULAR>REMOVED",
]);

const STATES = Object.values(ReimbursementState);
const PAIRS = STATES.flatMap((from) => STATES.map((to) => [from, to, ALLOWED.has(`${from}>${to}`)] as const));

describe("reimbursement transition table", () => {
  it.each(PAIRS)("%s -> %s allowed: %s", (from, to, allowed) => {
    expect(canTransitionReimbursement(from, to)).toBe(allowed);
    expect(checkReimbursementTransition({ from, to }).ok).toBe(allowed);
  });

  it("lists next states consistent with the pairs", () => {
    for (const from of STATES) {
      expect([...allowedNextReimbursementStates(from)].sort()).toEqual(STATES.filter((to) => ALLOWED.has(`${from}>${to}`)).sort());
    }
  });

  it("ends in failures and removal", () => {
    expect([...TERMINAL_REIMBURSEMENT_STATES].sort()).toEqual(
      ["FORMAL_REVIEW_FAILED", "EXPERT_REVIEW_FAILED", "NEGOTIATION_FAILED", "REMOVED"].sort(),
    );
  });
});

describe("checkReimbursementTransition with a route", () => {
  it.each([
    ["EXPERT_REVIEW_PASSED", "LISTED", "NEGOTIATION", "NEGOTIATION_ROUTE_SKIPS_NEGOTIATION"],
    ["EXPERT_REVIEW_PASSED", "LISTED", "BIDDING", null],
    ["EXPERT_REVIEW_PASSED", "LISTED", "DIRECT", null],
    ["EXPERT_REVIEW_PASSED", "LISTED", "VBP", null],
    ["EXPERT_REVIEW_PASSED", "LISTED", null, null],
    ["NEGOTIATION_SUCCEEDED", "LISTED", "NEGOTIATION", null],
    ["REMOVED", "LISTED", null, "TERMINAL_STATE"],
    ["ELIGIBLE", "LISTED", "DIRECT", "TRANSITION_NOT_ALLOWED"],
  ] as const)("%s -> %s via %s gives %s", (from, to, route, rule) => {
    const result = checkReimbursementTransition({ from, to, route });
    if (rule === null) expect(result).toEqual({ ok: true });
    else expect(result).toMatchObject({ ok: false, rule });
  });
});

const d = dayFromKey;

describe("validateReimbursementListing", () => {
  it.each<[string, ReimbursementListingInput, string[]]>([
    [
      "PEG-loxenatide 2023 negotiated entry",
      { list: "NRDL_NEGOTIATED", state: "LISTED", effectiveDate: d("2023-03-01"), agreementStartDate: d("2023-03-01"), agreementEndDate: d("2024-12-31"), paymentStandard: "110.00" },
      [],
    ],
    ["listed without an effective date", { list: "NRDL_B", state: "LISTED" }, ["LISTED_REQUIRES_EFFECTIVE_DATE"]],
    ["renewed without an effective date", { list: "NRDL_NEGOTIATED", state: "RENEWED", agreementEndDate: d("2027-12-31") }, ["LISTED_REQUIRES_EFFECTIVE_DATE"]],
    ["negotiated without an agreement end", { list: "NRDL_NEGOTIATED", state: "LISTED", effectiveDate: d("2026-01-01") }, ["NEGOTIATED_REQUIRES_AGREEMENT_END"]],
    [
      "agreement ending mid-year",
      { list: "NRDL_NEGOTIATED", state: "LISTED", effectiveDate: d("2026-01-01"), agreementEndDate: d("2027-06-30") },
      ["AGREEMENT_END_NOT_31_DECEMBER"],
    ],
    [
      "agreement starting after its end",
      { list: "NRDL_NEGOTIATED", state: "LISTED", effectiveDate: d("2026-01-01"), agreementStartDate: d("2028-01-01"), agreementEndDate: d("2027-12-31") },
      ["AGREEMENT_START_NOT_BEFORE_END"],
    ],
    ["CHI list with a payment standard", { list: "CHI_INNOVATIVE", state: "LISTED", effectiveDate: d("2026-01-01"), paymentStandard: 1200 }, ["CHI_HAS_NO_PAYMENT_STANDARD"]],
    ["CHI list without a payment standard", { list: "CHI_INNOVATIVE", state: "LISTED", effectiveDate: d("2026-01-01"), paymentStandard: null }, []],
    ["B list with no agreement", { list: "NRDL_B", state: "LISTED", effectiveDate: d("2026-01-01") }, []],
    ["not yet listed", { list: "NRDL_NEGOTIATED", state: "APPLIED" }, []],
    ["converted to regular management", { list: "NRDL_NEGOTIATED", state: "CONVERTED_TO_REGULAR", effectiveDate: d("2026-01-01") }, []],
    [
      "several problems at once",
      { list: "NRDL_NEGOTIATED", state: "LISTED", agreementStartDate: d("2026-01-01"), agreementEndDate: d("2025-11-30") },
      ["LISTED_REQUIRES_EFFECTIVE_DATE", "AGREEMENT_END_NOT_31_DECEMBER", "AGREEMENT_START_NOT_BEFORE_END"],
    ],
  ])("%s", (_name, input, rules) => {
    expect(validateReimbursementListing(input).map((violation) => violation.rule)).toEqual(rules);
  });

  it("names the field and explains the 31 December rule", () => {
    const [violation] = validateReimbursementListing({
      list: "NRDL_NEGOTIATED",
      state: "LISTED",
      effectiveDate: d("2026-01-01"),
      agreementEndDate: d("2027-06-30"),
    });
    expect(violation).toEqual({
      rule: "AGREEMENT_END_NOT_31_DECEMBER",
      field: "agreementEndDate",
      message: "Negotiated agreement periods end on 31 December; 2027-06-30 is not.",
      severity: "error",
    });
  });
});
