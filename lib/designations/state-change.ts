// The rules of one designation state change, as a pure plan. The change's effective date becomes the date
// the target state is known by (requested, publicity start, granted, terminated); the transition table of
// the designation type, the fields each state requires and the programme date rules must then all hold.
// It stays beside its mutation, not in lib/domain: it answers in the write step's terms (Refusal and the
// effective-date check of lib/changes, the audit's field labels), and lib/domain imports nothing outside itself.
import type { DatePrecision, DesignationState, DesignationType } from "@/generated/prisma/enums";
import { checkDesignationTransition, missingDesignationFields } from "@/lib/domain/designation-state";
import { expectedPublicityEnd, isPublicityEndProvisional, publicityWindowFor, validateDesignationDates } from "@/lib/domain/designation-rules";
import { CalendarRangeError } from "@/lib/domain/china-calendar";
import type { PartialDate } from "@/lib/domain/partial-date";
import { checkNotBeforeStart, designationStarts } from "@/lib/domain/record-start";
import { labelOf } from "@/lib/domain/vocabulary";
import { fieldLabel } from "@/lib/changes/audit-format";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { unenforcedWarning, type Refusal } from "@/lib/changes/refusals";

export const DESIGNATION_DATE_COLUMNS = {
  requestedDate: "requestedPrecision",
  publicityStartDate: "publicityStartPrecision",
  publicityEndDate: "publicityEndPrecision",
  grantedDate: "grantedPrecision",
  terminatedDate: "terminatedPrecision",
  obligationDeadline: "obligationPrecision",
} as const;

export type DesignationDateColumn = keyof typeof DESIGNATION_DATE_COLUMNS;

/** The date a state is known by; states without one keep the effective date in the audit trail only. */
export const STATE_DATE_COLUMN: { readonly [S in DesignationState]?: DesignationDateColumn } = {
  REQUESTED: "requestedDate",
  PUBLICIZED: "publicityStartDate",
  GRANTED: "grantedDate",
  CONDITIONALLY_APPROVED: "grantedDate",
  TERMINATED: "terminatedDate",
  REVOKED: "terminatedDate",
  CONSUMED: "terminatedDate",
};

export type DesignationRecord = {
  type: DesignationType;
  state: DesignationState;
  terminationReason: string | null;
  conditions: string | null;
} & { [C in DesignationDateColumn]: Date | null } & { [C in DesignationDateColumn as (typeof DESIGNATION_DATE_COLUMNS)[C]]: DatePrecision | null };

export type DesignationChangeRequest = {
  to: DesignationState;
  effective: PartialDate;
  today: Date;
  /** Other dates given with the change (e.g. the new obligation deadline); absent or blank ones stay as they are. */
  dates?: { readonly [C in DesignationDateColumn]?: PartialDate | null };
  terminationReason?: string | null;
  conditions?: string | null;
};

export type DesignationChangePlan = { refusals: Refusal[]; warnings: string[]; data: Partial<DesignationRecord> };

export function planDesignationChange(current: DesignationRecord, request: DesignationChangeRequest): DesignationChangePlan {
  const refusals: Refusal[] = [];
  const warnings: string[] = [];
  const transition = checkDesignationTransition({ type: current.type, from: current.state, to: request.to });
  if (!transition.ok) refusals.push({ rule: transition.rule, message: transition.message, field: "to", values: transition.values });
  refusals.push(...checkNotInFuture(request.effective, request.today));

  // The rules of the target state mean nothing for a step the table refuses: report the refusal alone.
  if (!transition.ok) return { refusals, warnings: [], data: {} };

  const data: Partial<DesignationRecord> = { state: request.to };
  const setDate = (column: DesignationDateColumn, value: PartialDate | null) => {
    Object.assign(data, { [column]: value?.date ?? null, [DESIGNATION_DATE_COLUMNS[column]]: value?.precision ?? null });
  };
  for (const [column, value] of Object.entries(request.dates ?? {}) as [DesignationDateColumn, PartialDate | null | undefined][]) {
    if (value) setDate(column, value);
  }
  const ownColumn = STATE_DATE_COLUMN[request.to];
  if (ownColumn) setDate(ownColumn, request.effective);
  if (request.terminationReason) data.terminationReason = request.terminationReason;
  if (request.conditions) data.conditions = request.conditions;

  // A verified publicity window gives the end date: record it rather than leave the timeline without it.
  const merged = { ...current, ...data };
  const window = publicityWindowFor(current.type);
  if (request.to === "PUBLICIZED" && window?.verified && merged.publicityStartPrecision === "DAY" && !merged.publicityEndDate) {
    try {
      const end = expectedPublicityEnd(merged.publicityStartDate!, current.type);
      // A provisional calendar year is an estimate, not a fact to record.
      if (end && !isPublicityEndProvisional(merged.publicityStartDate!, end)) setDate("publicityEndDate", { date: end, precision: "DAY" });
    } catch (error) {
      if (!(error instanceof CalendarRangeError)) throw error;
    }
  }

  const record = { ...current, ...data };
  // A state with its own date is ordered against the request by validateDesignationDates (DATE_ORDER) below.
  if (!ownColumn) refusals.push(...checkNotBeforeStart(request.effective, designationStarts(record, request.to)));
  for (const field of missingDesignationFields(request.to, record)) {
    refusals.push({
      rule: "REQUIRED_FIELD_MISSING",
      field,
      message: `A ${labelOf("DesignationType", current.type)} designation that is "${labelOf("DesignationState", request.to)}" needs ${fieldLabel(field).toLowerCase()}.`,
    });
  }
  const violations = validateDesignationDates({
    type: current.type,
    requestedDate: record.requestedDate,
    publicityStartDate: record.publicityStartDate,
    publicityEndDate: record.publicityEndDate,
    grantedDate: record.grantedDate,
    terminatedDate: record.terminatedDate,
    precisions: {
      requestedDate: record.requestedPrecision,
      publicityStartDate: record.publicityStartPrecision,
      publicityEndDate: record.publicityEndPrecision,
      grantedDate: record.grantedPrecision,
      terminatedDate: record.terminatedPrecision,
    },
  });
  for (const violation of violations) {
    if (violation.severity === "error") refusals.push({ rule: violation.rule, field: violation.field, message: violation.message });
    else warnings.push(unenforcedWarning(violation));
  }
  return { refusals, warnings, data };
}
