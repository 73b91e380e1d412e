// Importing designations (the designations export, edited): rows are keyed by designation id, or by
// programme + type for a designation the file creates. Each changed row is checked with the same rules as the
// form: the type's state machine, the fields a state requires, the publicity and date-order rules, and the
// acceptance number's format and programme.
import type { Prisma } from "@/generated/prisma/client";
import { DesignationState, DesignationType } from "@/generated/prisma/enums";
import { parseAcceptanceNumber } from "@/lib/domain/acceptance-number";
import { validateDesignationDates, type DesignationDateField } from "@/lib/domain/designation-rules";
import { checkDesignationTransition, isDesignationStateApplicable, missingDesignationFields } from "@/lib/domain/designation-state";
import { labelOf } from "@/lib/domain/vocabulary";
import { DESIGNATION_COLUMNS } from "@/lib/export/kinds/designations";
import { readEnum, readInteger } from "@/lib/import/cell-values";
import { booleanField, dateField, enumField, textField, urlField, type Columns, type FieldSpec } from "@/lib/import/field-specs";
import { applyCells, plannedWrite, rowPlanner, type PlannedRow, type RowIssue } from "@/lib/import/import-plan";
import type { CsvRow, ImportColumnSpec } from "@/lib/import/read-csv";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";

const REQUIRED = new Set(["programId", "type"]);

export const DESIGNATION_IMPORT_COLUMNS: ImportColumnSpec[] = DESIGNATION_COLUMNS.map((column) => ({
  key: column.key,
  header: column.header,
  required: REQUIRED.has(column.key),
}));

const headerOf = (key: string) => DESIGNATION_COLUMNS.find((column) => column.key === key)?.header.en ?? key;

/** Columns an import may change (the key, version and reading-only columns are handled apart). */
const DESIGNATION_FIELDS: FieldSpec[] = [
  enumField("state", "state", "DesignationState", { required: true }),
  dateField("requestedDate", "requestedDate", "requestedPrecision"),
  dateField("publicityStartDate", "publicityStartDate", "publicityStartPrecision"),
  dateField("publicityEndDate", "publicityEndDate", "publicityEndPrecision"),
  dateField("grantedDate", "grantedDate", "grantedPrecision"),
  dateField("terminatedDate", "terminatedDate", "terminatedPrecision"),
  textField("terminationReason", "terminationReason", TEXT_LIMITS.terminationReason),
  textField("conditions", "conditions", TEXT_LIMITS.conditions),
  dateField("obligationDeadline", "obligationDeadline", "obligationPrecision"),
  textField("cdeRecordId", "cdeRecordId", TEXT_LIMITS.cdeRecordId),
  textField("notes", "notes", TEXT_LIMITS.notes),
  urlField("sourceUrl", "sourceUrl"),
  enumField("sourceConfidence", "sourceConfidence", "SourceConfidence", { required: true }),
  booleanField("illustrative", "illustrative"),
];

/** The acceptance number column writes applicationId; shown as the number, as exported. */
function acceptanceNumberField(applications: Map<string, { id: number; programId: number }>): FieldSpec {
  const numberOf = new Map([...applications].map(([number, application]) => [application.id, number]));
  return {
    key: "acceptanceNumber",
    read: (text) => {
      if (text.trim() === "") return { ok: true, value: { applicationId: null } };
      const parsed = parseAcceptanceNumber(text);
      if (!parsed.ok) return { ok: false, message: parsed.error };
      const application = applications.get(parsed.value.normalized);
      if (!application) return { ok: false, message: `no application ${parsed.value.normalized} is recorded` };
      return { ok: true, value: { applicationId: application.id } };
    },
    show: (record) => (record.applicationId ? numberOf.get(record.applicationId as number) ?? `#${record.applicationId}` : ""),
  };
}

const EDITABLE_COLUMNS = [
  "applicationId",
  "state",
  "requestedDate",
  "requestedPrecision",
  "publicityStartDate",
  "publicityStartPrecision",
  "publicityEndDate",
  "publicityEndPrecision",
  "grantedDate",
  "grantedPrecision",
  "terminatedDate",
  "terminatedPrecision",
  "terminationReason",
  "conditions",
  "obligationDeadline",
  "obligationPrecision",
  "cdeRecordId",
  "notes",
  "sourceUrl",
  "sourceConfidence",
  "illustrative",
] as const satisfies readonly (keyof Prisma.DesignationUncheckedCreateInput)[];

type DesignationRecord = { id: number; programId: number; type: DesignationType; version: number } & Columns;

const NEW_DESIGNATION: Columns = {
  applicationId: null,
  state: DesignationState.NOT_APPLIED,
  sourceConfidence: "UNVERIFIED",
  illustrative: false,
  ...Object.fromEntries(EDITABLE_COLUMNS.filter((column) => !["state", "sourceConfidence", "illustrative"].includes(column)).map((c) => [c, null])),
};

type ParsedKey = { programId: number; type: DesignationType; designationId: number | null; version: number | null };

function readKey(cells: CsvRow["cells"]): { key: ParsedKey | null; errors: RowIssue[] } {
  const errors: RowIssue[] = [];
  const programId = readInteger(cells.programId ?? "", { min: 1, max: 2_147_483_647 });
  const type = readEnum("DesignationType", cells.type ?? "");
  const designationId = readInteger(cells.designationId ?? "", { min: 1, max: 2_147_483_647 });
  const version = readInteger(cells.version ?? "", { min: 1, max: 2_147_483_647 });
  for (const [key, result] of [["programId", programId], ["type", type], ["designationId", designationId], ["version", version]] as const) {
    if (!result.ok) errors.push({ rule: "INVALID_VALUE", column: headerOf(key), message: `${headerOf(key)}: ${result.message}` });
  }
  if (programId.ok && programId.value === null) errors.push({ rule: "KEY_MISSING", column: headerOf("programId"), message: "Programme ID is empty." });
  if (type.ok && type.value === null) errors.push({ rule: "KEY_MISSING", column: headerOf("type"), message: "Designation type is empty." });
  if (errors.length > 0 || !programId.ok || !type.ok || !designationId.ok || !version.ok) return { key: null, errors };
  return { key: { programId: programId.value!, type: type.value!, designationId: designationId.value, version: version.value }, errors };
}

const DATE_FIELDS: DesignationDateField[] = ["requestedDate", "publicityStartDate", "publicityEndDate", "grantedDate", "terminatedDate"];
const PRECISION_OF: Record<DesignationDateField, string> = {
  requestedDate: "requestedPrecision",
  publicityStartDate: "publicityStartPrecision",
  publicityEndDate: "publicityEndPrecision",
  grantedDate: "grantedPrecision",
  terminatedDate: "terminatedPrecision",
};

/** The form's rules over the record as it would be after the import. */
function checkRules(type: DesignationType, before: Columns | null, after: Columns): { errors: RowIssue[]; warnings: RowIssue[] } {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const to = after.state as DesignationState;
  if (before === null || before.state === to) {
    if (!isDesignationStateApplicable(type, to)) {
      errors.push({
        rule: "STATE_NOT_APPLICABLE",
        message: `"${labelOf("DesignationState", to)}" is not a state of a ${labelOf("DesignationType", type)} designation.`,
      });
    }
  } else {
    const transition = checkDesignationTransition({ type, from: before.state as DesignationState, to });
    if (!transition.ok) errors.push({ rule: transition.rule, message: transition.message, values: transition.values });
  }
  const missing = missingDesignationFields(to, after as Parameters<typeof missingDesignationFields>[1]);
  if (missing.length > 0) {
    errors.push({
      rule: "REQUIRED_FIELD_MISSING",
      message: `A designation that is "${labelOf("DesignationState", to)}" needs: ${missing.map(headerOf).join(", ")}.`,
    });
  }
  const dates = Object.fromEntries(DATE_FIELDS.map((field) => [field, (after[field] as Date | null) ?? null]));
  const precisions = Object.fromEntries(DATE_FIELDS.map((field) => [field, after[PRECISION_OF[field]] as never]));
  for (const violation of validateDesignationDates({ type, ...dates, precisions })) {
    const issue = { rule: violation.rule, column: headerOf(violation.field), message: violation.message };
    (violation.severity === "error" ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}

/** Everything the rows refer to, read in a few queries. */
async function loadReferences(reader: Prisma.TransactionClient, keyed: { key: ParsedKey | null; cells: CsvRow["cells"] }[]) {
  const keys = keyed.flatMap((entry) => (entry.key ? [entry.key] : []));
  const programIds = [...new Set(keys.map((key) => key.programId))];
  const designationIds = [...new Set(keys.flatMap((key) => (key.designationId ? [key.designationId] : [])))];
  const numbers = [
    ...new Set(
      keyed.flatMap((entry) => {
        const parsed = entry.cells.acceptanceNumber ? parseAcceptanceNumber(entry.cells.acceptanceNumber) : null;
        return parsed?.ok ? [parsed.value.normalized] : [];
      }),
    ),
  ];
  const [programs, designations, applications] = await Promise.all([
    reader.program.findMany({ where: { id: { in: programIds } }, select: { id: true } }),
    reader.designation.findMany({ where: { OR: [{ id: { in: designationIds } }, { programId: { in: programIds } }] }, orderBy: { id: "asc" } }),
    reader.application.findMany({ where: { acceptanceNumber: { in: numbers } }, select: { id: true, programId: true, acceptanceNumber: true } }),
  ]);
  return {
    programIds: new Set(programs.map((program) => program.id)),
    designations: designations as unknown as DesignationRecord[],
    applications: new Map(applications.map((application) => [application.acceptanceNumber, application])),
  };
}

export async function planDesignationImport(reader: Prisma.TransactionClient, rows: readonly CsvRow[]): Promise<PlannedRow[]> {
  const keyed = rows.map((row) => ({ ...row, ...readKey(row.cells) }));
  const references = await loadReferences(reader, keyed);
  const byId = new Map(references.designations.map((designation) => [designation.id, designation]));
  const specs = [acceptanceNumberField(references.applications), ...DESIGNATION_FIELDS];
  const firstRowOf = new Map<string, number>();

  return keyed.map(({ row, cells, key, errors: keyErrors }): PlannedRow => {
    const plan = rowPlanner(row, key ? `programme ${key.programId}, ${labelOf("DesignationType", key.type)}` : `row ${row}`);
    if (!key) return plan({ errors: keyErrors });

    let existing: DesignationRecord | undefined;
    const errors: RowIssue[] = [];
    if (key.designationId !== null) {
      existing = byId.get(key.designationId);
      if (!existing) errors.push({ rule: "UNKNOWN_RECORD", message: `There is no designation ${key.designationId}.` });
      else if (existing.programId !== key.programId || existing.type !== key.type) {
        errors.push({
          rule: "KEY_MISMATCH",
          message: `Designation ${existing.id} belongs to programme ${existing.programId} (${labelOf("DesignationType", existing.type)}), not to this row's programme and type.`,
        });
      }
    } else {
      const matches = references.designations.filter((designation) => designation.programId === key.programId && designation.type === key.type);
      if (matches.length > 1) {
        errors.push({
          rule: "AMBIGUOUS_KEY",
          message: `Programme ${key.programId} has ${matches.length} ${labelOf("DesignationType", key.type)} designations (${matches.map((m) => m.id).join(", ")}); fill in the Designation ID.`,
        });
      }
      existing = matches.length === 1 ? matches[0] : undefined;
    }
    if (!existing && !references.programIds.has(key.programId)) {
      errors.push({ rule: "UNKNOWN_PROGRAMME", message: `There is no programme ${key.programId}.` });
    }

    const recordKey = existing ? `designation:${existing.id}` : `new:${key.programId}:${key.type}`;
    const earlier = firstRowOf.get(recordKey);
    if (earlier !== undefined) errors.push({ rule: "DUPLICATE_ROW", message: `Row ${earlier} already sets this designation.` });
    else firstRowOf.set(recordKey, row);

    if (existing && key.version !== null && key.version !== existing.version) {
      errors.push({
        rule: "STALE_VERSION",
        message: `The designation changed since this file was exported (file version ${key.version}, now ${existing.version}); export it again.`,
      });
    }
    if (!existing && cells.state === undefined) {
      errors.push({ rule: "REQUIRED_FIELD_MISSING", message: "A new designation needs a State column." });
    }

    const before: Columns = existing ?? { ...NEW_DESIGNATION, programId: key.programId, type: key.type };
    const { after, data, changes, errors: cellErrors } = applyCells(cells, specs, before, headerOf);
    errors.push(...cellErrors);

    const application = after.applicationId
      ? [...references.applications.values()].find((candidate) => candidate.id === after.applicationId)
      : undefined;
    if (application && application.programId !== key.programId) {
      errors.push({
        rule: "APPLICATION_OTHER_PROGRAMME",
        column: headerOf("acceptanceNumber"),
        message: `Application ${cells.acceptanceNumber?.trim()} belongs to programme ${application.programId}, not ${key.programId}.`,
      });
    }

    const common = { recordId: existing?.id ?? null, version: existing?.version ?? null, changes };
    if (errors.length === 0 && existing && changes.length === 0) return plan({ ...common, outcome: "unchanged" });
    const rules = cellErrors.length === 0 ? checkRules(key.type, existing ?? null, after) : { errors: [], warnings: [] };
    errors.push(...rules.errors);
    if (errors.length > 0) return plan({ ...common, errors, warnings: rules.warnings });
    const created = { ...Object.fromEntries(EDITABLE_COLUMNS.map((column) => [column, after[column]])), programId: key.programId, type: key.type };
    return plan({ ...common, warnings: rules.warnings, ...plannedWrite(existing, created, data) });
  });
}
