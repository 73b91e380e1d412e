// Reads an uploaded CSV into rows keyed by column, refusing what cannot be read safely: malformed quoting,
// rows with a different number of cells than the header, unknown, repeated or missing columns.
// Headers match the export's in English or Chinese (case and surrounding spaces ignored), or a column key.
import { parse } from "csv-parse/sync";
import type { Label } from "@/lib/domain/vocabulary";
import { restoreNeutralizedCell } from "@/lib/export/csv-cell";
import { AppError } from "@/lib/errors";

export type ImportColumnSpec = { key: string; header: Label; required?: boolean };

export type CsvRow<Key extends string = string> = {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  cells: Partial<Record<Key, string>>;
};

export const MAX_IMPORT_ROWS = 20_000;

type CsvParseError = Error & { code?: string; lines?: number };

/**
 * CSV text to records with their line numbers; malformed quoting is a 400 naming the line. Captures pass
 * `relaxColumnCount`: a saved list may carry a title line above its header.
 */
export function parseRecords(text: string, { relaxColumnCount = false } = {}): { record: string[]; records: number }[] {
  try {
    return (parse(text, { info: true, skip_empty_lines: true, bom: true, relax_column_count: relaxColumnCount }) as unknown as { record: string[]; info: { records: number } }[]).map(
      (entry) => ({ record: entry.record, records: entry.info.records }),
    );
  } catch (error) {
    const parseError = error as CsvParseError;
    const code = parseError.code ?? "";
    if (code.startsWith("CSV_") || code === "INVALID_OPENING_QUOTE") {
      throw new AppError("BAD_REQUEST", `The file is not valid CSV: ${parseError.message}. Check the quotes around that line.`, {
        csvError: parseError.code,
        line: parseError.lines,
      });
    }
    throw error;
  }
}

const normalizeHeader = (text: string) => text.normalize("NFKC").trim().toLowerCase();

/** Maps each header cell to a column key of `columns`, or throws naming every unknown, repeated or missing one. */
export function mapHeader(header: readonly string[], columns: readonly ImportColumnSpec[]): string[] {
  const byHeader = new Map<string, string>();
  for (const column of columns) {
    for (const text of [column.header.en, column.header.zh, column.key]) byHeader.set(normalizeHeader(text), column.key);
  }
  const keys: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const cell of header) {
    const key = byHeader.get(normalizeHeader(cell));
    if (!key) unknown.push(cell);
    else if (keys.includes(key)) repeated.push(cell);
    else keys.push(key);
  }
  const missing = columns.filter((column) => column.required && !keys.includes(column.key));
  const problems = [
    unknown.length ? `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => `"${name}"`).join(", ")}` : "",
    repeated.length ? `repeated column${repeated.length > 1 ? "s" : ""} ${repeated.map((name) => `"${name}"`).join(", ")}` : "",
    missing.length
      ? `missing required column${missing.length > 1 ? "s" : ""} ${missing.map((column) => `"${column.header.en}" (${column.header.zh})`).join(", ")}`
      : "",
  ].filter(Boolean);
  if (problems.length > 0) {
    const known = columns.map((column) => column.header.en).join(", ");
    throw new AppError("BAD_REQUEST", `The header row does not match this import: ${problems.join("; ")}. Known columns: ${known}.`, {
      unknown,
      repeated,
      missing: missing.map((column) => column.key),
    });
  }
  return keys;
}

/** Parses the text and returns its data rows; cells neutralised by the export are read back as written. */
export function readCsvRows(text: string, columns: readonly ImportColumnSpec[]): { columns: string[]; rows: CsvRow[] } {
  const records = parseRecords(text);
  const [header, ...data] = records;
  if (!header) throw new AppError("BAD_REQUEST", "The file is empty: it needs a header row and at least one data row.");
  const keys = mapHeader(header.record, columns);
  if (data.length === 0) throw new AppError("BAD_REQUEST", "The file has a header row but no data rows.");
  if (data.length > MAX_IMPORT_ROWS) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file has ${data.length} rows; an import takes at most ${MAX_IMPORT_ROWS}.`);
  }
  const rows = data.map(({ record, records }) => {
    const cells: Record<string, string> = {};
    keys.forEach((key, index) => {
      cells[key] = restoreNeutralizedCell(record[index] ?? "");
    });
    return { row: records, cells };
  });
  return { columns: keys, rows };
}
