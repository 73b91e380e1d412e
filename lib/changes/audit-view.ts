// The audited form of a record: each date is written together with its precision as one partial-date text
// ("2024-06" for a month-level fact), so an audit row never shows an invented day and a change of precision
// alone is still visible. Other values go through toAuditJson.
import type { DatePrecision } from "@/generated/prisma/enums";
import { diffForAudit, snapshotForAudit, type AuditJson, type FieldChange } from "@/lib/audit/record";
import { formatPartialDate } from "@/lib/domain/partial-date";

/** [date column, precision column] pairs of a model. */
export type DatePairs = ReadonlyArray<readonly [dateField: string, precisionField: string]>;

export function toAuditView(record: Record<string, unknown>, pairs: DatePairs): Record<string, unknown> {
  const view: Record<string, unknown> = { ...record };
  for (const [dateField, precisionField] of pairs) {
    const date = record[dateField];
    const precision = (record[precisionField] as DatePrecision | null | undefined) ?? "DAY";
    view[dateField] = date instanceof Date ? formatPartialDate(date, precision) : (date ?? null);
    delete view[precisionField];
  }
  return view;
}

/** Field-level changes between two states of a record, dates merged with their precisions. */
export function auditDiff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly string[],
  pairs: DatePairs,
): FieldChange[] {
  const precisionFields = new Set(pairs.map(([, precision]) => precision));
  const audited = fields.filter((field) => !precisionFields.has(field));
  return diffForAudit(toAuditView(before, pairs), toAuditView({ ...before, ...after }, pairs), audited);
}

/** A whole-record snapshot for a CREATE row. */
export function auditSnapshot(record: Record<string, unknown>, fields: readonly string[], pairs: DatePairs): AuditJson {
  const precisionFields = new Set(pairs.map(([, precision]) => precision));
  return snapshotForAudit(toAuditView(record, pairs), fields.filter((field) => !precisionFields.has(field)));
}

/** Columns for a partial-date input: both set, both cleared (null), or untouched (undefined). */
export function dateColumns<D extends string, P extends string>(
  dateField: D,
  precisionField: P,
  value: { date: Date; precision: DatePrecision } | null | undefined,
): Partial<Record<D, Date | null> & Record<P, DatePrecision | null>> {
  if (value === undefined) return {};
  return { [dateField]: value?.date ?? null, [precisionField]: value?.precision ?? null } as Partial<
    Record<D, Date | null> & Record<P, DatePrecision | null>
  >;
}
