// The NHSA listing cycle of one programme on one list in one list year (reference §4.2-§4.4), and the rules
// a listing row must satisfy before it is saved (§6.2).
import { ReimbursementList, ReimbursementRoute, ReimbursementState } from "@/generated/prisma/enums";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { TransitionCheck, Violation } from "@/lib/domain/rule-result";
import { labelOf } from "@/lib/domain/vocabulary";

const {
  ELIGIBLE,
  APPLIED,
  FORMAL_REVIEW_PASSED,
  FORMAL_REVIEW_FAILED,
  EXPERT_REVIEW_PASSED,
  EXPERT_REVIEW_FAILED,
  NEGOTIATION_SUCCEEDED,
  NEGOTIATION_FAILED,
  LISTED,
  RENEWED,
  RENEGOTIATED,
  CONVERTED_TO_REGULAR,
  REMOVED,
} = ReimbursementState;

/** What can happen when an agreement period ends (31 Dec): simple renewal, re-negotiation, conversion, removal. */
const AT_AGREEMENT_END = [RENEWED, RENEGOTIATED, CONVERTED_TO_REGULAR, REMOVED] as const;

/**
 * Allowed next states. EXPERT_REVIEW_PASSED -> LISTED is the route without negotiation (price bidding, direct
 * inclusion, VBP). RENEWED -> RENEWED is a second renewal at the next agreement end.
 */
export const REIMBURSEMENT_TRANSITIONS: { readonly [S in ReimbursementState]: readonly ReimbursementState[] } = {
  NOT_ELIGIBLE: [ELIGIBLE],
  ELIGIBLE: [APPLIED],
  APPLIED: [FORMAL_REVIEW_PASSED, FORMAL_REVIEW_FAILED],
  FORMAL_REVIEW_PASSED: [EXPERT_REVIEW_PASSED, EXPERT_REVIEW_FAILED],
  FORMAL_REVIEW_FAILED: [],
  EXPERT_REVIEW_PASSED: [NEGOTIATION_SUCCEEDED, NEGOTIATION_FAILED, LISTED],
  EXPERT_REVIEW_FAILED: [],
  NEGOTIATION_SUCCEEDED: [LISTED],
  NEGOTIATION_FAILED: [],
  LISTED: AT_AGREEMENT_END,
  RENEWED: AT_AGREEMENT_END,
  RENEGOTIATED: AT_AGREEMENT_END,
  CONVERTED_TO_REGULAR: [REMOVED],
  REMOVED: [],
};

/** States in which the drug is on the list. */
export const ON_LIST_REIMBURSEMENT_STATES: readonly ReimbursementState[] = [LISTED, RENEWED, RENEGOTIATED, CONVERTED_TO_REGULAR];

export const TERMINAL_REIMBURSEMENT_STATES: readonly ReimbursementState[] = Object.values(ReimbursementState).filter(
  (state) => REIMBURSEMENT_TRANSITIONS[state].length === 0,
);

/** Routes that reach the list straight from expert review, without a negotiation step. */
export const ROUTES_WITHOUT_NEGOTIATION: readonly ReimbursementRoute[] = [
  ReimbursementRoute.BIDDING,
  ReimbursementRoute.DIRECT,
  ReimbursementRoute.VBP,
];

export function allowedNextReimbursementStates(from: ReimbursementState): readonly ReimbursementState[] {
  return REIMBURSEMENT_TRANSITIONS[from];
}

export function canTransitionReimbursement(from: ReimbursementState, to: ReimbursementState): boolean {
  return REIMBURSEMENT_TRANSITIONS[from].includes(to);
}

export type ReimbursementTransitionRule = "TERMINAL_STATE" | "TRANSITION_NOT_ALLOWED" | "NEGOTIATION_ROUTE_SKIPS_NEGOTIATION";

/** The route, when known, must agree with the step: a negotiated drug is listed only after a successful negotiation. */
export function checkReimbursementTransition({
  from,
  to,
  route,
}: {
  from: ReimbursementState;
  to: ReimbursementState;
  route?: ReimbursementRoute | null;
}): TransitionCheck<ReimbursementTransitionRule> {
  const fromLabel = labelOf("ReimbursementState", from);
  const toLabel = labelOf("ReimbursementState", to);
  if (REIMBURSEMENT_TRANSITIONS[from].length === 0) {
    return {
      ok: false,
      rule: "TERMINAL_STATE",
      message: `"${fromLabel}" is final for this list year.`,
      values: { vocabulary: "ReimbursementState", from, to, allowed: "" },
    };
  }
  if (!canTransitionReimbursement(from, to)) {
    const allowed = REIMBURSEMENT_TRANSITIONS[from].map((state) => labelOf("ReimbursementState", state)).join(", ");
    return {
      ok: false,
      rule: "TRANSITION_NOT_ALLOWED",
      message: `A listing cannot go from "${fromLabel}" to "${toLabel}". Allowed next: ${allowed}.`,
      values: { vocabulary: "ReimbursementState", from, to, allowed: REIMBURSEMENT_TRANSITIONS[from].join(",") },
    };
  }
  if (from === EXPERT_REVIEW_PASSED && to === LISTED && route === ReimbursementRoute.NEGOTIATION) {
    return {
      ok: false,
      rule: "NEGOTIATION_ROUTE_SKIPS_NEGOTIATION",
      message: "A drug on the negotiation route is listed only after a successful negotiation.",
    };
  }
  return { ok: true };
}

/** Agreement periods of negotiated drugs end on 31 December (reference §4.1, [S50][S54]). */
export const AGREEMENT_END = { month: 12, day: 31 } as const;

export type ReimbursementListingRule =
  | "LISTED_REQUIRES_EFFECTIVE_DATE"
  | "NEGOTIATED_REQUIRES_AGREEMENT_END"
  | "AGREEMENT_END_NOT_31_DECEMBER"
  | "AGREEMENT_START_NOT_BEFORE_END"
  | "CHI_HAS_NO_PAYMENT_STANDARD";

export type ReimbursementListingField = "effectiveDate" | "agreementEndDate" | "agreementStartDate" | "paymentStandard";

export type ReimbursementListingInput = {
  list: ReimbursementList;
  state: ReimbursementState;
  effectiveDate?: Date | null;
  agreementStartDate?: Date | null;
  agreementEndDate?: Date | null;
  /** Any representation (number, string, Prisma Decimal); only its presence matters here. */
  paymentStandard?: number | string | { toString(): string } | null;
};

export type ReimbursementListingViolation = Violation<ReimbursementListingRule, ReimbursementListingField>;

export function validateReimbursementListing(input: ReimbursementListingInput): ReimbursementListingViolation[] {
  const violations: ReimbursementListingViolation[] = [];
  const onList = ON_LIST_REIMBURSEMENT_STATES.includes(input.state);
  const stateLabel = labelOf("ReimbursementState", input.state);

  if (onList && !input.effectiveDate) {
    violations.push({
      rule: "LISTED_REQUIRES_EFFECTIVE_DATE",
      field: "effectiveDate",
      message: `A listing that is "${stateLabel}" needs the date the list took effect.`,
      severity: "error",
    });
  }

  const negotiated = input.list === ReimbursementList.NRDL_NEGOTIATED;
  const end = input.agreementEndDate;
  if (negotiated && onList && input.state !== CONVERTED_TO_REGULAR && !end) {
    violations.push({
      rule: "NEGOTIATED_REQUIRES_AGREEMENT_END",
      field: "agreementEndDate",
      message: "A negotiated drug on the list needs the end of its agreement period.",
      severity: "error",
    });
  }
  if (negotiated && end && (end.getUTCMonth() + 1 !== AGREEMENT_END.month || end.getUTCDate() !== AGREEMENT_END.day)) {
    violations.push({
      rule: "AGREEMENT_END_NOT_31_DECEMBER",
      field: "agreementEndDate",
      message: `Negotiated agreement periods end on 31 December; ${toDayKey(end)} is not.`,
      severity: "error",
    });
  }

  const start = input.agreementStartDate;
  if (start && end && start.getTime() >= end.getTime()) {
    violations.push({
      rule: "AGREEMENT_START_NOT_BEFORE_END",
      field: "agreementStartDate",
      message: `The agreement starts ${toDayKey(start)}, which is not before its end ${toDayKey(end)}.`,
      severity: "error",
    });
  }

  if (input.list === ReimbursementList.CHI_INNOVATIVE && input.paymentStandard != null && String(input.paymentStandard).trim() !== "") {
    violations.push({
      rule: "CHI_HAS_NO_PAYMENT_STANDARD",
      field: "paymentStandard",
      message: "The commercial insurance innovative drug list is not paid by basic medical insurance, so it carries no NRDL payment standard.",
      severity: "error",
    });
  }
  return violations;
}
