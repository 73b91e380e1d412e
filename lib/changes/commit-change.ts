// The last step of every write: the change's audit rows, then its one ChangeEvent handed to the listeners,
// all inside the caller's transaction. Every channel's writes end here (forms, API, bulk, import, capture,
// user administration, saved views); only the seed writes audit rows without it (a fresh database's
// contents are not changes anyone watches).
import "server-only";
import type { AuditAction } from "@/generated/prisma/enums";
import { randomUUID } from "node:crypto";
import { assertAuditEntry, recordAudits, type AuditChange, type AuditEntry, type WrittenAuditRow } from "@/lib/audit/record";
import type { ChangeEvent, ChangeRow } from "@/lib/changes/change-event";
import { notifyChangeListeners } from "@/lib/changes/listeners";
import { collectAtCommit, type Tx } from "@/lib/changes/transaction";

export type CommitChangeInput = AuditEntry & {
  /** The candidate whose data changed; null for users, saved views and other non-candidate records. */
  candidateId: number | null;
  /** The record the change is about; its action defaults to the strongest action among its own rows. */
  subject: { entityType: string; entityId: string | number | bigint; version?: number | null; action?: AuditAction };
  summary: string;
};

export type CommittedChange = { changeId: string; event: ChangeEvent | null };

const ACTION_WEIGHT: Record<AuditAction, number> = { UPDATE: 0, TRANSITION: 1, CREATE: 2, DELETE: 3 };

function subjectAction(changes: readonly AuditChange[], entityType: string, entityId: string): AuditAction {
  let action: AuditAction = "UPDATE";
  for (const change of changes) {
    if (change.entityType !== entityType || String(change.entityId) !== entityId) continue;
    if (ACTION_WEIGHT[change.action] > ACTION_WEIGHT[action]) action = change.action;
  }
  return action;
}

/**
 * Writes the change's audit rows (one changeId) and emits its ChangeEvent to every listener, in `tx`.
 * A change with no rows (nothing differed) writes nothing and emits nothing.
 *
 * In a batch transaction (inOneTransaction) the rows of every change are written in one
 * statement just before the commit and the events emitted then, in the order the changes were made: the
 * change's `event` is then null, as its audit rows have no ids yet. Nothing in a batch reads its own audit
 * rows back (a 409 inside a batch lists what changed before the batch, not within it).
 */
export async function commitChange(tx: Tx, input: CommitChangeInput): Promise<CommittedChange> {
  const changeId = randomUUID();
  if (input.changes.length === 0) return { changeId, event: null };
  assertAuditEntry(input);
  // In a batch a savepoint rolled back (a refused capture proposal) takes its changes' audit rows and events with it.
  if (collectAtCommit("audit-and-listeners", { changeId, input }, (changes) => writeChanges(tx, changes).then(() => undefined))) {
    return { changeId, event: null };
  }
  const [event = null] = await writeChanges(tx, [{ changeId, input }]);
  return { changeId, event };
}

async function writeChanges(tx: Tx, changes: readonly { changeId: string; input: CommitChangeInput }[]): Promise<ChangeEvent[]> {
  const written = await recordAudits(tx, changes.map(({ changeId, input }) => ({ changeId, entry: input })));
  const events = changes.map(({ changeId, input }, index) => eventOf(changeId, input, written[index]!));
  for (const event of events) await notifyChangeListeners(tx, event);
  return events;
}

function eventOf(changeId: string, input: CommitChangeInput, rows: readonly WrittenAuditRow[]): ChangeEvent {
  const { candidateId, subject, summary, ...entry } = input;
  const entityId = String(subject.entityId);
  const changeRows: ChangeRow[] = entry.changes.map((change, index) => ({
    auditRowId: rows[index]!.id,
    entityType: change.entityType,
    entityId: String(change.entityId),
    action: change.action,
    field: change.field ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
    version: change.version ?? null,
  }));
  return {
    changeId,
    recordedAt: rows[0]!.at,
    candidateId,
    subject: {
      entityType: subject.entityType,
      entityId,
      version: subject.version ?? null,
      action: subject.action ?? subjectAction(entry.changes, subject.entityType, entityId),
    },
    channel: entry.channel,
    actor: { id: entry.actor.id ?? null, label: entry.actor.label.trim() },
    reason: entry.reason.trim(),
    evidence: { url: entry.evidenceUrl ?? null, record: entry.evidenceRecord ?? null },
    effective: entry.effective ?? null,
    summary,
    rows: changeRows,
  };
}
