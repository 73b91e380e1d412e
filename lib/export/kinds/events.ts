// events.csv: the timeline of the view, one row per dated fact with its precision, source and confidence.
import type { DatePrecision } from "@/generated/prisma/enums";
import { formatPartialDayKey } from "@/lib/domain/partial-date";
import type { Label, Lang } from "@/lib/domain/vocabulary";
import { booleanCell, enumCell, HEADERS, headerOf, recordOf, textCell, type CsvColumn } from "@/lib/export/columns";
import { csvBytes } from "@/lib/export/csv-stream";
import type { ExportKind } from "@/lib/export/export-kind";
import { inBatches, matchingCandidateIds } from "@/lib/export/matching-candidates";
import type { EventFactRow, EventKind } from "@/lib/export/kinds/events-query";
import { readEventCsvInParallel, readEventsThroughCursor } from "@/lib/export/kinds/events-reader";
import { openSnapshotPeers } from "@/lib/export/snapshot-peers";

const KIND_LABELS: { readonly [K in EventKind]: Label } = {
  stage: { en: "Stage", zh: "研发阶段" },
  application: { en: "Application status", zh: "申请办理状态" },
  designation: { en: "Expedited programme", zh: "加快上市程序" },
  reimbursement: { en: "Reimbursement", zh: "医保目录" },
};

export const STEP_LABELS: Record<string, Label> = {
  REQUESTED: { en: "Requested", zh: "提出申请" },
  PUBLICITY_START: { en: "Publicity started", zh: "公示开始" },
  PUBLICITY_END: { en: "Publicity ended", zh: "公示结束" },
  GRANTED: { en: "Granted / approved", zh: "纳入/批准" },
  TERMINATED: { en: "Terminated / revoked", zh: "终止/注销" },
  OBLIGATION_DEADLINE: { en: "Confirmatory study deadline", zh: "上市后研究完成时限" },
  APPLIED: { en: "Applied", zh: "申报" },
  FORMAL_REVIEW: { en: "Formal review", zh: "形式审查" },
  EXPERT_REVIEW: { en: "Expert review", zh: "专家评审" },
  NEGOTIATION: { en: "Negotiation", zh: "谈判" },
  PUBLISHED: { en: "List published", zh: "目录公布" },
  EFFECTIVE: { en: "Effective", zh: "生效" },
  AGREEMENT_START: { en: "Agreement period starts", zh: "协议期开始" },
  AGREEMENT_END: { en: "Agreement period ends", zh: "协议期结束" },
  REMOVED: { en: "Removed", zh: "调出" },
};

function subjectOf(row: EventFactRow, lang: Lang): string {
  if (row.kind === "designation") return enumCell("DesignationType", row.subject, lang);
  if (row.kind === "reimbursement") return `${enumCell("ReimbursementList", row.subject, lang)} ${row.list_year ?? ""}`.trim();
  return textCell(row.subject);
}

function eventOf(row: EventFactRow, lang: Lang): string {
  if (row.kind === "stage") return enumCell("ProgramStage", row.code, lang);
  if (row.kind === "application") return enumCell("ApplicationStatus", row.code, lang);
  return STEP_LABELS[row.code]?.[lang] ?? row.code;
}

/** The day arrives as text (to_char), so no time zone can shift it; cut to its precision. */
function dayCell(row: EventFactRow): string {
  return formatPartialDayKey(row.day, row.precision as DatePrecision);
}

export const EVENT_COLUMNS: CsvColumn<EventFactRow>[] = [
  { key: "candidate", header: HEADERS.candidate, cell: (row) => row.name_en },
  { key: "candidateZh", header: HEADERS.candidateZh, cell: (row) => textCell(row.name_zh) },
  { key: "indication", header: HEADERS.indication, cell: (row) => row.indication_en },
  { key: "indicationZh", header: HEADERS.indicationZh, cell: (row) => textCell(row.indication_zh) },
  { key: "date", header: { en: "Date", zh: "日期" }, cell: dayCell },
  { key: "precision", header: { en: "Date precision", zh: "日期精度" }, cell: (row, lang) => enumCell("DatePrecision", row.precision, lang) },
  { key: "kind", header: { en: "Record type", zh: "记录类型" }, cell: (row, lang) => KIND_LABELS[row.kind][lang] },
  { key: "subject", header: { en: "Subject", zh: "对象" }, cell: subjectOf },
  { key: "event", header: { en: "Event", zh: "事件" }, cell: eventOf },
  { key: "note", header: HEADERS.notes, cell: (row) => textCell(row.note) },
  { key: "sourceUrl", header: HEADERS.sourceUrl, cell: (row) => textCell(row.source_url) },
  { key: "sourceConfidence", header: HEADERS.sourceConfidence, cell: (row, lang) => enumCell("SourceConfidence", row.confidence, lang) },
  { key: "illustrative", header: HEADERS.illustrative, cell: (row, lang) => booleanCell(row.illustrative, lang) },
  { key: "candidateId", header: HEADERS.candidateId, cell: (row) => String(row.candidate_id) },
  { key: "programId", header: HEADERS.programId, cell: (row) => String(row.program_id) },
];

/** Candidates per batch (about 2,500 facts): bounds the memory each step holds. */
const CANDIDATES_PER_BATCH = 250;
/** Peer connections per export: one batch is computed by each while the previous is written. */
const PEERS = 2;
/** About how many facts a candidate has: sizes the cursor's steps like the batches. */
const FACTS_PER_CANDIDATE = 10;

export const eventsExport: ExportKind = {
  name: "events",
  header: ({ lang }) => headerOf(EVENT_COLUMNS, lang),
  async *csvChunks(reader, { search, lang, candidateBatchSize = CANDIDATES_PER_BATCH }) {
    const ids = await matchingCandidateIds(reader, search);
    if (ids.length === 0) return;
    const toRecord = (row: EventFactRow) => recordOf(row, EVENT_COLUMNS, lang);
    const peers = await openSnapshotPeers(reader, PEERS);
    try {
      if (peers) {
        for await (const batch of readEventCsvInParallel(peers.clients, inBatches(ids, candidateBatchSize), toRecord)) yield* batch;
      } else {
        for await (const rows of readEventsThroughCursor(reader, ids, candidateBatchSize * FACTS_PER_CANDIDATE)) {
          yield* csvBytes(rows.map(toRecord));
        }
      }
    } finally {
      await peers?.release();
    }
  },
};
