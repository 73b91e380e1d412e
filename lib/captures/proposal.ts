// The proposals a capture's rows make, before they are stored: what each would change, validated already.
import type { CaptureOutcome, CaptureProposalStatus } from "@/generated/prisma/enums";
import type { AuditJson } from "@/lib/audit/record";
import type { ProposalMessage, SuggestionWhy } from "@/lib/captures/proposal-messages";
import type { Step } from "@/lib/captures/steps";

export type Suggestion = { candidateId: number; name: string; why: SuggestionWhy };
/** A suggestion read back: `why` a code, or the sentence of a proposal stored before the codes. */
export type StoredSuggestion = Omit<Suggestion, "why"> & { why: SuggestionWhy | string };

export type ProposalDraft = {
  line: number;
  outcome: CaptureOutcome;
  status: CaptureProposalStatus;
  rule?: string | null;
  /** What the proposal says, as a code with its values (lib/captures/proposal-messages.ts). */
  message: ProposalMessage;
  candidateId?: number | null;
  candidateName?: string | null;
  acceptanceNumber?: string | null;
  entityType?: string | null;
  entityId?: number | null;
  entityVersion?: number | null;
  before?: Record<string, AuditJson> | null;
  after?: Record<string, AuditJson> | null;
  steps?: Step[] | null;
  cells: Record<string, string>;
  suggestions?: Suggestion[] | null;
};

/** Proposals nobody has decided yet: they can be rejected, re-diffed, and their name match confirmed. */
export const UNDECIDED_STATUSES = ["PROPOSED", "REFUSED", "INFORMATION"] as const satisfies readonly CaptureProposalStatus[];

export function isUndecided(status: string): boolean {
  return (UNDECIDED_STATUSES as readonly string[]).includes(status);
}

export const CAPTURE_OUTCOMES: readonly CaptureOutcome[] = [
  "NEW_APPLICATION",
  "STATUS_CHANGE",
  "DESIGNATION_PUBLICITY",
  "DESIGNATION_GRANTED",
  "APPROVAL_RECORDED",
  "LISTING_ADDED",
  "LISTING_CHANGED",
  "NEW_CANDIDATE",
  "UNCHANGED",
  "CONFLICT",
];

/** Outcome counts as the API answers them, with the refused ones counted apart ("refused"). */
export function countOutcomes(proposals: readonly { outcome: CaptureOutcome; status: CaptureProposalStatus }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const proposal of proposals) {
    const key = proposal.status === "REFUSED" ? "REFUSED" : proposal.outcome;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
