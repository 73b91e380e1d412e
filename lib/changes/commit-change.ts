// The last step of every write: the change's audit rows, then its one ChangeEvent handed to the listeners,
// all inside the caller's transaction. Every channel's writes end here (forms, API, bulk, import, capture,
// user administration, saved views); only the seed writes audit rows without it (a fresh database's
// contents are not changes anyone watches).
import "server-only";
import type { AuditAction } from "@/generated/prisma/enums";
import { recordAudit, type AuditChange, type AuditEntry } from "@/lib/audit/record";
import type { ChangeEvent, ChangeRow } from "@/lib/changes/change-event";
import { notifyChangeListeners } from "@/lib/changes/listeners";
import type { Tx } from "@/lib/changes/transaction";

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
 */
export async function commitChange(tx: Tx, input: CommitChangeInput): Promise<CommittedChange> {
  const { candidateId, subject, summary, ...entry } = input;
  const { changeId, rows } = await recordAudit(tx, entry);
  if (rows.length === 0) return { changeId, event: null };
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
  const event: ChangeEvent = {
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
  await notifyChangeListeners(tx, event);
  return { changeId, event };
}
