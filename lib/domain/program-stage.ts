// How far a programme has come, as one comparable rank: the dashboard sorts and filters candidates by their
// lead stage, and the write path derives a stage from an application's status.
import { ApplicationDecision, ApplicationStatus, ApplicationType, ProgramStage } from "@/generated/prisma/enums";

/**
 * Pipeline order of active programmes. Conditional approval ranks below full approval, and launch and
 * post-approval work above both (reference §6.2 ProgramStage).
 */
export const ACTIVE_STAGE_ORDER: readonly ProgramStage[] = [
  ProgramStage.PRECLINICAL,
  ProgramStage.PRE_IND_MEETING,
  ProgramStage.IND_FILED,
  ProgramStage.IND_CLEARED,
  ProgramStage.PHASE_1,
  ProgramStage.PHASE_2,
  ProgramStage.PHASE_3,
  ProgramStage.PRE_NDA_MEETING,
  ProgramStage.NDA_FILED,
  ProgramStage.NDA_UNDER_REVIEW,
  ProgramStage.CONDITIONALLY_APPROVED,
  ProgramStage.APPROVED,
  ProgramStage.LAUNCHED,
  ProgramStage.POST_APPROVAL,
];

/**
 * Stages off the pipeline, lowest first. Every active stage outranks all of them. Among them a live research
 * molecule outranks a programme that reached a negative decision, which outranks one that was stopped.
 */
export const INACTIVE_STAGE_ORDER: readonly ProgramStage[] = [
  ProgramStage.DISCONTINUED,
  ProgramStage.NOT_APPROVED,
  ProgramStage.RESEARCH_ONLY,
];

/** 0 = least advanced. */
export const STAGE_RANK: { readonly [S in ProgramStage]: number } = Object.fromEntries(
  [...INACTIVE_STAGE_ORDER, ...ACTIVE_STAGE_ORDER].map((stage, rank) => [stage, rank]),
) as { [S in ProgramStage]: number };

export function isActiveStage(stage: ProgramStage): boolean {
  return ACTIVE_STAGE_ORDER.includes(stage);
}

/** Negative when a is less advanced than b. */
export function compareStages(a: ProgramStage, b: ProgramStage): number {
  return STAGE_RANK[a] - STAGE_RANK[b];
}

/** The most advanced stage over a candidate's programmes; null when it has none. */
export function leadStage(stages: readonly ProgramStage[]): ProgramStage | null {
  let lead: ProgramStage | null = null;
  for (const stage of stages) {
    if (lead === null || compareStages(stage, lead) > 0) lead = stage;
  }
  return lead;
}

const S = ApplicationStatus;
const BEFORE_ACCEPTANCE: readonly ApplicationStatus[] = [S.SUBMITTED, S.PENDING_ACCEPTANCE, S.CORRECTION_REQUESTED];
const IN_REVIEW: readonly ApplicationStatus[] = [
  S.QUEUED_FOR_REVIEW,
  S.UNDER_REVIEW,
  S.SUPPLEMENT_REQUESTED,
  S.UNDER_ADMIN_APPROVAL,
  S.OBJECTION_FILED,
];
const GRANTED: readonly ApplicationStatus[] = [S.APPROVED_PENDING_CERTIFICATE, S.CERTIFICATE_ISSUED];
const REFUSED: readonly ApplicationStatus[] = [S.NOT_APPROVED, S.OBJECTION_UPHELD];

function indStage(status: ApplicationStatus): ProgramStage | null {
  if (BEFORE_ACCEPTANCE.includes(status) || status === S.ACCEPTED || IN_REVIEW.includes(status)) return ProgramStage.IND_FILED;
  if (status === S.IMPLIED_APPROVAL || GRANTED.includes(status)) return ProgramStage.IND_CLEARED;
  return null;
}

function marketingStage(status: ApplicationStatus, decision: ApplicationDecision | null | undefined): ProgramStage | null {
  if (BEFORE_ACCEPTANCE.includes(status) || status === S.ACCEPTED) return ProgramStage.NDA_FILED;
  if (IN_REVIEW.includes(status)) return ProgramStage.NDA_UNDER_REVIEW;
  if (GRANTED.includes(status)) {
    return decision === ApplicationDecision.CONDITIONALLY_APPROVED ? ProgramStage.CONDITIONALLY_APPROVED : ProgramStage.APPROVED;
  }
  if (REFUSED.includes(status)) return ProgramStage.NOT_APPROVED;
  return null;
}

/**
 * The programme stage an application's status implies, or null when it implies none: a withdrawn, abandoned,
 * refused-at-acceptance or terminated application leaves the stage to the user, a refused IND does not mean
 * the programme stopped, and supplements / re-registrations (including supplement-based new indications)
 * are tracked through stage events rather than inferred.
 */
export function stageForApplicationStatus({
  type,
  status,
  decision,
}: {
  type: ApplicationType;
  status: ApplicationStatus;
  decision?: ApplicationDecision | null;
}): ProgramStage | null {
  if (type === ApplicationType.IND) return indStage(status);
  if (type === ApplicationType.NDA || type === ApplicationType.GENERIC) return marketingStage(status, decision);
  return null;
}
