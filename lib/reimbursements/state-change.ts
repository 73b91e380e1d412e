// The rules of one reimbursement-listing state change, as a pure plan: the NHSA cycle's transition table
// (with the route), the listing rules (effective date, 31-December agreement ends, no CHI payment standard),
// and the change's effective date written to the date the target state is known by.
// It stays beside its mutation, not in lib/domain: it answers in the write step's terms (Refusal and the
// effective-date check of lib/changes), and lib/domain imports nothing outside itself.
import type { DatePrecision, ReimbursementList, ReimbursementRoute, ReimbursementState } from "@/generated/prisma/enums";
import { checkReimbursementTransition, validateReimbursementListing } from "@/lib/domain/reimbursement-state";
import { toDayKey } from "@/lib/domain/calendar-day";
import { checkNotBeforeStart, reimbursementListingStarts } from "@/lib/domain/record-start";
import type { PartialDate } from "@/lib/domain/partial-date";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import type { Refusal } from "@/lib/changes/refusals";

export const REIMBURSEMENT_DATE_COLUMNS = {
  appliedDate: "appliedPrecision",
  formalReviewDate: "formalReviewPrecision",
  expertReviewDate: "expertReviewPrecision",
  negotiationDate: "negotiationPrecision",
  publicationDate: "publicationPrecision",
  effectiveDate: "effectivePrecision",
  agreementStartDate: "agreementStartPrecision",
  agreementEndDate: "agreementEndPrecision",
  removedDate: "removedPrecision",
} as const;

export type ReimbursementDateColumn = keyof typeof REIMBURSEMENT_DATE_COLUMNS;

/** The date a state is known by; renewals and conversions keep the effective date in the audit only. */
export const STATE_DATE_COLUMN: { readonly [S in ReimbursementState]?: ReimbursementDateColumn } = {
  APPLIED: "appliedDate",
  FORMAL_REVIEW_PASSED: "formalReviewDate",
  FORMAL_REVIEW_FAILED: "formalReviewDate",
  EXPERT_REVIEW_PASSED: "expertReviewDate",
  EXPERT_REVIEW_FAILED: "expertReviewDate",
  NEGOTIATION_SUCCEEDED: "negotiationDate",
  NEGOTIATION_FAILED: "negotiationDate",
  LISTED: "effectiveDate",
  REMOVED: "removedDate",
};

export type ReimbursementRecord = {
  list: ReimbursementList;
  listYear: number;
  state: ReimbursementState;
  route: ReimbursementRoute | null;
  paymentStandard: { toString(): string } | string | null;
  paymentUnit: string | null;
  restriction: string | null;
} & { [C in ReimbursementDateColumn]: Date | null } & {
  [C in ReimbursementDateColumn as (typeof REIMBURSEMENT_DATE_COLUMNS)[C]]: DatePrecision | null;
};

/** Optional values left blank keep the listing's current value: a state change never clears a recorded fact. */
export type ReimbursementChangeRequest = {
  to: ReimbursementState;
  effective: PartialDate;
  today: Date;
  route?: ReimbursementRoute | null;
  dates?: { readonly [C in ReimbursementDateColumn]?: PartialDate | null };
  paymentStandard?: string | null;
  paymentUnit?: string | null;
  restriction?: string | null;
};

export function planReimbursementChange(
  current: ReimbursementRecord,
  request: ReimbursementChangeRequest,
): { refusals: Refusal[]; data: Partial<ReimbursementRecord> } {
  const refusals: Refusal[] = [];
  const route = request.route ?? current.route;
  const transition = checkReimbursementTransition({ from: current.state, to: request.to, route });
  if (!transition.ok) refusals.push({ rule: transition.rule, message: transition.message, field: "to", values: transition.values });
  refusals.push(...checkNotInFuture(request.effective, request.today));
  refusals.push(...checkNotBeforeStart(request.effective, reimbursementListingStarts(current, request.to)));

  // The rules of the target state mean nothing for a step the table refuses: report the refusal alone.
  if (!transition.ok) return { refusals, data: {} };

  const data: Partial<ReimbursementRecord> = { state: request.to };
  const setDate = (column: ReimbursementDateColumn, value: PartialDate | null) => {
    Object.assign(data, { [column]: value?.date ?? null, [REIMBURSEMENT_DATE_COLUMNS[column]]: value?.precision ?? null });
  };
  for (const [column, value] of Object.entries(request.dates ?? {}) as [ReimbursementDateColumn, PartialDate | null | undefined][]) {
    if (value) setDate(column, value);
  }
  const ownColumn = STATE_DATE_COLUMN[request.to];
  if (ownColumn) setDate(ownColumn, request.effective);
  if (request.route) data.route = request.route;
  if (request.paymentStandard) data.paymentStandard = request.paymentStandard;
  if (request.paymentUnit) data.paymentUnit = request.paymentUnit;
  if (request.restriction) data.restriction = request.restriction;

  const record = { ...current, ...data };
  for (const violation of validateReimbursementListing(record)) {
    refusals.push({ rule: violation.rule, field: violation.field, message: violation.message });
  }
  // A renewal or re-negotiation opens a new agreement period, so its end must move forward.
  const renewing = request.to === "RENEWED" || request.to === "RENEGOTIATED";
  if (renewing && current.agreementEndDate && record.agreementEndDate && record.agreementEndDate <= current.agreementEndDate) {
    refusals.push({
      rule: "AGREEMENT_END_NOT_EXTENDED",
      field: "agreementEndDate",
      message: `A ${request.to === "RENEWED" ? "renewal" : "re-negotiation"} starts a new agreement period: give its end, after the current end ${toDayKey(current.agreementEndDate)}.`,
    });
  }
  return { refusals, data };
}
