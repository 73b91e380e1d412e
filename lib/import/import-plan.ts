// The outcome of reading an import file against the database: one entry per row (create / update /
// unchanged / error, with reasons), what would be written, and a token that fingerprints all of it so the
// apply step can tell whether anything changed since the preview.
import { createHash } from "node:crypto";
import type { Columns, FieldSpec } from "@/lib/import/field-specs";

export type RowOutcome = "create" | "update" | "unchanged" | "error";

/** `values`: what the rule's sentence names (a refused transition's states), for the reader's language. */
/** `text` and `lang`: the issue in the requester's language, added by the API (lib/i18n/refusal-messages.ts withIssueTexts). */
export type RowIssue = { rule: string; message: string; column?: string; values?: Record<string, string | number>; text?: string; lang?: "en" };

export type FieldChange = { column: string; before: string; after: string };

export type RowPlan = {
  row: number;
  /** The row's key in words, e.g. "programme 12, Breakthrough therapy". */
  key: string;
  outcome: RowOutcome;
  recordId: number | null;
  /** The record's version when planned; apply writes only if it still holds. */
  version: number | null;
  changes: FieldChange[];
  errors: RowIssue[];
  warnings: RowIssue[];
};

/** What apply writes for a row: the record's columns that change (update) or its full columns (create). */
export type RowWrite = { kind: "create"; data: Columns } | { kind: "update"; id: number; version: number; before: Columns; data: Columns };

export type PlannedRow = RowPlan & { write: RowWrite | null };

export type ImportPlan = {
  rows: RowPlan[];
  counts: Record<RowOutcome, number>;
  token: string;
};

/** A row's plan builder: an error row with nothing to write unless told otherwise. */
export function rowPlanner(row: number, key: string) {
  return (fields: Partial<PlannedRow>): PlannedRow => ({
    row,
    key,
    outcome: "error",
    recordId: null,
    version: null,
    changes: [],
    errors: [],
    warnings: [],
    write: null,
    ...fields,
  });
}

/** The write of a row whose rules hold: a create with the new record's columns, or an update at its version. */
export function plannedWrite(
  existing: ({ id: number; version: number } & Columns) | undefined,
  created: Columns,
  data: Columns,
): Pick<PlannedRow, "outcome" | "write"> {
  if (!existing) return { outcome: "create", write: { kind: "create", data: created } };
  return { outcome: "update", write: { kind: "update", id: existing.id, version: existing.version, before: existing, data } };
}

export function summarizePlan(rows: readonly PlannedRow[]): ImportPlan {
  const counts: Record<RowOutcome, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  const publicRows = rows.map(({ write: _write, ...row }) => row);
  const fingerprint = publicRows.map((row) => [row.row, row.outcome, row.recordId, row.version, row.changes, row.errors]);
  const token = createHash("sha256").update(JSON.stringify(fingerprint)).digest("hex");
  return { rows: publicRows, counts, token };
}

/**
 * Reads the row's cells for the given field specs and lays them over `before`: returns the record after the
 * import, the columns that change, the changes in words, and the cell errors (column named).
 */
export function applyCells(
  cells: Partial<Record<string, string>>,
  specs: readonly FieldSpec[],
  before: Columns,
  headerOf: (key: string) => string,
): { after: Columns; data: Columns; changes: FieldChange[]; errors: RowIssue[] } {
  const after: Columns = { ...before };
  const data: Columns = {};
  const changes: FieldChange[] = [];
  const errors: RowIssue[] = [];
  for (const spec of specs) {
    const text = cells[spec.key];
    if (text === undefined) continue; // column not in the file: the field is left as it is
    const result = spec.read(text);
    if (!result.ok) {
      errors.push({ rule: "INVALID_VALUE", column: headerOf(spec.key), message: `${headerOf(spec.key)}: ${result.message}` });
      continue;
    }
    const candidate = { ...after, ...result.value };
    const was = spec.show(after);
    const now = spec.show(candidate);
    if (was === now) continue;
    Object.assign(after, result.value);
    Object.assign(data, result.value);
    changes.push({ column: headerOf(spec.key), before: was, after: now });
  }
  return { after, data, changes, errors };
}
