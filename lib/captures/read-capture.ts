// A capture's source read into the rows of one kind: header found and checked (lib/captures/detect), header
// rows repeated per page skipped, a header of another kind refused, every cell normalised, and the page's
// "共 N 条" compared with the rows captured (a mismatch is a warning, kept as a code: lib/captures/warnings.ts).
import { appError } from "@/lib/i18n/app-error";
import { bilingualLabel, type LocalizedValue } from "@/lib/i18n/error-messages";
import { MAX_IMPORT_ROWS } from "@/lib/import/read-csv";
import { CAPTURE_KINDS, type CaptureKindName } from "@/lib/captures/kinds";
import { detectKind, isExactMatch, matchHeader } from "@/lib/captures/detect";
import { normaliseHeader, readFooterTotal } from "@/lib/captures/normalise";
import type { ReadSource } from "@/lib/captures/read-source";
import type { CaptureKindSpec } from "@/lib/captures/kind";
import type { CaptureWarning } from "@/lib/captures/warnings";

/** As many rows as an import takes. */
export const MAX_CAPTURE_ROWS = MAX_IMPORT_ROWS;

export type CaptureRow = { line: number; cells: Record<string, string> };

export type CaptureTable = {
  kind: CaptureKindName;
  rows: CaptureRow[];
  /** Said in the reader's language where shown (lib/captures/warnings.ts). */
  warnings: CaptureWarning[];
  /** The total the page states ("共 N 条"), when it states one. */
  footerTotal: number | null;
};

/** A kind's name in the locale's data language alone ("CDE acceptance directory" / "受理品种目录"). */
const kindLabel = (kind: CaptureKindSpec): LocalizedValue => (locale) => (locale === "en" ? kind.label.en : kind.label.zh);

export function readCaptureTable(source: ReadSource, kindName?: string): CaptureTable {
  const { match, table, headerRow } = detectKind(source.tables, kindName);
  const kind = match.kind;
  const headerText = table.rows[headerRow]!.cells.map(normaliseHeader).join("\t");
  const others = CAPTURE_KINDS.filter((other) => other.name !== kind.name);
  const rows: CaptureRow[] = [];
  const around: string[] = [source.around];
  let repeatedHeaders = 0;
  for (const row of table.rows.slice(headerRow + 1)) {
    if (row.cells.map(normaliseHeader).join("\t") === headerText) {
      repeatedHeaders += 1;
      continue;
    }
    const filled = row.cells.filter(Boolean);
    if (filled.length <= 1) {
      around.push(filled.join(" "));
      continue;
    }
    const other = others.find((candidate) => isExactMatch(matchHeader(row.cells, candidate)));
    if (other) {
      throw appError(
        "BAD_REQUEST",
        "captureOtherKindHeader",
        { line: String(row.line), other: bilingualLabel(other.label), kind: kindLabel(kind) },
        { kinds: [kind.name, other.name], line: row.line },
      );
    }
    const cells: Record<string, string> = {};
    match.keys.forEach((key, index) => {
      if (key) cells[key] = row.cells[index] ?? "";
    });
    rows.push({ line: row.line, cells });
    if (rows.length > MAX_CAPTURE_ROWS) {
      throw appError("PAYLOAD_TOO_LARGE", "captureTooManyRows", { max: String(MAX_CAPTURE_ROWS) });
    }
  }
  if (rows.length === 0) throw appError("BAD_REQUEST", "captureNoDataRows", { kind: kindLabel(kind) });
  const warnings: CaptureWarning[] = [];
  if (repeatedHeaders > 0) warnings.push({ code: "repeatedHeaders", count: repeatedHeaders });
  const footerTotal = around.map(readFooterTotal).find((total) => total !== null) ?? null;
  if (footerTotal !== null && footerTotal !== rows.length) {
    warnings.push({ code: footerTotal > rows.length ? "truncated" : "moreRowsThanStated", footerTotal, rows: rows.length });
  }
  return { kind: kind.name as CaptureKindName, rows, warnings, footerTotal };
}
