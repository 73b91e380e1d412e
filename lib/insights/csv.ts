// Each insights chart's data as a CSV file through the export machinery (lib/export: one snapshot, BOM,
// CRLF, Excel-safe cells, as-of file name): the same GROUP BY statement as the chart, one row per cell.
import type { Prisma } from "@/generated/prisma/client";
import { enumCell, headerOf, recordOf, type CsvColumn } from "@/lib/export/columns";
import { csvBytes } from "@/lib/export/csv-stream";
import type { ExportKind } from "@/lib/export/export-kind";
import type { Label } from "@/lib/domain/vocabulary";
import {
  buildDesignationsSql,
  buildPipelineSql,
  buildReimbursementSql,
  buildReviewDurationsSql,
  type DesignationYearRow,
  type PipelineRow,
  type ReimbursementOutcome,
  type ReimbursementRow,
  type ReviewDurationRow,
} from "@/lib/insights/aggregates";
import type { CandidateFilters } from "@/lib/search-params";

export const OUTCOME_LABELS: Record<ReimbursementOutcome, Label> = {
  listed: { en: "Listed", zh: "纳入目录" },
  renewed: { en: "Renewed", zh: "续约" },
  negotiationFailed: { en: "Negotiation failed", zh: "谈判失败" },
  reviewFailed: { en: "Failed review", zh: "未通过审查" },
  removed: { en: "Removed", zh: "调出目录" },
  inProgress: { en: "In progress", zh: "进行中" },
};

export const LIST_FAMILY_LABELS: Record<ReimbursementRow["family"], Label> = {
  NRDL: { en: "National Reimbursement Drug List", zh: "国家医保药品目录" },
  CHI: { en: "Commercial insurance innovative drug list", zh: "商业健康保险创新药品目录" },
  PROVINCIAL: { en: "Provincial list (legacy)", zh: "省级增补目录" },
};

const number = (value: number) => String(value);

const PIPELINE_COLUMNS: CsvColumn<PipelineRow>[] = [
  { key: "stage", header: { en: "Stage", zh: "阶段" }, cell: (row, lang) => enumCell("ProgramStage", row.stage, lang) },
  { key: "class", header: { en: "Mechanism class", zh: "作用机制" }, cell: (row, lang) => enumCell("MechanismClass", row.mechanismClass, lang) },
  { key: "candidates", header: { en: "Candidates", zh: "候选药物数" }, cell: (row) => number(row.candidates) },
];

const DESIGNATION_COLUMNS: CsvColumn<DesignationYearRow>[] = [
  { key: "type", header: { en: "Programme", zh: "程序" }, cell: (row, lang) => enumCell("DesignationType", row.type, lang) },
  { key: "year", header: { en: "Year", zh: "年份" }, cell: (row) => number(row.year) },
  { key: "opened", header: { en: "Opened", zh: "申请数" }, cell: (row) => number(row.opened) },
  { key: "granted", header: { en: "Granted", zh: "纳入/批准数" }, cell: (row) => number(row.granted) },
];

const DURATION_COLUMNS: CsvColumn<ReviewDurationRow>[] = [
  { key: "path", header: { en: "Review path", zh: "审评通道" }, cell: (row, lang) => enumCell("ReviewPath", row.path, lang) },
  { key: "year", header: { en: "Year decided", zh: "审结年份" }, cell: (row) => number(row.year) },
  { key: "n", header: { en: "Reviews", zh: "审评数" }, cell: (row) => number(row.n) },
  { key: "min", header: { en: "Minimum (working days)", zh: "最短（工作日）" }, cell: (row) => number(row.min) },
  { key: "p25", header: { en: "25th percentile", zh: "第25百分位" }, cell: (row) => number(row.p25) },
  { key: "median", header: { en: "Median", zh: "中位数" }, cell: (row) => number(row.median) },
  { key: "p75", header: { en: "75th percentile", zh: "第75百分位" }, cell: (row) => number(row.p75) },
  { key: "max", header: { en: "Maximum", zh: "最长" }, cell: (row) => number(row.max) },
];

const REIMBURSEMENT_COLUMNS: CsvColumn<ReimbursementRow>[] = [
  { key: "list", header: { en: "List", zh: "目录" }, cell: (row, lang) => LIST_FAMILY_LABELS[row.family][lang] },
  { key: "year", header: { en: "Cycle (list year)", zh: "调整年度" }, cell: (row) => number(row.year) },
  { key: "outcome", header: { en: "Outcome", zh: "结果" }, cell: (row, lang) => OUTCOME_LABELS[row.outcome][lang] },
  { key: "listings", header: { en: "Listings", zh: "记录数" }, cell: (row) => number(row.listings) },
];

function chartExport<Row>(name: string, columns: CsvColumn<Row>[], build: (filters: CandidateFilters) => Prisma.Sql, shape: (row: Row) => Row = (row) => row): ExportKind {
  return {
    name: `insights-${name}`,
    header: ({ lang }) => headerOf(columns as CsvColumn<never>[], lang),
    async *csvChunks(reader, { search, lang }) {
      const rows = await reader.$queryRaw<Row[]>(build(search));
      yield* csvBytes(rows.map((row) => recordOf(shape(row), columns, lang)));
    },
  };
}

const round1 = (value: number) => Math.round(Number(value) * 10) / 10;

/** The CSV of each chart, by the name in its URL (/api/insights/<name>.csv). */
export const INSIGHTS_CSV: Record<string, ExportKind> = {
  pipeline: chartExport("pipeline", PIPELINE_COLUMNS, buildPipelineSql),
  designations: chartExport("designations", DESIGNATION_COLUMNS, buildDesignationsSql),
  "review-durations": chartExport("review-durations", DURATION_COLUMNS, buildReviewDurationsSql, (row) => ({
    ...row,
    p25: round1(row.p25),
    median: round1(row.median),
    p75: round1(row.p75),
  })),
  reimbursement: chartExport("reimbursement", REIMBURSEMENT_COLUMNS, buildReimbursementSql),
};
