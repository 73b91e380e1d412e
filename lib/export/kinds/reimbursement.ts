// reimbursement.csv: one row per listing (programme x list x list year) of the view's candidates. It is also
// the import format for listings: programme id, list and list year are the key, then the version.
import type { Prisma } from "@/generated/prisma/client";
import { booleanCell, dateCell, enumCell, HEADERS, headerOf, recordOf, textCell, type CsvColumn } from "@/lib/export/columns";
import { csvBytes } from "@/lib/export/csv-stream";
import type { ExportKind } from "@/lib/export/export-kind";
import { inBatchOrder, matchingCandidateIdBatches } from "@/lib/export/matching-candidates";

export const reimbursementExportInclude = {
  program: {
    select: {
      id: true,
      candidateId: true,
      indicationEn: true,
      candidate: { select: { nameEn: true, nameZh: true } },
    },
  },
} satisfies Prisma.ReimbursementListingInclude;

export type ReimbursementExportRow = Prisma.ReimbursementListingGetPayload<{ include: typeof reimbursementExportInclude }>;

type DateField = "applied" | "formalReview" | "expertReview" | "negotiation" | "publication" | "effective" | "agreementStart" | "agreementEnd" | "removed";

function dated<K extends DateField>(field: K, header: { en: string; zh: string }) {
  return {
    key: `${field}Date` as `${K}Date`,
    header,
    cell: (row: ReimbursementExportRow) => dateCell(row[`${field}Date`], row[`${field}Precision`]),
  };
}

export const REIMBURSEMENT_COLUMNS = [
  { key: "programId", header: HEADERS.programId, cell: (row) => String(row.programId) },
  { key: "list", header: { en: "List", zh: "目录" }, cell: (row, lang) => enumCell("ReimbursementList", row.list, lang) },
  { key: "listYear", header: { en: "List year", zh: "目录年度" }, cell: (row) => String(row.listYear) },
  { key: "version", header: HEADERS.version, cell: (row) => String(row.version) },
  { key: "candidate", header: HEADERS.candidate, cell: (row) => row.program.candidate.nameEn },
  { key: "candidateZh", header: HEADERS.candidateZh, cell: (row) => textCell(row.program.candidate.nameZh) },
  { key: "indication", header: HEADERS.indication, cell: (row) => row.program.indicationEn },
  { key: "state", header: { en: "State", zh: "状态" }, cell: (row, lang) => enumCell("ReimbursementState", row.state, lang) },
  { key: "route", header: { en: "Route", zh: "准入方式" }, cell: (row, lang) => enumCell("ReimbursementRoute", row.route, lang) },
  dated("applied", { en: "Applied", zh: "申报日期" }),
  dated("formalReview", { en: "Formal review", zh: "形式审查日期" }),
  dated("expertReview", { en: "Expert review", zh: "专家评审日期" }),
  dated("negotiation", { en: "Negotiation", zh: "谈判日期" }),
  dated("publication", { en: "List published", zh: "目录公布日期" }),
  dated("effective", { en: "Effective", zh: "生效日期" }),
  dated("agreementStart", { en: "Agreement start", zh: "协议期开始" }),
  dated("agreementEnd", { en: "Agreement end", zh: "协议期结束" }),
  dated("removed", { en: "Removed", zh: "调出日期" }),
  {
    key: "paymentStandard",
    header: { en: "Payment standard (CNY)", zh: "支付标准（元）" },
    cell: (row) => (row.paymentStandard === null ? "" : row.paymentStandard.toFixed(2)),
  },
  { key: "paymentUnit", header: { en: "Payment unit", zh: "支付单位" }, cell: (row) => textCell(row.paymentUnit) },
  { key: "restriction", header: { en: "Restriction", zh: "限定支付范围" }, cell: (row) => textCell(row.restriction) },
  { key: "notes", header: HEADERS.notes, cell: (row) => textCell(row.notes) },
  { key: "sourceUrl", header: HEADERS.sourceUrl, cell: (row) => textCell(row.sourceUrl) },
  { key: "sourceConfidence", header: HEADERS.sourceConfidence, cell: (row, lang) => enumCell("SourceConfidence", row.sourceConfidence, lang) },
  { key: "illustrative", header: HEADERS.illustrative, cell: (row, lang) => booleanCell(row.illustrative, lang) },
] as const satisfies readonly CsvColumn<ReimbursementExportRow>[];

export type ReimbursementColumnKey = (typeof REIMBURSEMENT_COLUMNS)[number]["key"];

export const reimbursementExport: ExportKind = {
  name: "reimbursement",
  header: ({ lang }) => headerOf(REIMBURSEMENT_COLUMNS, lang),
  async *csvChunks(reader, { search, lang, candidateBatchSize }) {
    for await (const ids of matchingCandidateIdBatches(reader, search, candidateBatchSize)) {
      const listings = await reader.reimbursementListing.findMany({
        where: { program: { candidateId: { in: ids } } },
        include: reimbursementExportInclude,
        orderBy: [{ programId: "asc" }, { listYear: "asc" }, { list: "asc" }, { id: "asc" }],
      });
      yield* csvBytes(
        inBatchOrder(listings, ids, (listing) => listing.program.candidateId).map((listing) =>
          recordOf<ReimbursementExportRow>(listing, REIMBURSEMENT_COLUMNS, lang),
        ),
      );
    }
  },
};
