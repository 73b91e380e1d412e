// Importing reimbursement listings (the reimbursement export, edited): rows are keyed by programme + list +
// list year, which the database keeps unique. A changed row is checked with the form's rules: the NHSA
// cycle's transitions (naming the rule), and the listing rules (effective date when listed, agreement end on
// 31 December for negotiated drugs, no NRDL payment standard on the commercial list).
import type { Prisma } from "@/generated/prisma/client";
import { ReimbursementList, ReimbursementState } from "@/generated/prisma/enums";
import { checkReimbursementTransition, validateReimbursementListing } from "@/lib/domain/reimbursement-state";
import { labelOf } from "@/lib/domain/vocabulary";
import { REIMBURSEMENT_COLUMNS } from "@/lib/export/kinds/reimbursement";
import { readEnum, readInteger } from "@/lib/import/cell-values";
import { booleanField, dateField, enumField, moneyField, textField, urlField, type Columns, type FieldSpec } from "@/lib/import/field-specs";
import { applyCells, plannedWrite, rowPlanner, type PlannedRow, type RowIssue } from "@/lib/import/import-plan";
import type { CsvRow, ImportColumnSpec } from "@/lib/import/read-csv";
import { TEXT_LIMITS } from "@/lib/domain/text-limits";

const REQUIRED = new Set(["programId", "list", "listYear"]);

export const REIMBURSEMENT_IMPORT_COLUMNS: ImportColumnSpec[] = REIMBURSEMENT_COLUMNS.map((column) => ({
  key: column.key,
  header: column.header,
  required: REQUIRED.has(column.key),
}));

const headerOf = (key: string) => REIMBURSEMENT_COLUMNS.find((column) => column.key === key)?.header.en ?? key;

const DATES = ["applied", "formalReview", "expertReview", "negotiation", "publication", "effective", "agreementStart", "agreementEnd", "removed"] as const;

const REIMBURSEMENT_FIELDS: FieldSpec[] = [
  enumField("state", "state", "ReimbursementState", { required: true }),
  enumField("route", "route", "ReimbursementRoute"),
  ...DATES.map((name) => dateField(`${name}Date`, `${name}Date`, `${name}Precision`)),
  moneyField("paymentStandard", "paymentStandard"),
  textField("paymentUnit", "paymentUnit", TEXT_LIMITS.paymentUnit),
  textField("restriction", "restriction", TEXT_LIMITS.restriction),
  textField("notes", "notes", TEXT_LIMITS.notes),
  urlField("sourceUrl", "sourceUrl"),
  enumField("sourceConfidence", "sourceConfidence", "SourceConfidence", { required: true }),
  booleanField("illustrative", "illustrative"),
];

const EDITABLE_COLUMNS = [
  "state",
  "route",
  ...DATES.flatMap((name) => [`${name}Date`, `${name}Precision`] as const),
  "paymentStandard",
  "paymentUnit",
  "restriction",
  "notes",
  "sourceUrl",
  "sourceConfidence",
  "illustrative",
] as const satisfies readonly (keyof Prisma.ReimbursementListingUncheckedCreateInput)[];

const NEW_LISTING: Columns = {
  ...Object.fromEntries(EDITABLE_COLUMNS.map((column) => [column, null])),
  sourceConfidence: "UNVERIFIED",
  illustrative: false,
};

type ListingRecord = { id: number; programId: number; list: ReimbursementList; listYear: number; version: number } & Columns;
type ParsedKey = { programId: number; list: ReimbursementList; listYear: number; version: number | null };

function readKey(cells: CsvRow["cells"]): { key: ParsedKey | null; errors: RowIssue[] } {
  const errors: RowIssue[] = [];
  const programId = readInteger(cells.programId ?? "", { min: 1, max: 2_147_483_647 });
  const list = readEnum("ReimbursementList", cells.list ?? "");
  const listYear = readInteger(cells.listYear ?? "", { min: 2000, max: 2100 });
  const version = readInteger(cells.version ?? "", { min: 1, max: 2_147_483_647 });
  for (const [key, result] of [["programId", programId], ["list", list], ["listYear", listYear], ["version", version]] as const) {
    if (!result.ok) errors.push({ rule: "INVALID_VALUE", column: headerOf(key), message: `${headerOf(key)}: ${result.message}` });
    else if (key !== "version" && result.value === null) {
      errors.push({ rule: "KEY_MISSING", column: headerOf(key), message: `${headerOf(key)} is empty.` });
    }
  }
  if (errors.length > 0 || !programId.ok || !list.ok || !listYear.ok || !version.ok) return { key: null, errors };
  return { key: { programId: programId.value!, list: list.value!, listYear: listYear.value!, version: version.value }, errors };
}

function checkRules(before: Columns | null, after: Columns): { errors: RowIssue[]; warnings: RowIssue[] } {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  if (before !== null && before.state !== after.state) {
    const transition = checkReimbursementTransition({
      from: before.state as ReimbursementState,
      to: after.state as ReimbursementState,
      route: after.route as Prisma.ReimbursementListingUncheckedCreateInput["route"],
    });
    if (!transition.ok) errors.push({ rule: transition.rule, message: transition.message, values: transition.values });
  }
  const violations = validateReimbursementListing({
    list: after.list as ReimbursementList,
    state: after.state as ReimbursementState,
    effectiveDate: after.effectiveDate as Date | null,
    agreementStartDate: after.agreementStartDate as Date | null,
    agreementEndDate: after.agreementEndDate as Date | null,
    paymentStandard: after.paymentStandard as Prisma.Decimal | null,
  });
  for (const violation of violations) {
    (violation.severity === "error" ? errors : warnings).push({ rule: violation.rule, column: headerOf(violation.field), message: violation.message });
  }
  return { errors, warnings };
}

export async function planReimbursementImport(reader: Prisma.TransactionClient, rows: readonly CsvRow[]): Promise<PlannedRow[]> {
  const keyed = rows.map((row) => ({ ...row, ...readKey(row.cells) }));
  const keys = keyed.flatMap((entry) => (entry.key ? [entry.key] : []));
  const programIds = [...new Set(keys.map((key) => key.programId))];
  const [programs, listings] = await Promise.all([
    reader.program.findMany({ where: { id: { in: programIds } }, select: { id: true } }),
    reader.reimbursementListing.findMany({ where: { programId: { in: programIds } } }),
  ]);
  const knownPrograms = new Set(programs.map((program) => program.id));
  const listingOf = new Map((listings as unknown as ListingRecord[]).map((listing) => [`${listing.programId}:${listing.list}:${listing.listYear}`, listing]));
  const firstRowOf = new Map<string, number>();

  return keyed.map(({ row, cells, key, errors: keyErrors }): PlannedRow => {
    const plan = rowPlanner(row, key ? `programme ${key.programId}, ${labelOf("ReimbursementList", key.list)} ${key.listYear}` : `row ${row}`);
    if (!key) return plan({ errors: keyErrors });

    const recordKey = `${key.programId}:${key.list}:${key.listYear}`;
    const existing = listingOf.get(recordKey);
    const errors: RowIssue[] = [];
    const earlier = firstRowOf.get(recordKey);
    if (earlier !== undefined) errors.push({ rule: "DUPLICATE_ROW", message: `Row ${earlier} already sets this listing.` });
    else firstRowOf.set(recordKey, row);
    if (!existing && !knownPrograms.has(key.programId)) errors.push({ rule: "UNKNOWN_PROGRAMME", message: `There is no programme ${key.programId}.` });
    if (existing && key.version !== null && key.version !== existing.version) {
      errors.push({
        rule: "STALE_VERSION",
        message: `The listing changed since this file was exported (file version ${key.version}, now ${existing.version}); export it again.`,
      });
    }
    if (!existing && cells.state === undefined) errors.push({ rule: "REQUIRED_FIELD_MISSING", message: "A new listing needs a State column." });

    const before: Columns = existing ?? { ...NEW_LISTING, programId: key.programId, list: key.list, listYear: key.listYear };
    const { after, data, changes, errors: cellErrors } = applyCells(cells, REIMBURSEMENT_FIELDS, before, headerOf);
    errors.push(...cellErrors);

    const common = { recordId: existing?.id ?? null, version: existing?.version ?? null, changes };
    if (errors.length === 0 && existing && changes.length === 0) return plan({ ...common, outcome: "unchanged" });
    const rules = cellErrors.length === 0 ? checkRules(existing ?? null, after) : { errors: [], warnings: [] };
    errors.push(...rules.errors);
    if (errors.length > 0) return plan({ ...common, errors, warnings: rules.warnings });
    const created = { ...Object.fromEntries(EDITABLE_COLUMNS.map((column) => [column, after[column]])), programId: key.programId, list: key.list, listYear: key.listYear };
    return plan({ ...common, warnings: rules.warnings, ...plannedWrite(existing, created, data) });
  });
}
