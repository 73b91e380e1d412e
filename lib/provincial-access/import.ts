// Bulk entry of provincial notices: pasted or uploaded rows of (province, drug, state, date, source), each
// read against the database and the same rules as the grid's form (planProvincialChange), previewed without
// writing (dry run), then applied in one serializable transaction: every row or none. Each row is written by
// the grid's own mutation (changeProvincialAccess, channel "import") in its own savepoint, so it is one
// audited change with its own ChangeEvent and outbox job, exactly as one province recorded by hand; the
// batch writes the rows' audit rows and jobs once, before the commit. Like the other imports, apply re-plans
// the text and refuses (409) when the plan differs from the preview's token.
import { createHash } from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { ProvincialAccess } from "@/generated/prisma/client";
import { describeFieldChange } from "@/lib/changes/audit-format";
import { findProvince, provinceName } from "@/lib/domain/provinces";
import { labelOf } from "@/lib/domain/vocabulary";
import type { PartialDate } from "@/lib/domain/partial-date";
import { ON_LIST_REIMBURSEMENT_STATES } from "@/lib/domain/reimbursement-state";
import { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";
import { dataLangOf } from "@/lib/i18n/config";
import { messagePart, type LocalizedValue } from "@/lib/i18n/error-messages";
import { readEnum, readPartialDate, readText, readUrl } from "@/lib/import/cell-values";
import { readCsvRows, type CsvRow, type ImportColumnSpec } from "@/lib/import/read-csv";
import type { Actor } from "@/lib/changes/actor";
import { inOneTransaction } from "@/lib/changes/transaction";
import { changeProvincialAccess } from "@/lib/provincial-access/mutations";
import { NOT_STARTED_RECORD, planProvincialChange, type ListingForAccess, type ProvincialRecord } from "@/lib/provincial-access/state-change";
import { chinaToday } from "@/lib/today";

/** Accepted headers (English or Chinese, any case); the second spelling of a column is the export's. */
export const PROVINCIAL_IMPORT_COLUMNS: ImportColumnSpec[] = [
  { key: "province", header: { en: "Province", zh: "省份" }, required: true },
  { key: "province", header: { en: "Province code", zh: "省份代码" } },
  { key: "drug", header: { en: "Drug", zh: "药品" }, required: true },
  { key: "drug", header: { en: "Candidate", zh: "候选药物" } },
  { key: "list", header: { en: "List", zh: "目录" } },
  { key: "listYear", header: { en: "List year", zh: "目录年度" } },
  { key: "state", header: { en: "State", zh: "状态" }, required: true },
  { key: "state", header: { en: "Provincial state", zh: "省级准入状态" } },
  { key: "date", header: { en: "Date", zh: "日期" }, required: true },
  { key: "date", header: { en: "State since", zh: "状态起始日期" } },
  { key: "source", header: { en: "Source", zh: "来源" } },
  { key: "source", header: { en: "Source URL", zh: "来源链接" } },
  { key: "notes", header: { en: "Notes", zh: "备注" } },
];

/** `values`: what the rule's sentence names (a refused transition's states), for the reader's language. */
/** `text` and `lang`: the issue in the requester's language, added by the API (lib/i18n/refusal-messages.ts withIssueTexts). */
export type ProvincialRowIssue = { rule: string; message: string; values?: Record<string, string | number>; text?: string; lang?: "en" };
export type ProvincialRowPlan = {
  row: number;
  key: string;
  outcome: "create" | "update" | "error";
  from: string | null;
  to: string | null;
  errors: ProvincialRowIssue[];
};
export type ProvincialImportPreview = { rows: ProvincialRowPlan[]; counts: Record<ProvincialRowPlan["outcome"], number>; token: string };

type Listing = ListingForAccess & { id: number; list: string; programId: number; candidateId: number };
/** What a valid row asks of changeProvincialAccess. */
type Write = {
  listing: Listing;
  provinceCode: string;
  /** The province's record as planned against: its version is the one the change is made at (none: 0). */
  existing: (ProvincialAccess & ProvincialRecord) | null;
  to: ProvincialRecord["state"];
  /** Notes to record; null leaves the record's notes as they are. */
  notes: string | null;
  effective: PartialDate;
  sourceUrl: string | null;
  /** The row's change in each language, for the 409 when its province changed since the preview. */
  summary: LocalizedValue;
};
type Planned = ProvincialRowPlan & { write: Write | null };

/** Text pasted from a spreadsheet is tab-separated; it becomes CSV so one reader handles both. */
export function tabsToCsv(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  if (!firstLine.includes("\t")) return text;
  return text
    .split(/\r?\n/)
    .map((line) => line.split("\t").map((cell) => `"${cell.replaceAll('"', '""')}"`).join(","))
    .join("\n");
}

const fold = (text: string) => text.normalize("NFKC").trim().toLowerCase();

async function loadContext(reader: Prisma.TransactionClient) {
  const candidates = await reader.candidate.findMany({
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      inn: true,
      programs: { select: { id: true, reimbursements: { select: { id: true, list: true, listYear: true, state: true, effectiveDate: true, effectivePrecision: true } } } },
    },
  });
  const byName = new Map<string, (typeof candidates)[number][]>();
  for (const candidate of candidates) {
    for (const name of new Set([candidate.slug, candidate.nameEn, candidate.nameZh, candidate.inn].filter((name): name is string => Boolean(name)).map(fold))) {
      byName.set(name, [...(byName.get(name) ?? []), candidate]);
    }
  }
  return { byName };
}

/** Reads and plans every row; rows of the same province and listing see the rows before them. */
async function planRows(reader: Prisma.TransactionClient, rows: readonly CsvRow[]): Promise<Planned[]> {
  const { byName } = await loadContext(reader);
  const records = await reader.provincialAccess.findMany();
  const current = new Map(records.map((record) => [`${record.listingId}:${record.provinceCode}`, record as ProvincialAccess & ProvincialRecord]));
  const planned = new Map<string, ProvincialRecord>();
  const today = chinaToday();

  return rows.map(({ row, cells }): Planned => {
    const errors: ProvincialRowIssue[] = [];
    const error = (rule: string, message: string) => errors.push({ rule, message });
    const province = findProvince(cells.province ?? "");
    if (!province) error("UNKNOWN_PROVINCE", `Unknown province "${cells.province ?? ""}": use a GB/T 2260 code such as 440000, or a name such as Guangdong or 广东.`);
    const matches = byName.get(fold(cells.drug ?? "")) ?? [];
    if (matches.length === 0) error("UNKNOWN_DRUG", `No candidate is called "${cells.drug ?? ""}" (English or Chinese name, INN or slug).`);
    if (matches.length > 1) error("AMBIGUOUS_DRUG", `Several candidates are called "${cells.drug}"; use the slug.`);
    const state = readEnum("ProvincialAccessState", cells.state ?? "");
    if (!state.ok || state.value === null) error("INVALID_VALUE", `State: ${state.ok ? "empty" : state.message}`);
    const date = readPartialDate(cells.date ?? "");
    if (!date.ok || date.value === null) error("INVALID_VALUE", `Date: ${date.ok ? "empty; give YYYY, YYYY-MM or YYYY-MM-DD" : date.message}`);
    const list = readEnum("ReimbursementList", cells.list ?? "");
    if (!list.ok) error("INVALID_VALUE", `List: ${list.message}`);
    const source = readUrl(cells.source ?? "");
    if (!source.ok) error("INVALID_VALUE", `Source: ${source.message}`);
    const notes = readText(cells.notes ?? "", 4000);
    const year = cells.listYear?.trim() ? Number(cells.listYear) : null;
    if (year !== null && !Number.isInteger(year)) error("INVALID_VALUE", `List year: "${cells.listYear}" is not a year.`);

    // The listing: the one named by list and year, else the drug's only listing on its list now.
    const candidate = matches.length === 1 ? matches[0]! : null;
    const listings: Listing[] = (candidate?.programs ?? []).flatMap((program) =>
      program.reimbursements.map((listing) => ({ ...listing, programId: program.id, candidateId: candidate!.id })),
    );
    const named = listings.filter((listing) => (!list.ok || list.value === null || listing.list === list.value) && (year === null || listing.listYear === year));
    const chosen = list.ok && (list.value !== null || year !== null) ? named : named.filter((listing) => ON_LIST_REIMBURSEMENT_STATES.includes(listing.state));
    if (candidate && chosen.length === 0) error("UNKNOWN_LISTING", `${candidate.nameEn} has no ${list.ok && list.value ? labelOf("ReimbursementList", list.value) : "current"} listing${year ? ` in ${year}` : ""}.`);
    if (candidate && chosen.length > 1) error("AMBIGUOUS_LISTING", `${candidate.nameEn} has ${chosen.length} such listings; add the List and List year columns.`);
    const listing = chosen.length === 1 ? chosen[0]! : null;
    const key = `${cells.drug ?? "?"}, ${province ? provinceName(province, "en") : (cells.province ?? "?")}${listing ? `, ${labelOf("ReimbursementList", listing.list)} ${listing.listYear}` : ""}`;

    if (errors.length > 0 || !province || !listing || !state.ok || !state.value || !date.ok || !date.value) {
      return { row, key, outcome: "error", from: null, to: state.ok ? state.value : null, errors, write: null };
    }
    const recordKey = `${listing.id}:${province.code}`;
    const existing = current.get(recordKey) ?? null;
    const before = planned.get(recordKey) ?? existing ?? NOT_STARTED_RECORD;
    const effective = date.value;
    const plan = planProvincialChange(before, listing, { to: state.value, effective, today });
    if (plan.refusals.length > 0) {
      return { row, key, outcome: "error", from: before.state, to: state.value, errors: plan.refusals.map(({ rule, message, values }) => ({ rule, message, values })), write: null };
    }
    if (planned.has(recordKey)) {
      return { row, key, outcome: "error", from: before.state, to: state.value, errors: [{ rule: "DUPLICATE_ROW", message: "An earlier row already changes this province for this listing; give one row per province." }], write: null };
    }
    planned.set(recordKey, { ...before, ...plan.data });
    const sourceUrl = source.ok ? source.value : null;
    const to = state.value;
    const summary = messagePart("provincialImportRowSummary", {
      list: (locale) => labelOf("ReimbursementList", listing.list, dataLangOf(locale)),
      year: String(listing.listYear),
      province: (locale) => provinceName(province, dataLangOf(locale)),
      change: (locale) => describeFieldChange("ProvincialAccess", "state", before.state, to, dataLangOf(locale)),
      row: String(row),
    });
    return {
      row,
      key,
      outcome: existing ? "update" : "create",
      from: before.state,
      to: state.value,
      errors: [],
      write: { listing, provinceCode: province.code, existing, to, notes: notes.ok ? notes.value : null, effective, sourceUrl, summary },
    };
  });
}

function summarize(planned: readonly Planned[]): ProvincialImportPreview {
  const counts = { create: 0, update: 0, error: 0 };
  for (const row of planned) counts[row.outcome]++;
  const rows = planned.map(({ write: _write, ...row }) => row);
  const versions = planned.map((row) => row.write?.existing?.version ?? null);
  const token = createHash("sha256").update(JSON.stringify([rows, versions])).digest("hex");
  return { rows, counts, token };
}

function readRows(text: string) {
  return readCsvRows(tabsToCsv(text), PROVINCIAL_IMPORT_COLUMNS).rows;
}

export async function previewProvincialImport(prisma: PrismaClient, text: string): Promise<ProvincialImportPreview> {
  return summarize(await planRows(prisma, readRows(text)));
}

/**
 * One row through the grid's mutation, at the version it was planned at. A source makes the record OFFICIAL
 * with the notice as its evidence; a row without one is recorded without evidence, as before.
 */
function writeRow(write: Write, actor: Actor, reason: string) {
  return changeProvincialAccess({
    actor,
    expectedVersion: write.existing?.version ?? 0,
    input: {
      listingId: write.listing.id,
      province: write.provinceCode,
      to: write.to,
      notes: write.notes ?? undefined,
      reason,
      evidenceUrl: write.sourceUrl,
      noEvidence: write.sourceUrl === null,
      evidenceConfidence: write.sourceUrl ? "OFFICIAL" : null,
      effectiveDate: write.effective,
    },
  });
}

export async function applyProvincialImport(
  text: string,
  { reason, actor, previewToken }: { reason: string; actor: { id: number; label: string }; previewToken: string },
): Promise<{ counts: ProvincialImportPreview["counts"] }> {
  if (reason.trim().length < 3) throw appError("BAD_REQUEST", "importReasonRequired");
  const rows = readRows(text);
  const importer: Actor = { ...actor, channel: "import" };
  try {
    return await inOneTransaction(
      async (tx) => {
        const planned = await planRows(tx, rows);
        const preview = summarize(planned);
        if (preview.token !== previewToken) {
          throw appError("CONFLICT", "provincialImportChangedSincePreview", undefined, { plan: preview });
        }
        if (preview.counts.error > 0) {
          throw appError("UNPROCESSABLE", "importRowErrors", { count: String(preview.counts.error) }, { plan: preview });
        }
        // No savepoint per row: the import is every row or none, so a failed row ends the transaction anyway.
        for (const { write } of planned) {
          if (!write) continue;
          try {
            await writeRow(write, importer, reason);
          } catch (error) {
            // Its province changed since the row was planned: every row or none, so the import stops here.
            if (error instanceof AppError && error.code === "CONFLICT") throw appError("CONFLICT", "provincialImportRowChanged", { summary: write.summary });
            throw error;
          }
        }
        return { counts: preview.counts };
      },
      { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2034" || error.code === "P2002")) {
      throw appError("CONFLICT", "importConflictDuringApply");
    }
    throw error;
  }
}
