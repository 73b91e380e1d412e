// The one audited write step. Each mutation states only what is its own (how to load the record, its rules,
// the records it writes beside it, its summary); the step does the rest in one transaction, in this order:
//   load → version check (409 with what changed) → rules (422 naming each rule) → checks that read the
//   database → diff → `UPDATE … WHERE id AND version` (409 if another writer won) → records written beside
//   → derived refresh → audit rows + the ChangeEvent to the listeners (commitChange) → the MutationResult.
import "server-only";
import type { AuditAction } from "@/generated/prisma/enums";
import type { AuditChange, EvidenceRecord, FieldChange } from "@/lib/audit/record";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import type { Actor, CreateArgs, MutationResult } from "@/lib/changes/actor";
import { auditDiff, auditSnapshot, type DatePairs } from "@/lib/changes/audit-view";
import { splitChange, type ChangeMeta } from "@/lib/changes/change-meta";
import { commitChange } from "@/lib/changes/commit-change";
import { refreshCandidateAfterChange } from "@/lib/changes/refresh";
import { assertLoadedVersion, assertUpdated } from "@/lib/changes/conflicts";
import { refusalError, throwIfRefused, type Refusal } from "@/lib/changes/refusals";
import { inTransaction, type Tx } from "@/lib/changes/transaction";

/** Who changes what, why and on what evidence: the part of a change every audit row repeats. */
export type ChangeContext = { actor: Actor; meta: ChangeMeta; evidenceRecord: EvidenceRecord | null };

/** Splits a mutation's argument into its own fields and the change's context. */
export function openChange<I extends Parameters<typeof splitChange>[0]>(args: CreateArgs<I>) {
  const { meta, fields } = splitChange(args.input);
  const context: ChangeContext = { actor: args.actor, meta, evidenceRecord: args.evidenceRecord ?? null };
  return { fields, context };
}

/** How a table is audited: its entity name, the columns the trail records, its [date, precision] pairs. */
export type AuditedTable = { entityType: string; auditFields: readonly string[]; datePairs: DatePairs };

/** A versioned table: audited, and written only at the version an edit was loaded at. */
export type VersionedTable<Row, Loaded extends { version: number; candidateId: number } = Row & { version: number; candidateId: number }> = AuditedTable & {
  /** Reads the record (with the candidate it belongs to) in the transaction; throws NOT_FOUND when it is gone. */
  load(tx: Tx, id: number): Promise<Loaded>;
  /**
   * `UPDATE … WHERE id = ? AND version = ?`, bumping the version; answers how many rows it wrote (0 or 1).
   * A method, so a table of a model is also a table of plain columns (what an import writes).
   */
  updateAtVersion(tx: Tx, id: number, version: number, data: Partial<Row>): Promise<number>;
  readVersion: (tx: Tx, id: number) => Promise<{ version: number } | null>;
  /** Reads many records in a few statements (see primeLoads); the ids not found are left out. */
  loadMany?: (tx: Tx, ids: readonly number[]) => Promise<Map<number, Loaded>>;
};

/** Records read ahead for a batch, per transaction and table, each handed out once (see primeLoads). */
const primedLoads = new WeakMap<Tx, Map<object, Map<number, unknown>>>();

/**
 * Reads ahead, in one go, the records a batch is about to change (a capture's thousand status changes), so
 * each change skips its own read. Each primed record serves the first change of it only: a second change
 * of the same record in the batch reads it again, after the first. A primed record is read without a lock,
 * as `load` is: the versioned UPDATE still refuses it if another writer changed it meanwhile.
 */
export async function primeLoads<Row, Loaded extends { version: number; candidateId: number }>(tx: Tx, table: VersionedTable<Row, Loaded>, ids: readonly number[]): Promise<void> {
  if (!table.loadMany || ids.length === 0) return;
  const loaded = await table.loadMany(tx, [...new Set(ids)]);
  const byTable = primedLoads.get(tx) ?? new Map<object, Map<number, unknown>>();
  primedLoads.set(tx, byTable);
  byTable.set(table, loaded);
}

function takePrimed<Loaded>(tx: Tx, table: object, id: number): Loaded | undefined {
  const primed = primedLoads.get(tx)?.get(table);
  const record = primed?.get(id) as Loaded | undefined;
  primed?.delete(id);
  return record;
}

/**
 * What the change refreshes: the candidate's derived columns (search text, lead stage, deadlines, last
 * regulatory change), only its last regulatory change, nothing, or what the function decides.
 */
export type Refresh<Current, Extra> = "derived" | "lastChange" | "none" | ((tx: Tx, current: Current, extra: Extra) => Promise<void>);

export type VersionedUpdate<Row, Current, Extra> = {
  id: number;
  expectedVersion: number;
  context: ChangeContext;
  /** The rules over the loaded record: the columns to write, or the rules the change breaks. */
  plan: (current: Current) => { data: Partial<Row>; refusals?: readonly Refusal[]; warnings?: string[] };
  /** Checks that read the database (a company exists, an acceptance number is free), once the rules hold. */
  verify?: (tx: Tx, current: Current, data: Partial<Row>) => Promise<void>;
  /** Field edits refuse a change that differs in nothing (NO_CHANGES); a state change always writes. */
  requireChanges?: boolean;
  /** The field whose change is audited as a TRANSITION (status, state); others are UPDATE rows. */
  transitionField?: string;
  /** Records the change writes beside its row (a status history row, an implied stage event) and their audit. */
  alongside?: (tx: Tx, current: Current, data: Partial<Row>) => Promise<{ changes: AuditChange[]; extra: Extra }>;
  refresh: Refresh<Current, Extra>;
  summary: (current: Current, diff: readonly FieldChange[], extra: Extra) => string;
};

async function runRefresh<Current, Extra>(tx: Tx, refresh: Refresh<Current, Extra>, candidateId: number, current: Current, extra: Extra) {
  if (refresh === "derived" || refresh === "lastChange") await refreshCandidateAfterChange(tx, candidateId, refresh);
  else if (refresh !== "none") await refresh(tx, current, extra);
}

function commitMutation(tx: Tx, context: ChangeContext, candidateId: number, subject: { entityType: string; entityId: number; version: number }, summary: string, changes: AuditChange[]) {
  const { actor, meta, evidenceRecord } = context;
  return commitChange(tx, {
    actor,
    channel: actor.channel,
    reason: meta.reason,
    evidenceUrl: meta.evidenceUrl,
    evidenceRecord,
    effective: meta.effective,
    candidateId,
    subject,
    summary,
    changes,
  });
}

/** Edits a versioned record: see the module header for the steps. */
export function updateVersioned<Row, Current extends { version: number; candidateId: number }, Extra = undefined>(
  table: VersionedTable<Row, Current>,
  spec: VersionedUpdate<Row, Current, Extra>,
): Promise<MutationResult> {
  const { id, expectedVersion } = spec;
  const target = { entityType: table.entityType, entityId: id, expectedVersion };
  return inTransaction(async (tx) => {
    const current = takePrimed<Current>(tx, table, id) ?? (await table.load(tx, id));
    await assertLoadedVersion(tx, { ...target, currentVersion: current.version });
    const plan = spec.plan(current);
    throwIfRefused(plan.refusals ?? []);
    await spec.verify?.(tx, current, plan.data);
    const diff = auditDiff(current as Record<string, unknown>, plan.data as Record<string, unknown>, table.auditFields, table.datePairs);
    if (spec.requireChanges && diff.length === 0) {
      throw refusalError([{ rule: "NO_CHANGES", message: "Nothing to save: no field differs from the current record." }]);
    }
    const count = await table.updateAtVersion(tx, id, expectedVersion, plan.data);
    await assertUpdated(tx, count, target, () => table.readVersion(tx, id));
    const version = expectedVersion + 1;
    const beside = spec.alongside ? await spec.alongside(tx, current, plan.data) : { changes: [], extra: undefined as Extra };
    await runRefresh(tx, spec.refresh, current.candidateId, current, beside.extra);
    const summary = spec.summary(current, diff, beside.extra);
    const changes: AuditChange[] = diff.map((change) => ({
      entityType: table.entityType,
      entityId: id,
      action: (change.field === spec.transitionField ? "TRANSITION" : "UPDATE") satisfies AuditAction,
      version,
      ...change,
    }));
    const { changeId } = await commitMutation(tx, spec.context, current.candidateId, { entityType: table.entityType, entityId: id, version }, summary, [...changes, ...beside.changes]);
    return { entityType: table.entityType, id, version, candidateId: current.candidateId, changeId, summary, warnings: plan.warnings ?? [] };
  });
}

export type AuditedCreate<Record extends { id: number }> = {
  table: AuditedTable;
  context: ChangeContext;
  /** Checks the rules and inserts the record (and any history row it starts with); answers it and its candidate. */
  create: (tx: Tx) => Promise<{ record: Record; candidateId: number }>;
  refresh: "derived" | "lastChange" | "none";
  /** May read the database, after the refresh (the stage a programme ends up at). */
  summary: (tx: Tx, record: Record) => string | Promise<string>;
};

/** Creates a record at version 1 with its CREATE audit row (a snapshot of its audited fields). */
export function createAudited<Record extends { id: number }>(spec: AuditedCreate<Record>): Promise<MutationResult> {
  const { table } = spec;
  return inTransaction(async (tx) => {
    const { record, candidateId } = await spec.create(tx);
    // "derived" refreshes now, even in a batch: the summary may read what it derives (the stage a programme
    // ends up at). The last regulatory change is read by nothing here, so a batch may do it at the commit.
    if (spec.refresh === "derived") await refreshCandidateDerived(tx, candidateId);
    else if (spec.refresh === "lastChange") await refreshCandidateAfterChange(tx, candidateId, "lastChange");
    const summary = await spec.summary(tx, record);
    const snapshot = auditSnapshot(record, table.auditFields, table.datePairs);
    const { changeId } = await commitMutation(tx, spec.context, candidateId, { entityType: table.entityType, entityId: record.id, version: 1 }, summary, [
      { entityType: table.entityType, entityId: record.id, action: "CREATE", version: 1, after: snapshot },
    ]);
    return { entityType: table.entityType, id: record.id, version: 1, candidateId, changeId, summary, warnings: [] };
  });
}
