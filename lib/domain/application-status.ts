// The NMPA processing-status chain of one application (reference §6.2): the write path and the status
// form both ask this table which step may come next, so the timeline never shows an impossible history.
import { ApplicationStatus, ApplicationType } from "@/generated/prisma/enums";
import type { TransitionCheck } from "@/lib/domain/rule-result";
import { labelOf } from "@/lib/domain/vocabulary";

const {
  PENDING_ACCEPTANCE,
  CORRECTION_REQUESTED,
  ACCEPTED,
  NOT_ACCEPTED,
  ABANDONED,
  QUEUED_FOR_REVIEW,
  UNDER_REVIEW,
  SUPPLEMENT_REQUESTED,
  IMPLIED_APPROVAL,
  UNDER_ADMIN_APPROVAL,
  APPROVED_PENDING_CERTIFICATE,
  CERTIFICATE_ISSUED,
  NOT_APPROVED,
  OBJECTION_FILED,
  OBJECTION_UPHELD,
  WITHDRAWN,
  TERMINATED,
} = ApplicationStatus;

/**
 * Allowed next statuses. WITHDRAWN (企业撤回) is reachable from every status before a decision; a decided
 * application (approved, not approved, objection pending) cannot be withdrawn. OBJECTION_UPHELD means the
 * non-approval was upheld; an objection that succeeds sends the application back to UNDER_REVIEW.
 */
export const APPLICATION_TRANSITIONS: { readonly [S in ApplicationStatus]: readonly ApplicationStatus[] } = {
  SUBMITTED: [PENDING_ACCEPTANCE, WITHDRAWN],
  PENDING_ACCEPTANCE: [ACCEPTED, CORRECTION_REQUESTED, NOT_ACCEPTED, WITHDRAWN],
  CORRECTION_REQUESTED: [ACCEPTED, ABANDONED, WITHDRAWN],
  ACCEPTED: [QUEUED_FOR_REVIEW, TERMINATED, WITHDRAWN],
  QUEUED_FOR_REVIEW: [UNDER_REVIEW, WITHDRAWN],
  UNDER_REVIEW: [SUPPLEMENT_REQUESTED, IMPLIED_APPROVAL, UNDER_ADMIN_APPROVAL, NOT_APPROVED, WITHDRAWN],
  SUPPLEMENT_REQUESTED: [UNDER_REVIEW, NOT_APPROVED, WITHDRAWN],
  IMPLIED_APPROVAL: [],
  UNDER_ADMIN_APPROVAL: [APPROVED_PENDING_CERTIFICATE, NOT_APPROVED, WITHDRAWN],
  APPROVED_PENDING_CERTIFICATE: [CERTIFICATE_ISSUED],
  CERTIFICATE_ISSUED: [],
  NOT_APPROVED: [OBJECTION_FILED],
  OBJECTION_FILED: [OBJECTION_UPHELD, UNDER_REVIEW],
  OBJECTION_UPHELD: [],
  WITHDRAWN: [],
  TERMINATED: [],
  ABANDONED: [],
  NOT_ACCEPTED: [],
};

/** Statuses with no way out. NOT_APPROVED is not among them: an objection may still be filed (15 days, UNVERIFIED). */
export const TERMINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.values(ApplicationStatus).filter(
  (status) => APPLICATION_TRANSITIONS[status].length === 0,
);

/** While the applicant prepares supplementary data (发补) the statutory clock does not run (DRR Art. 87). */
export const CLOCK_STOPPED_APPLICATION_STATUSES: readonly ApplicationStatus[] = [SUPPLEMENT_REQUESTED];

/** Application types that can end in implied approval (默示许可): clinical-trial applications only. */
export const IMPLIED_APPROVAL_TYPES: readonly ApplicationType[] = [ApplicationType.IND];

export function allowedNextApplicationStatuses(from: ApplicationStatus): readonly ApplicationStatus[] {
  return APPLICATION_TRANSITIONS[from];
}

export function canTransitionApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[from].includes(to);
}

export function isTerminalApplicationStatus(status: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[status].length === 0;
}

export function stopsReviewClock(status: ApplicationStatus): boolean {
  return CLOCK_STOPPED_APPLICATION_STATUSES.includes(status);
}

export type ApplicationTransitionRule = "TERMINAL_STATUS" | "TRANSITION_NOT_ALLOWED" | "IMPLIED_APPROVAL_IND_ONLY";

/** Whether an application of this type may move from one status to the other, naming the rule that refuses it. */
export function checkApplicationTransition({
  from,
  to,
  applicationType,
}: {
  from: ApplicationStatus;
  to: ApplicationStatus;
  applicationType: ApplicationType;
}): TransitionCheck<ApplicationTransitionRule> {
  const fromLabel = labelOf("ApplicationStatus", from);
  const toLabel = labelOf("ApplicationStatus", to);
  if (isTerminalApplicationStatus(from)) {
    return {
      ok: false,
      rule: "TERMINAL_STATUS",
      message: `"${fromLabel}" is final; the status can no longer change.`,
      values: { vocabulary: "ApplicationStatus", from, to, allowed: "" },
    };
  }
  if (!canTransitionApplication(from, to)) {
    const allowed = APPLICATION_TRANSITIONS[from].map((status) => labelOf("ApplicationStatus", status)).join(", ");
    return {
      ok: false,
      rule: "TRANSITION_NOT_ALLOWED",
      message: `An application cannot go from "${fromLabel}" to "${toLabel}". Allowed next: ${allowed}.`,
      values: { vocabulary: "ApplicationStatus", from, to, allowed: APPLICATION_TRANSITIONS[from].join(",") },
    };
  }
  if (to === IMPLIED_APPROVAL && !IMPLIED_APPROVAL_TYPES.includes(applicationType)) {
    return {
      ok: false,
      rule: "IMPLIED_APPROVAL_IND_ONLY",
      message: `Implied approval (默示许可) applies only to clinical-trial applications, not to a ${labelOf("ApplicationType", applicationType)}.`,
    };
  }
  return { ok: true };
}
