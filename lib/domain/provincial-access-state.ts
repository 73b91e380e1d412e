// The steps by which a nationally listed drug becomes obtainable in one province, as a transition table.
// The reference (/work/shared/domain/reference.md) has no source for provincial procedure, so this table is
// the tool's working rule, kept as data to be corrected when a source says otherwise (UNVERIFIED):
//   - 挂网 (put on the province's procurement platform at the negotiated price) is the usual first step;
//     a province may name the drug in its dual-channel (双通道) list or restrict it at the same time;
//   - a listed drug can move between plain listing, dual channel and restricted use, or be withdrawn;
//   - a withdrawn drug can be listed again; nothing returns to "not started".
import { ProvincialAccessState } from "@/generated/prisma/enums";
import type { TransitionCheck } from "@/lib/domain/rule-result";
import { labelOf } from "@/lib/domain/vocabulary";

const { PLATFORM_LISTED, DUAL_CHANNEL, RESTRICTED, WITHDRAWN } = ProvincialAccessState;

export const PROVINCIAL_ACCESS_TRANSITIONS: { readonly [S in ProvincialAccessState]: readonly ProvincialAccessState[] } = {
  NOT_STARTED: [PLATFORM_LISTED, DUAL_CHANNEL, RESTRICTED],
  PLATFORM_LISTED: [DUAL_CHANNEL, RESTRICTED, WITHDRAWN],
  DUAL_CHANNEL: [PLATFORM_LISTED, RESTRICTED, WITHDRAWN],
  RESTRICTED: [PLATFORM_LISTED, DUAL_CHANNEL, WITHDRAWN],
  WITHDRAWN: [PLATFORM_LISTED, DUAL_CHANNEL],
};

/** States in which the drug can be bought in the province: what "listed in N of 31 provinces" counts. */
export const LISTED_PROVINCIAL_STATES: readonly ProvincialAccessState[] = [PLATFORM_LISTED, DUAL_CHANNEL, RESTRICTED];

/** Each state's own date column, written with the change's effective date (besides `stateDate`). */
export const PROVINCIAL_STATE_DATE_COLUMN: { readonly [S in ProvincialAccessState]: "listedDate" | "dualChannelDate" | "withdrawnDate" | null } = {
  NOT_STARTED: null,
  PLATFORM_LISTED: "listedDate",
  DUAL_CHANNEL: "dualChannelDate",
  RESTRICTED: null,
  WITHDRAWN: "withdrawnDate",
};

export function isListedProvincialState(state: ProvincialAccessState): boolean {
  return LISTED_PROVINCIAL_STATES.includes(state);
}

export function allowedNextProvincialStates(from: ProvincialAccessState): readonly ProvincialAccessState[] {
  return PROVINCIAL_ACCESS_TRANSITIONS[from];
}

export function canTransitionProvincial(from: ProvincialAccessState, to: ProvincialAccessState): boolean {
  return PROVINCIAL_ACCESS_TRANSITIONS[from].includes(to);
}

export type ProvincialTransitionRule = "TRANSITION_NOT_ALLOWED";

export function checkProvincialTransition(from: ProvincialAccessState, to: ProvincialAccessState): TransitionCheck<ProvincialTransitionRule> {
  if (canTransitionProvincial(from, to)) return { ok: true };
  const allowed = PROVINCIAL_ACCESS_TRANSITIONS[from].map((state) => labelOf("ProvincialAccessState", state)).join(", ");
  return {
    ok: false,
    rule: "TRANSITION_NOT_ALLOWED",
    message: `Provincial access cannot go from "${labelOf("ProvincialAccessState", from)}" to "${labelOf("ProvincialAccessState", to)}". Allowed next: ${allowed}.`,
    values: { vocabulary: "ProvincialAccessState", from, to, allowed: PROVINCIAL_ACCESS_TRANSITIONS[from].join(",") },
  };
}
