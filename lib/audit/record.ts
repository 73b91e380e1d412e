// The audit trail's only writer. AuditEvent is append-only in the database (UPDATE, DELETE and TRUNCATE
// are refused by triggers), so every row written here is permanent: callers pass the transaction that
// makes the change, and the audit rows commit or roll back with it. No `server-only` import: the seed
// (run by tsx, outside Next) writes through it too.
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { AuditAction, DatePrecision } from "@/generated/prisma/enums";

/** How a change arrived; stored as text so new channels need no migration. */
export type AuditChannel = "seed" | "ui" | "api" | "import" | "bulk" | "capture";

export const AUDIT_CHANNELS: readonly AuditChannel[] = ["seed", "ui", "api", "import", "bulk", "capture"];

/**
 * A record of this database that holds a change's evidence, cited by kind and id (stored as
 * `evidenceKind` + `evidenceRef`). "capture": an official list capture (CDE, NMPA, NHSA). A URL a person
 * can open stays in `evidenceUrl`, beside it or alone.
 */
export type EvidenceRecord = { kind: "capture"; id: string | number };

/** A value that survives JSON round-trips unchanged (what `before` / `after` hold). */
export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

export type AuditChange = {
  entityType: string;
  entityId: string | number | bigint;
  action: AuditAction;
  /** The changed field for field-level rows; omitted for whole-record rows (CREATE/DELETE snapshots). */
  field?: string;
  before?: AuditJson;
  after?: AuditJson;
  /** The entity's version after the change, for versioned entities (lists "what changed since version N"). */
  version?: number;
};

export type AuditEntry = {
  /** `id` is set when a signed-in user acts; `label` is kept either way ("seed", "import", an email). */
  actor: { id?: number; label: string };
  channel: AuditChannel;
  reason: string;
  evidenceUrl?: string | null;
  evidenceRecord?: EvidenceRecord | null;
  /** When the change took effect in the world, at its precision (the recording time is `at`). */
  effective?: { date: Date; precision: DatePrecision } | null;
  changes: readonly AuditChange[];
};

export type FieldChange = { field: string; before: AuditJson; after: AuditJson };

/** A written audit row: its id (as text: a bigint) and the recording time the database gave it. */
export type WrittenAuditRow = { id: string; at: Date };

/**
 * Writes one AuditEvent row per change, all sharing one changeId, inside the caller's transaction, and
 * answers the rows' ids in the order of `changes`. An empty `changes` list writes nothing (an edit that
 * changed no field leaves no trace). Mutations write through lib/changes (commitChange), which also emits
 * the change to its listeners; only the seed calls this directly.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  entry: AuditEntry,
): Promise<{ changeId: string; count: number; rows: WrittenAuditRow[] }> {
  const changeId = randomUUID();
  const [rows = []] = await recordAudits(tx, [{ changeId, entry }]);
  return { changeId, count: rows.length, rows };
}

/** Rows per INSERT: 17 parameters a row stays well under PostgreSQL's 65,535 bind parameters. */
const ROWS_PER_INSERT = 2_000;

/**
 * Writes the audit rows of many changes (each its own changeId) in as few statements as the parameter
 * limit allows: a batch of a thousand changes (a capture applied) costs one round trip, not a thousand.
 * Answers each entry's rows, in the order of its `changes`.
 */
export async function recordAudits(
  tx: Prisma.TransactionClient,
  entries: readonly { changeId: string; entry: AuditEntry }[],
): Promise<WrittenAuditRow[][]> {
  const data = entries.flatMap(({ changeId, entry }) => auditRowsOf(changeId, entry));
  const written: { id: bigint; at: Date }[] = [];
  for (let start = 0; start < data.length; start += ROWS_PER_INSERT) {
    written.push(...(await tx.auditEvent.createManyAndReturn({ select: { id: true, at: true }, data: data.slice(start, start + ROWS_PER_INSERT) })));
  }
  // RETURNING lists the rows in the order of the VALUES list, so ids follow `changes`; sorted to be sure.
  const rows = written.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((row) => ({ id: row.id.toString(), at: row.at }));
  let next = 0;
  return entries.map(({ entry }) => rows.slice(next, (next += entry.changes.length)));
}

/** Every audit row names why and who: a change without them is a programming error, refused before any write. */
export function assertAuditEntry(entry: AuditEntry): void {
  if (!entry.reason.trim()) throw new Error("recordAudit: a reason is required");
  if (!entry.actor.label.trim()) throw new Error("recordAudit: an actor label is required");
}

function auditRowsOf(changeId: string, entry: AuditEntry): Prisma.AuditEventCreateManyInput[] {
  if (entry.changes.length === 0) return [];
  assertAuditEntry(entry);
  const reason = entry.reason.trim();
  const actorLabel = entry.actor.label.trim();
  return entry.changes.map((change) => ({
    changeId,
    actorId: entry.actor.id ?? null,
    actorLabel,
    channel: entry.channel,
    reason,
    evidenceUrl: entry.evidenceUrl ?? null,
    evidenceKind: entry.evidenceRecord?.kind ?? null,
    evidenceRef: entry.evidenceRecord ? String(entry.evidenceRecord.id) : null,
    effectiveDate: entry.effective?.date ?? null,
    effectivePrecision: entry.effective?.precision ?? null,
    entityVersion: change.version ?? null,
    entityType: change.entityType,
    entityId: String(change.entityId),
    action: change.action,
    field: change.field ?? null,
    before: toJsonInput(change.before),
    after: toJsonInput(change.after),
  }));
}

/**
 * Field-level changes between two versions of a record, JSON-safe (see `toAuditJson`).
 * Only `fields` are compared; a field counts as changed when its JSON-safe forms differ.
 */
export function diffForAudit<T extends object>(
  before: T,
  after: Partial<T>,
  fields: ReadonlyArray<keyof T & string>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const was = toAuditJson(before[field]);
    const now = toAuditJson(after[field]);
    if (JSON.stringify(was) !== JSON.stringify(now)) changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** A JSON-safe snapshot of the given fields of a record (for CREATE and DELETE rows). */
export function snapshotForAudit<T extends object>(record: T, fields: ReadonlyArray<keyof T & string>): AuditJson {
  const snapshot: { [key: string]: AuditJson } = {};
  for (const field of fields) snapshot[field] = toAuditJson(record[field]);
  return snapshot;
}

/**
 * Converts a value to its audit form: a Date at UTC midnight (a @db.Date column) becomes "YYYY-MM-DD",
 * any other Date its full ISO timestamp; Decimal and bigint become strings; undefined becomes null.
 */
export function toAuditJson(value: unknown): AuditJson {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (Prisma.Decimal.isDecimal(value)) return (value as Prisma.Decimal).toString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(toAuditJson);
  if (typeof value === "object") {
    const out: { [key: string]: AuditJson } = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = toAuditJson(inner);
    return out;
  }
  return String(value);
}

/** `undefined` leaves the column SQL NULL; an explicit null is stored as JSON null ("was empty"). */
function toJsonInput(value: AuditJson | undefined): Prisma.InputJsonValue | typeof Prisma.JsonNull | undefined {
  if (value === undefined) return undefined;
  if (value === null) return Prisma.JsonNull;
  return value as Prisma.InputJsonValue;
}
