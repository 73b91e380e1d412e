// State machines of the expedited programmes (reference §2.5, §6.2): each DesignationType has its own table,
// because a conditional approval never goes through publicity and a breakthrough designation is never revoked.
import { DesignationState, DesignationType } from "@/generated/prisma/enums";
import type { TransitionCheck } from "@/lib/domain/rule-result";
import { labelOf } from "@/lib/domain/vocabulary";

const {
  REQUESTED,
  UNDER_ASSESSMENT,
  PUBLICIZED,
  OBJECTION_RAISED,
  GRANTED,
  REJECTED,
  WITHDRAWN,
  TERMINATED,
  CONSUMED,
  CONDITIONALLY_APPROVED,
  CONVERTED_TO_FULL,
  EXTENDED,
  REVOKED,
} = DesignationState;

type TransitionTable = { readonly [S in DesignationState]?: readonly DesignationState[] };

/**
 * BTD (DRR Arts. 59-62) and priority review (Arts. 68-71): CDE assessment, 公示, inclusion. WITHDRAWN covers a
 * request withdrawn before inclusion; once granted, the sponsor ends the designation by asking for
 * termination (Art. 62), which is TERMINATED. CONSUMED = ended naturally when the NDA was approved.
 */
const PUBLICIZED_PROGRAMME: TransitionTable = {
  NOT_APPLIED: [REQUESTED],
  REQUESTED: [UNDER_ASSESSMENT, WITHDRAWN],
  UNDER_ASSESSMENT: [PUBLICIZED, REJECTED, WITHDRAWN],
  PUBLICIZED: [GRANTED, OBJECTION_RAISED, WITHDRAWN],
  OBJECTION_RAISED: [GRANTED, REJECTED, WITHDRAWN],
  GRANTED: [TERMINATED, CONSUMED],
  REJECTED: [],
  WITHDRAWN: [],
  TERMINATED: [],
  CONSUMED: [],
};

/** Conditional approval (Arts. 63-66): REQUESTED = conditional route agreed at the pre-NDA meeting. */
const CONDITIONAL_APPROVAL: TransitionTable = {
  NOT_APPLIED: [REQUESTED],
  REQUESTED: [CONDITIONALLY_APPROVED, REJECTED, WITHDRAWN],
  CONDITIONALLY_APPROVED: [CONVERTED_TO_FULL, EXTENDED, REVOKED],
  EXTENDED: [CONVERTED_TO_FULL, REVOKED],
  CONVERTED_TO_FULL: [],
  REVOKED: [],
  REJECTED: [],
  WITHDRAWN: [],
};

/**
 * Special approval (特别审批, Arts. 72-75; public-health emergencies). Modelled for completeness: no metabolic
 * programme uses it. NMPA decides to apply it (no publicity); it ends with the approval (CONSUMED) or the
 * emergency (TERMINATED).
 */
const SPECIAL_APPROVAL: TransitionTable = {
  NOT_APPLIED: [REQUESTED],
  REQUESTED: [GRANTED, REJECTED, WITHDRAWN],
  GRANTED: [CONSUMED, TERMINATED],
  REJECTED: [],
  WITHDRAWN: [],
  CONSUMED: [],
  TERMINATED: [],
};

/**
 * 30-WD fast IND channel, per NMPA Announcement [2025] No. 86: GRANTED = taken into the channel, CONSUMED = IND
 * cleared within it, TERMINATED = moved to the 60-day track because the issues were complex.
 */
const IND_FAST_CHANNEL: TransitionTable = {
  NOT_APPLIED: [REQUESTED],
  REQUESTED: [GRANTED, REJECTED, WITHDRAWN],
  GRANTED: [CONSUMED, TERMINATED],
  REJECTED: [],
  WITHDRAWN: [],
  CONSUMED: [],
  TERMINATED: [],
};

export const DESIGNATION_TRANSITIONS: { readonly [T in DesignationType]: TransitionTable } = {
  BREAKTHROUGH_THERAPY: PUBLICIZED_PROGRAMME,
  PRIORITY_REVIEW: PUBLICIZED_PROGRAMME,
  CONDITIONAL_APPROVAL,
  SPECIAL_APPROVAL,
  IND_FAST_CHANNEL,
};

/** States a designation of this type can be in, in DesignationState order. */
export function designationStatesFor(type: DesignationType): readonly DesignationState[] {
  const table = DESIGNATION_TRANSITIONS[type];
  return Object.values(DesignationState).filter((state) => table[state] !== undefined);
}

export function isDesignationStateApplicable(type: DesignationType, state: DesignationState): boolean {
  return DESIGNATION_TRANSITIONS[type][state] !== undefined;
}

export function allowedNextDesignationStates(type: DesignationType, from: DesignationState): readonly DesignationState[] {
  return DESIGNATION_TRANSITIONS[type][from] ?? [];
}

export function canTransitionDesignation(type: DesignationType, from: DesignationState, to: DesignationState): boolean {
  return allowedNextDesignationStates(type, from).includes(to);
}

export function isTerminalDesignationState(type: DesignationType, state: DesignationState): boolean {
  const next = DESIGNATION_TRANSITIONS[type][state];
  return next !== undefined && next.length === 0;
}

export type DesignationTransitionRule = "STATE_NOT_APPLICABLE" | "TERMINAL_STATE" | "TRANSITION_NOT_ALLOWED";

export function checkDesignationTransition({
  type,
  from,
  to,
}: {
  type: DesignationType;
  from: DesignationState;
  to: DesignationState;
}): TransitionCheck<DesignationTransitionRule> {
  const typeLabel = labelOf("DesignationType", type);
  for (const state of [from, to]) {
    if (!isDesignationStateApplicable(type, state)) {
      return {
        ok: false,
        rule: "STATE_NOT_APPLICABLE",
        message: `"${labelOf("DesignationState", state)}" is not a state of a ${typeLabel} designation.`,
      };
    }
  }
  const fromLabel = labelOf("DesignationState", from);
  if (isTerminalDesignationState(type, from)) {
    return {
      ok: false,
      rule: "TERMINAL_STATE",
      message: `A ${typeLabel} designation that is "${fromLabel}" can no longer change.`,
      values: { vocabulary: "DesignationState", from, to, allowed: "" },
    };
  }
  if (!canTransitionDesignation(type, from, to)) {
    const allowed = allowedNextDesignationStates(type, from)
      .map((state) => labelOf("DesignationState", state))
      .join(", ");
    return {
      ok: false,
      rule: "TRANSITION_NOT_ALLOWED",
      message: `A ${typeLabel} designation cannot go from "${fromLabel}" to "${labelOf("DesignationState", to)}". Allowed next: ${allowed}.`,
      values: { vocabulary: "DesignationState", from, to, allowed: allowedNextDesignationStates(type, from).join(",") },
    };
  }
  return { ok: true };
}

/** Designation fields a state needs filled in (dates plus the termination reason). */
export type DesignationRequiredField =
  | "publicityStartDate"
  | "grantedDate"
  | "terminatedDate"
  | "terminationReason"
  | "obligationDeadline";

/**
 * What each state requires, whatever the type. Requests and rejections often reach the public lists without
 * a date, so they require none; the publicity end is derived (see designation-rules) rather than required.
 */
export const DESIGNATION_STATE_REQUIRED_FIELDS: { readonly [S in DesignationState]: readonly DesignationRequiredField[] } = {
  NOT_APPLIED: [],
  REQUESTED: [],
  UNDER_ASSESSMENT: [],
  PUBLICIZED: ["publicityStartDate"],
  OBJECTION_RAISED: ["publicityStartDate"],
  GRANTED: ["grantedDate"],
  REJECTED: [],
  WITHDRAWN: [],
  TERMINATED: ["terminatedDate", "terminationReason"],
  CONSUMED: ["grantedDate"],
  CONDITIONALLY_APPROVED: ["grantedDate"],
  CONVERTED_TO_FULL: ["grantedDate"],
  EXTENDED: ["grantedDate", "obligationDeadline"],
  REVOKED: ["terminatedDate", "terminationReason"],
};

/** Required fields of the state that are empty on the record (null, undefined or blank text). */
export function missingDesignationFields(
  state: DesignationState,
  record: { readonly [F in DesignationRequiredField]?: Date | string | null },
): DesignationRequiredField[] {
  return DESIGNATION_STATE_REQUIRED_FIELDS[state].filter((field) => {
    const value = record[field];
    return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  });
}
