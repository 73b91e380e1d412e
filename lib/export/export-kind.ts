// What every export shares: the parsed view, the language, the moment it was taken, and how a kind turns
// the view into a header and the CSV bytes of its records.
import type { Lang } from "@/lib/domain/vocabulary";
import type { SnapshotReader } from "@/lib/export/snapshot";
import type { CandidateSearch } from "@/lib/search-params";

export const EXPORT_KINDS = ["candidates", "events", "designations", "reimbursement"] as const;
export type ExportKindName = (typeof EXPORT_KINDS)[number];

export type ExportContext = {
  search: CandidateSearch;
  lang: Lang;
  /** The as-of moment printed in the file name and used for computed columns (review clock). */
  asOf: Date;
  /** Candidates per database round trip; tests make it small to cross batch boundaries. */
  candidateBatchSize?: number;
};

export type ExportKind = {
  /**
   * The file name's kind: a dashboard export, the provincial access export (its own link on /reports), or the
   * data of one insights chart (lib/insights/csv.ts).
   */
  name: ExportKindName | "provincial-access" | `insights-${string}`;
  header: (context: ExportContext) => string[];
  /** The records as CSV bytes (lib/export/csv-stream.ts: neutralised, quoted, CRLF), a piece at a time. */
  csvChunks: (reader: SnapshotReader, context: ExportContext) => AsyncIterable<Uint8Array>;
};
