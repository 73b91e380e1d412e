// The rules of one application status change, as a pure plan: which rule refuses it, or which columns it
// writes. The mutation applies the plan; the table-driven tests exercise it without a database.
// It stays beside its mutation, not in lib/domain: it answers in the write step's terms (Refusal and the
// effective-date check of lib/changes), and lib/domain imports nothing outside itself.
import type { ApplicationDecision, ApplicationStatus, ApplicationType, DatePrecision } from "@/generated/prisma/enums";
import { checkApplicationTransition } from "@/lib/domain/application-status";
import { formatPartialDate, isDefinitelyBefore, type PartialDate } from "@/lib/domain/partial-date";
import { checkNotBeforeStart, applicationStarts } from "@/lib/domain/record-start";
import { labelOf } from "@/lib/domain/vocabulary";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import type { Refusal } from "@/lib/changes/refusals";

/** The decision a status records. Approval may be full or conditional; the others have exactly one. */
export const DECISIONS_BY_STATUS: { readonly [S in ApplicationStatus]?: readonly ApplicationDecision[] } = {
  IMPLIED_APPROVAL: ["IMPLIED_APPROVAL"],
  APPROVED_PENDING_CERTIFICATE: ["APPROVED", "CONDITIONALLY_APPROVED"],
  NOT_APPROVED: ["NOT_APPROVED"],
  WITHDRAWN: ["WITHDRAWN"],
};

export type StatusChangeCurrent = {
  type: ApplicationType;
  status: ApplicationStatus;
  statusDate: Date | null;
  statusPrecision: DatePrecision | null;
  decision: ApplicationDecision | null;
  acceptanceDate: Date | null;
  acceptancePrecision: DatePrecision | null;
};

export type StatusChangeRequest = { to: ApplicationStatus; effective: PartialDate; decision?: ApplicationDecision | null; today: Date };

export type StatusChangeData = {
  status: ApplicationStatus;
  statusDate: Date;
  statusPrecision: DatePrecision;
  decision?: ApplicationDecision | null;
  decisionDate?: Date | null;
  decisionPrecision?: DatePrecision | null;
  acceptanceDate?: Date;
  acceptancePrecision?: DatePrecision;
};

export function planStatusChange(
  current: StatusChangeCurrent,
  request: StatusChangeRequest,
): { refusals: Refusal[]; data: StatusChangeData } {
  const { to, effective } = request;
  const refusals: Refusal[] = [];
  const transition = checkApplicationTransition({ from: current.status, to, applicationType: current.type });
  if (!transition.ok) refusals.push({ rule: transition.rule, message: transition.message, field: "to", values: transition.values });
  refusals.push(...checkNotInFuture(effective, request.today));
  refusals.push(...checkNotBeforeStart(effective, applicationStarts(current, to)));
  if (current.statusDate) {
    const previous = { date: current.statusDate, precision: current.statusPrecision ?? "DAY" };
    if (isDefinitelyBefore(effective, previous)) {
      refusals.push({
        rule: "STATUS_DATE_BEFORE_PREVIOUS",
        field: "effectiveDate",
        message: `The new status cannot take effect on ${formatPartialDate(effective.date, effective.precision)}, before the current status took effect (${formatPartialDate(previous.date, previous.precision)}).`,
      });
    }
  }

  const data: StatusChangeData = { status: to, statusDate: effective.date, statusPrecision: effective.precision };
  const allowedDecisions = DECISIONS_BY_STATUS[to];
  if (allowedDecisions) {
    const decision = request.decision ?? allowedDecisions[0]!;
    if (!allowedDecisions.includes(decision)) {
      refusals.push({
        rule: "DECISION_NOT_ALLOWED",
        field: "decision",
        message: `"${labelOf("ApplicationStatus", to)}" records the decision ${allowedDecisions.map((d) => `"${labelOf("ApplicationDecision", d)}"`).join(" or ")}, not "${labelOf("ApplicationDecision", decision)}".`,
      });
    }
    Object.assign(data, { decision, decisionDate: effective.date, decisionPrecision: effective.precision });
  } else if (request.decision) {
    refusals.push({
      rule: "DECISION_NOT_ALLOWED",
      field: "decision",
      message: `"${labelOf("ApplicationStatus", to)}" is not a decision; leave the decision empty.`,
    });
  }
  // An objection that succeeds sends the application back to review: the non-approval no longer stands.
  if (current.status === "OBJECTION_FILED" && to === "UNDER_REVIEW") {
    Object.assign(data, { decision: null, decisionDate: null, decisionPrecision: null });
  }
  // 承办日期 starts the statutory clock; acceptance is when it is first known.
  if (to === "ACCEPTED" && !current.acceptanceDate) {
    Object.assign(data, { acceptanceDate: effective.date, acceptancePrecision: effective.precision });
  }
  return { refusals, data };
}
