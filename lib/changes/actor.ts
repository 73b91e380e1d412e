// Who made a change and through which door: written on every audit row.
import type { AuditChannel, EvidenceRecord } from "@/lib/audit/record";
import type { AuthUser } from "@/lib/auth/roles";

export type Actor = { id: number; label: string; channel: AuditChannel };

export function actorFor(user: AuthUser, channel: AuditChannel): Actor {
  return { id: user.id, label: user.email, channel };
}

/**
 * The argument every mutation takes: who, what, and (for edits) the version the record was loaded at.
 * `evidenceRecord` is set by a channel, never read from user input: the capture channel cites the capture
 * the change comes from, and every audit row of the change carries it.
 */
export type CreateArgs<Input> = { actor: Actor; input: Input; evidenceRecord?: EvidenceRecord | null };
export type MutationArgs<Input> = CreateArgs<Input> & { expectedVersion: number };

/** What every mutation answers: the record, its new version, the audit change id and a one-line summary. */
export type MutationResult = {
  entityType: string;
  id: number;
  version: number;
  candidateId: number;
  changeId: string;
  summary: string;
  /** Rules resting on UNVERIFIED facts that the change broke; they do not block it. */
  warnings: string[];
};

/** Splits the version an edit was loaded at from the edit itself. */
export function withoutVersion<T extends { expectedVersion: number }>(input: T): { expectedVersion: number; input: Omit<T, "expectedVersion"> } {
  const { expectedVersion, ...rest } = input;
  return { expectedVersion, input: rest };
}
