// designations.csv: one row per designation of the view's candidates. It is also the import format for
// designations: the key columns (programme id, designation id, type) and the version come first, the
// candidate and indication are for reading only, every other column is a field an import may change.
import type { Prisma } from "@/generated/prisma/client";
import { booleanCell, dateCell, enumCell, HEADERS, headerOf, recordOf, textCell, type CsvColumn } from "@/lib/export/columns";
import { csvBytes } from "@/lib/export/csv-stream";
import type { ExportKind } from "@/lib/export/export-kind";
import { inBatchOrder, matchingCandidateIdBatches } from "@/lib/export/matching-candidates";

export const designationExportInclude = {
  program: {
    select: {
      id: true,
      candidateId: true,
      indicationEn: true,
      candidate: { select: { nameEn: true, nameZh: true } },
    },
  },
  application: { select: { acceptanceNumber: true } },
} satisfies Prisma.DesignationInclude;

export type DesignationExportRow = Prisma.DesignationGetPayload<{ include: typeof designationExportInclude }>;

export const DESIGNATION_COLUMNS = [
  { key: "programId", header: HEADERS.programId, cell: (row) => String(row.programId) },
  { key: "designationId", header: { en: "Designation ID", zh: "认定记录ID" }, cell: (row) => String(row.id) },
  { key: "type", header: { en: "Designation type", zh: "程序类型" }, cell: (row, lang) => enumCell("DesignationType", row.type, lang) },
  { key: "version", header: HEADERS.version, cell: (row) => String(row.version) },
  { key: "candidate", header: HEADERS.candidate, cell: (row) => row.program.candidate.nameEn },
  { key: "candidateZh", header: HEADERS.candidateZh, cell: (row) => textCell(row.program.candidate.nameZh) },
  { key: "indication", header: HEADERS.indication, cell: (row) => row.program.indicationEn },
  { key: "acceptanceNumber", header: { en: "Acceptance number", zh: "受理号" }, cell: (row) => textCell(row.application?.acceptanceNumber) },
  { key: "state", header: { en: "State", zh: "状态" }, cell: (row, lang) => enumCell("DesignationState", row.state, lang) },
  { key: "requestedDate", header: { en: "Requested", zh: "申请日期" }, cell: (row) => dateCell(row.requestedDate, row.requestedPrecision) },
  {
    key: "publicityStartDate",
    header: { en: "Publicity start", zh: "公示开始日期" },
    cell: (row) => dateCell(row.publicityStartDate, row.publicityStartPrecision),
  },
  {
    key: "publicityEndDate",
    header: { en: "Publicity end", zh: "公示结束日期" },
    cell: (row) => dateCell(row.publicityEndDate, row.publicityEndPrecision),
  },
  { key: "grantedDate", header: { en: "Granted / approved", zh: "纳入/批准日期" }, cell: (row) => dateCell(row.grantedDate, row.grantedPrecision) },
  {
    key: "terminatedDate",
    header: { en: "Terminated / revoked", zh: "终止/注销日期" },
    cell: (row) => dateCell(row.terminatedDate, row.terminatedPrecision),
  },
  { key: "terminationReason", header: { en: "Termination reason", zh: "终止原因" }, cell: (row) => textCell(row.terminationReason) },
  { key: "conditions", header: { en: "Approval conditions", zh: "附条件批准要求" }, cell: (row) => textCell(row.conditions) },
  {
    key: "obligationDeadline",
    header: { en: "Confirmatory study deadline", zh: "上市后研究完成时限" },
    cell: (row) => dateCell(row.obligationDeadline, row.obligationPrecision),
  },
  { key: "cdeRecordId", header: { en: "CDE record ID", zh: "CDE公示记录号" }, cell: (row) => textCell(row.cdeRecordId) },
  { key: "notes", header: HEADERS.notes, cell: (row) => textCell(row.notes) },
  { key: "sourceUrl", header: HEADERS.sourceUrl, cell: (row) => textCell(row.sourceUrl) },
  { key: "sourceConfidence", header: HEADERS.sourceConfidence, cell: (row, lang) => enumCell("SourceConfidence", row.sourceConfidence, lang) },
  { key: "illustrative", header: HEADERS.illustrative, cell: (row, lang) => booleanCell(row.illustrative, lang) },
] as const satisfies readonly CsvColumn<DesignationExportRow>[];

export type DesignationColumnKey = (typeof DESIGNATION_COLUMNS)[number]["key"];

export const designationsExport: ExportKind = {
  name: "designations",
  header: ({ lang }) => headerOf(DESIGNATION_COLUMNS, lang),
  async *csvChunks(reader, { search, lang, candidateBatchSize }) {
    for await (const ids of matchingCandidateIdBatches(reader, search, candidateBatchSize)) {
      const designations = await reader.designation.findMany({
        where: { program: { candidateId: { in: ids } } },
        include: designationExportInclude,
        orderBy: [{ programId: "asc" }, { type: "asc" }, { id: "asc" }],
      });
      yield* csvBytes(
        inBatchOrder(designations, ids, (designation) => designation.program.candidateId).map((designation) =>
          recordOf<DesignationExportRow>(designation, DESIGNATION_COLUMNS, lang),
        ),
      );
    }
  },
};
