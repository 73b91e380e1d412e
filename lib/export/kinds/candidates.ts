// candidates.csv: one row per candidate of the view, the visible columns (`cols`) in the view's order, then
// fixed provenance columns (source, confidence, illustrative flag, id) that every handed-on file must carry.
import { Prisma } from "@/generated/prisma/client";
import type { Lang } from "@/lib/domain/vocabulary";
import { booleanCell, enumCell, HEADERS, headerOf, recordOf, textCell, type CsvColumn } from "@/lib/export/columns";
import { csvBytes } from "@/lib/export/csv-stream";
import type { ExportContext, ExportKind } from "@/lib/export/export-kind";
import { inBatchOrder, matchingCandidateIdBatches } from "@/lib/export/matching-candidates";
import { reviewClockCell } from "@/lib/export/review-clock-cell";
import { TABLE_COLUMNS, type TableColumn } from "@/lib/search-params";
import { PROVINCE_COUNT } from "@/lib/domain/provinces";
import { LISTED_PROVINCIAL_STATES } from "@/lib/domain/provincial-access-state";

const candidateExportInclude = {
  programs: {
    orderBy: { id: "asc" },
    select: {
      sponsor: { select: { id: true, nameEn: true, nameZh: true } },
      designations: { orderBy: { id: "asc" }, select: { type: true, state: true } },
      reimbursements: {
        orderBy: [{ listYear: "asc" }, { id: "asc" }],
        select: { list: true, listYear: true, state: true, provincialAccess: { where: { state: { in: [...LISTED_PROVINCIAL_STATES] } }, select: { id: true } } },
      },
      applications: {
        orderBy: [{ acceptanceDate: "asc" }, { id: "asc" }],
        select: {
          acceptanceNumber: true,
          status: true,
          acceptanceDate: true,
          acceptancePrecision: true,
          reviewTrack: true,
          regulationVersion: true,
          clockStops: { select: { startDate: true, endDate: true } },
        },
      },
    },
  },
} satisfies Prisma.CandidateInclude;

type CandidateExportRow = Prisma.CandidateGetPayload<{ include: typeof candidateExportInclude }> & { asOf: Date };

function sponsorsOf(row: CandidateExportRow, lang: Lang): string {
  const names = new Map<number, string>();
  for (const program of row.programs) {
    const sponsor = program.sponsor;
    if (sponsor) names.set(sponsor.id, lang === "zh" ? sponsor.nameZh ?? sponsor.nameEn : sponsor.nameEn);
  }
  return [...names.values()].join("; ");
}

/** Like the dashboard cell: every designation that was applied for, as "type: state". */
function designationsOf(row: CandidateExportRow, lang: Lang): string {
  return row.programs
    .flatMap((program) => program.designations)
    .filter((designation) => designation.state !== "NOT_APPLIED")
    .map((designation) => `${enumCell("DesignationType", designation.type, lang)}: ${enumCell("DesignationState", designation.state, lang)}`)
    .join("; ");
}

function reimbursementsOf(row: CandidateExportRow, lang: Lang): string {
  return row.programs
    .flatMap((program) => program.reimbursements)
    .map((listing) => `${enumCell("ReimbursementList", listing.list, lang)} ${listing.listYear}: ${enumCell("ReimbursementState", listing.state, lang)}`)
    .join("; ");
}

/** Like the dashboard cell: each listing's provincial coverage, "NRDL (negotiated) 2025: 8/31". */
function coverageOf(row: CandidateExportRow, lang: Lang): string {
  return row.programs
    .flatMap((program) => program.reimbursements)
    .map((listing) => `${enumCell("ReimbursementList", listing.list, lang)} ${listing.listYear}: ${listing.provincialAccess.length}/${PROVINCE_COUNT}`)
    .join("; ");
}

/** One column per dashboard column id (lib/search-params TABLE_COLUMNS), in the dashboard's vocabulary. */
export const CANDIDATE_TABLE_COLUMNS: { readonly [K in TableColumn]: CsvColumn<CandidateExportRow, K> } = {
  name: { key: "name", header: { en: "Candidate", zh: "药物名称" }, cell: (row) => row.nameEn },
  nameZh: { key: "nameZh", header: { en: "Chinese name", zh: "中文名" }, cell: (row) => textCell(row.nameZh) },
  class: { key: "class", header: { en: "Class", zh: "作用机制" }, cell: (row, lang) => enumCell("MechanismClass", row.mechanismClass, lang) },
  sponsor: { key: "sponsor", header: { en: "Sponsor", zh: "申办方" }, cell: sponsorsOf },
  stage: { key: "stage", header: { en: "Stage", zh: "研发阶段" }, cell: (row, lang) => enumCell("ProgramStage", row.leadStage, lang) },
  designations: { key: "designations", header: { en: "Designations", zh: "加快上市程序" }, cell: designationsOf },
  reimbursement: { key: "reimbursement", header: { en: "Reimbursement", zh: "医保目录" }, cell: reimbursementsOf },
  coverage: { key: "coverage", header: { en: "Provincial coverage", zh: "省级覆盖" }, cell: coverageOf },
  reviewClock: {
    key: "reviewClock",
    header: { en: "Review clock", zh: "审评计时" },
    cell: (row, lang) =>
      reviewClockCell(
        row.programs.flatMap((program) => program.applications),
        row.asOf,
        lang,
      ),
  },
  lastChange: {
    key: "lastChange",
    header: { en: "Last regulatory change", zh: "最近监管变更" },
    cell: (row) => (row.lastRegulatoryChange ? row.lastRegulatoryChange.toISOString().slice(0, 10) : ""),
  },
  updated: { key: "updated", header: { en: "Updated (UTC)", zh: "更新时间（UTC）" }, cell: (row) => row.updatedAt.toISOString() },
};

const PROVENANCE_COLUMNS: CsvColumn<CandidateExportRow>[] = [
  { key: "sourceUrl", header: HEADERS.sourceUrl, cell: (row) => textCell(row.sourceUrl) },
  { key: "sourceConfidence", header: HEADERS.sourceConfidence, cell: (row, lang) => enumCell("SourceConfidence", row.sourceConfidence, lang) },
  { key: "illustrative", header: HEADERS.illustrative, cell: (row, lang) => booleanCell(row.illustrative, lang) },
  { key: "candidateId", header: HEADERS.candidateId, cell: (row) => String(row.id) },
];

/** The view's visible columns (all, in TABLE_COLUMNS order, when `cols` is empty) followed by provenance. */
export function candidateExportColumns(cols: readonly TableColumn[]): CsvColumn<CandidateExportRow>[] {
  const visible = cols.length > 0 ? cols : TABLE_COLUMNS;
  return [...visible.map((column) => CANDIDATE_TABLE_COLUMNS[column] as CsvColumn<CandidateExportRow>), ...PROVENANCE_COLUMNS];
}

export const candidatesExport: ExportKind = {
  name: "candidates",
  header: ({ search, lang }: ExportContext) => headerOf(candidateExportColumns(search.cols), lang),
  async *csvChunks(reader, { search, lang, asOf, candidateBatchSize }) {
    const columns = candidateExportColumns(search.cols);
    for await (const ids of matchingCandidateIdBatches(reader, search, candidateBatchSize)) {
      const candidates = await reader.candidate.findMany({ where: { id: { in: ids } }, include: candidateExportInclude });
      yield* csvBytes(
        inBatchOrder(candidates, ids, (candidate) => candidate.id).map((candidate) =>
          recordOf({ ...candidate, asOf }, columns, lang),
        ),
      );
    }
  },
};
