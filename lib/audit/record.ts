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

/**
 * Writes the audit rows of many changes (each its own changeId) in one statement: a batch of a thousand
 * changes (a capture applied) costs one round trip, not a thousand. The rows travel as one array per column
 * (unnest), so the statement is the same whatever the batch's size: Prisma's createMany would compile a new
 * plan with a parameter per cell for every batch, which for 3,000 rows took longer than the insert and held
 * tens of MB. Answers each entry's rows, in the order of its `changes`.
 */
export async function recordAudits(
  tx: Prisma.TransactionClient,
  entries: readonly { changeId: string; entry: AuditEntry }[],
): Promise<WrittenAuditRow[][]> {
  const data = entries.flatMap(({ changeId, entry }) => auditRowsOf(changeId, entry));
  if (data.length === 0) return entries.map(() => []);
  const column = <K extends keyof AuditRow>(key: K) => data.map((row) => row[key]);
  const written = await tx.$queryRaw<{ id: bigint; at: Date }[]>`
    INSERT INTO "AuditEvent" ("changeId", "actorId", "actorLabel", channel, reason, "evidenceUrl", "evidenceKind", "evidenceRef",
                              "effectiveDate", "effectivePrecision", "entityVersion", "entityType", "entityId", action, field, before, after)
    SELECT "changeId", "actorId", "actorLabel", channel, reason, "evidenceUrl", "evidenceKind", "evidenceRef",
           "effectiveDate", CAST("effectivePrecision" AS "DatePrecision"), "entityVersion", "entityType", "entityId", CAST(action AS "AuditAction"), field, before, after
    FROM unnest(
      ${column("changeId")}::text[], ${column("actorId")}::int[], ${column("actorLabel")}::text[], ${column("channel")}::text[], ${column("reason")}::text[],
      ${column("evidenceUrl")}::text[], ${column("evidenceKind")}::text[], ${column("evidenceRef")}::text[], ${column("effectiveDate")}::date[],
      ${column("effectivePrecision")}::text[], ${column("entityVersion")}::int[], ${column("entityType")}::text[], ${column("entityId")}::text[],
      ${column("action")}::text[], ${column("field")}::text[], ${column("before")}::jsonb[], ${column("after")}::jsonb[]
    ) WITH ORDINALITY AS row("changeId", "actorId", "actorLabel", channel, reason, "evidenceUrl", "evidenceKind", "evidenceRef", "effectiveDate",
                            "effectivePrecision", "entityVersion", "entityType", "entityId", action, field, before, after, position)
    ORDER BY position
    RETURNING id, at`;
  // Ids are drawn in the order the SELECT yields the rows (by position), so they follow `changes`; sorted to be sure.
  const rows = written.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((row) => ({ id: row.id.toString(), at: row.at }));
  let next = 0;
  return entries.map(({ entry }) => rows.slice(next, (next += entry.changes.length)));
}

/** Every audit row names why and who: a change without them is a programming error, refused before any write. */
export function assertAuditEntry(entry: AuditEntry): void {
  if (!entry.reason.trim()) throw new Error("recordAudit: a reason is required");
  if (!entry.actor.label.trim()) throw new Error("recordAudit: an actor label is required");
}

/** One audit row as the INSERT's column arrays take it: dates as day keys, JSON as text (null: SQL NULL). */
type AuditRow = {
  changeId: string;
  actorId: number | null;
  actorLabel: string;
  channel: string;
  reason: string;
  evidenceUrl: string | null;
  evidenceKind: string | null;
  evidenceRef: string | null;
  effectiveDate: string | null;
  effectivePrecision: DatePrecision | null;
  entityVersion: number | null;
  entityType: string;
  entityId: string;
  action: AuditAction;
  field: string | null;
  before: string | null;
  after: string | null;
};

function auditRowsOf(changeId: string, entry: AuditEntry): AuditRow[] {
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
    effectiveDate: entry.effective ? entry.effective.date.toISOString().slice(0, 10) : null,
    effectivePrecision: entry.effective?.precision ?? null,
    entityVersion: change.version ?? null,
    entityType: change.entityType,
    entityId: String(change.entityId),
    action: change.action,
    field: change.field ?? null,
    before: toJsonText(change.before),
    after: toJsonText(change.after),
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
function toJsonText(value: AuditJson | undefined): string | null {
  return value === undefined ? null : JSON.stringify(value);
}
