// Reads an uploaded CSV into rows keyed by column, refusing what cannot be read safely: malformed quoting,
// rows with a different number of cells than the header, unknown, repeated or missing columns.
// Headers match the export's in English or Chinese (case and surrounding spaces ignored), or a column key.
import { parse } from "csv-parse/sync";
import type { Label } from "@/lib/domain/vocabulary";
import { restoreNeutralizedCell } from "@/lib/export/csv-cell";
import { appError } from "@/lib/i18n/app-error";
import { clauseList, messagePart, quotedList, type LocalizedValue } from "@/lib/i18n/error-messages";

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
      // The parser's own words are English: the catalogue says each kind of problem in the caller's language.
      const reason = messagePart("csvProblem", { code, line: String(parseError.lines ?? "?") });
      throw appError("BAD_REQUEST", "csvInvalid", { reason }, {
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
    unknown.length ? messagePart("importUnknownColumns", { count: unknown.length, names: quotedList(unknown) }) : null,
    repeated.length ? messagePart("importRepeatedColumns", { count: repeated.length, names: quotedList(repeated) }) : null,
    missing.length ? messagePart("importMissingColumns", { count: missing.length, names: columnHeaders(missing) }) : null,
  ].filter((problem) => problem !== null);
  if (problems.length > 0) {
    const known: LocalizedValue = (locale) => columns.map((column) => (locale === "en" ? column.header.en : column.header.zh)).join(locale === "en" ? ", " : "、");
    throw appError("BAD_REQUEST", "importHeaderMismatch", { problems: clauseList(problems), known }, {
      unknown,
      repeated,
      missing: missing.map((column) => column.key),
    });
  }
  return keys;
}

/** Required columns named in both languages, the locale's first: `"Designation" (加快程序)`. */
function columnHeaders(columns: readonly ImportColumnSpec[]): LocalizedValue {
  return (locale) =>
    columns.map((column) => (locale === "en" ? `"${column.header.en}" (${column.header.zh})` : `“${column.header.zh}”（${column.header.en}）`)).join(locale === "en" ? ", " : "、");
}

/** Parses the text and returns its data rows; cells neutralised by the export are read back as written. */
export function readCsvRows(text: string, columns: readonly ImportColumnSpec[]): { columns: string[]; rows: CsvRow[] } {
  const records = parseRecords(text);
  const [header, ...data] = records;
  if (!header) throw appError("BAD_REQUEST", "importFileEmpty");
  const keys = mapHeader(header.record, columns);
  if (data.length === 0) throw appError("BAD_REQUEST", "importNoDataRows");
  if (data.length > MAX_IMPORT_ROWS) {
    throw appError("PAYLOAD_TOO_LARGE", "importTooManyRows", { rows: String(data.length), max: String(MAX_IMPORT_ROWS) });
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
