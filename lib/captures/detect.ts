// Which kind a capture is, from its header row alone. A header set that is not exactly one kind's (a
// renamed, missing or extra column) is refused with the headers seen and the nearest kind: never guessed.
import { appError } from "@/lib/i18n/app-error";
import { bilingualLabel, clauseList, messagePart, plainList, quotedList, type LocalizedValue } from "@/lib/i18n/error-messages";
import type { CaptureColumn, CaptureKindSpec } from "@/lib/captures/kind";
import { CAPTURE_KINDS } from "@/lib/captures/kinds";
import { normaliseHeader } from "@/lib/captures/normalise";
import type { SourceTable } from "@/lib/captures/read-source";

/** Columns a site adds for its own use (links, buttons): ignored wherever they appear. */
export const IGNORED_HEADERS: readonly string[] = ["操作", "详情", "查看", "详细信息", "附件"];

/** How many rows above the header a title or a note may take. */
const HEADER_SEARCH_ROWS = 15;

export type HeaderMatch = {
  kind: CaptureKindSpec;
  /** The column key of each cell, or null for an ignored or empty one. */
  keys: (string | null)[];
  unknown: string[];
  missing: CaptureColumn[];
  repeated: string[];
  matched: number;
};

function headerIndex(kind: CaptureKindSpec): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of kind.columns) for (const header of column.zh) index.set(normaliseHeader(header), column.key);
  return index;
}

const INDEXES = new Map<string, Map<string, string>>(CAPTURE_KINDS.map((kind) => [kind.name, headerIndex(kind)]));
const IGNORED = new Set(IGNORED_HEADERS.map(normaliseHeader));

export function matchHeader(cells: readonly string[], kind: CaptureKindSpec): HeaderMatch {
  const index = INDEXES.get(kind.name) ?? headerIndex(kind);
  const keys: (string | null)[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const cell of cells) {
    const header = normaliseHeader(cell);
    if (header === "" || IGNORED.has(header)) {
      keys.push(null);
      continue;
    }
    const key = index.get(header);
    if (!key) unknown.push(cell);
    else if (keys.includes(key)) repeated.push(cell);
    keys.push(key && !keys.includes(key) ? key : null);
  }
  const found = new Set(keys.filter((key): key is string => key !== null));
  const missing = kind.columns.filter((column) => column.required && !found.has(column.key));
  return { kind, keys, unknown, missing, repeated, matched: found.size };
}

export function isExactMatch(match: HeaderMatch): boolean {
  return match.unknown.length === 0 && match.missing.length === 0 && match.repeated.length === 0;
}

/** Closeness of a header row to a kind: shared columns over all columns either side has. */
function closeness(match: HeaderMatch): number {
  return match.matched / (match.kind.columns.length + match.unknown.length);
}

export type Detected = { match: HeaderMatch; table: SourceTable; headerRow: number };

/** "Kind A (甲) and Kind B (乙)" / "甲（Kind A）和乙（Kind B）". */
function describeKinds(kinds: readonly CaptureKindSpec[]): LocalizedValue {
  return (locale) => kinds.map((kind) => bilingualLabel(kind.label)(locale)).join(locale === "en" ? " and " : "和");
}

function differences(match: HeaderMatch): LocalizedValue {
  return clauseList(
    [
      match.missing.length ? messagePart("captureHeadersMissing", { names: quotedList(match.missing.map((column) => column.zh[0]!)) }) : null,
      match.unknown.length ? messagePart("captureHeadersUnexpected", { names: quotedList(match.unknown) }) : null,
      match.repeated.length ? messagePart("captureHeadersRepeated", { names: quotedList(match.repeated) }) : null,
    ].filter((part) => part !== null),
  );
}

/**
 * Finds the header row: in each table, the first rows are tried against every kind (or only `kindName`).
 * Exactly one kind must match exactly; two kinds matching the same header is refused as ambiguous.
 */
export function detectKind(tables: readonly SourceTable[], kindName?: string): Detected {
  const kinds = kindName ? CAPTURE_KINDS.filter((kind) => kind.name === kindName) : CAPTURE_KINDS;
  if (kindName && kinds.length === 0) {
    throw appError("BAD_REQUEST", "captureKindUnknown", { name: kindName, kinds: plainList(CAPTURE_KINDS.map((kind) => kind.name)) });
  }
  const exact: Detected[] = [];
  let nearest: { detected: Detected; score: number } | null = null;
  for (const table of tables) {
    for (const [headerRow, row] of table.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
      const matches = kinds.map((kind) => matchHeader(row.cells, kind));
      const exactHere = matches.filter(isExactMatch);
      if (exactHere.length > 1) {
        throw appError(
          "BAD_REQUEST",
          "captureHeaderAmbiguous",
          { kinds: describeKinds(exactHere.map((match) => match.kind)) },
          { headersSeen: row.cells.filter(Boolean), kinds: exactHere.map((match) => match.kind.name) },
        );
      }
      if (exactHere[0]) {
        exact.push({ match: exactHere[0], table, headerRow });
        break;
      }
      for (const match of matches) {
        const score = closeness(match);
        if (match.matched > 0 && (!nearest || score > nearest.score)) nearest = { detected: { match, table, headerRow }, score };
      }
    }
  }
  const kindsFound = [...new Set(exact.map((detected) => detected.match.kind.name))];
  if (kindsFound.length > 1) {
    throw appError("BAD_REQUEST", "captureMixedKinds", { kinds: plainList(kindsFound) }, {
      kinds: kindsFound,
    });
  }
  if (exact.length > 0) return exact.reduce((best, next) => (next.table.rows.length > best.table.rows.length ? next : best));
  if (!nearest) {
    throw appError("BAD_REQUEST", "captureNoHeader", undefined, {
      headersSeen: tables[0]?.rows[0]?.cells.filter(Boolean) ?? [],
    });
  }
  const { match, table, headerRow } = nearest.detected;
  const seen = table.rows[headerRow]!.cells.filter(Boolean);
  throw appError(
    "BAD_REQUEST",
    "captureHeaderNearest",
    { seen: plainList(seen), nearest: bilingualLabel(match.kind.label), differences: differences(match) },
    { headersSeen: seen, nearestKind: match.kind.name, missing: match.missing.map((column) => column.zh[0]), unexpected: match.unknown },
  );
}
