// The one filter schema of the pipeline views. The dashboard page, the JSON API, the CSV exports and the
// timeline all read their URL through `parseCandidateSearchParams`; the client binds the same
// definitions to the URL with nuqs (`candidateSearchParsers`). Each parameter is parsed by one
// function that either returns a value or says, in words, what is allowed.
import { createParser, createSerializer } from "nuqs/server";
import {
  DesignationState,
  DesignationType,
  DrugCategory,
  MechanismClass,
  Origin,
  ProgramStage,
  ProvincialAccessState,
  ReimbursementList,
  ReimbursementState,
} from "@/generated/prisma/enums";
import { PROVINCE_COUNT, provinceByCode } from "@/lib/domain/provinces";

// ---------------------------------------------------------------------------------------------
// Value types
// ---------------------------------------------------------------------------------------------

/** `BREAKTHROUGH_THERAPY` (any state) or `BREAKTHROUGH_THERAPY:GRANTED`. */
export type DesignationFilter = { type: DesignationType; state?: DesignationState };
/** `NRDL_NEGOTIATED` (any state), `NRDL_NEGOTIATED:LISTED`, or `ANY:LISTED` (that state on any list). */
export type ReimbursementFilter = { list?: ReimbursementList; state?: ReimbursementState };
/**
 * Provincial coverage of a listing: `20` (listed in at least 20 provinces), `440000` (listed in Guangdong)
 * or `440000:DUAL_CHANNEL` (Guangdong in that state; `:NOT_STARTED` is a province with no access recorded).
 */
export type CoverageFilter = { atLeast: number } | { province: string; state?: ProvincialAccessState };

export const SORTABLE_COLUMNS = ["name", "nameZh", "class", "stage", "updated", "reviewClock", "lastChange"] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];
export type SortTerm = { column: SortableColumn; desc: boolean };

export const TABLE_COLUMNS = [
  "name",
  "nameZh",
  "class",
  "sponsor",
  "stage",
  "designations",
  "reimbursement",
  "coverage",
  "reviewClock",
  "lastChange",
  "updated",
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const PER_PAGE_OPTIONS = [10, 25, 50, 100, 200] as const;
export const MAX_PAGE = 10_000;
const MAX_TEXT = 200;
/** Dates a filter may name: wide enough for any regulatory record, narrow enough for PostgreSQL and JS. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2999;
const MAX_LIST_ITEMS = 50;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

// ---------------------------------------------------------------------------------------------
// Parsers of one raw string each
// ---------------------------------------------------------------------------------------------

function enumValue<T extends string>(values: Record<string, T>, what: string) {
  const allowed = Object.values(values);
  return (raw: string): Parsed<T> =>
    (allowed as string[]).includes(raw) ? ok(raw as T) : fail(`"${raw}" is not a ${what}; allowed: ${allowed.join(", ")}`);
}

const parseDesignationType = enumValue(DesignationType, "designation type");
const parseDesignationState = enumValue(DesignationState, "designation state");
const parseReimbursementList = enumValue(ReimbursementList, "reimbursement list");
const parseReimbursementState = enumValue(ReimbursementState, "reimbursement state");

function parseDesignationToken(raw: string): Parsed<DesignationFilter> {
  const [typePart = "", statePart, extra] = raw.split(":");
  if (extra !== undefined) return fail(`"${raw}" should be TYPE or TYPE:STATE`);
  const type = parseDesignationType(typePart);
  if (!type.ok) return type;
  if (statePart === undefined) return ok({ type: type.value });
  const state = parseDesignationState(statePart);
  return state.ok ? ok({ type: type.value, state: state.value }) : state;
}

function parseReimbursementToken(raw: string): Parsed<ReimbursementFilter> {
  const [listPart = "", statePart, extra] = raw.split(":");
  if (extra !== undefined) return fail(`"${raw}" should be LIST, LIST:STATE or ANY:STATE`);
  let list: ReimbursementList | undefined;
  if (listPart !== "ANY") {
    const parsedList = parseReimbursementList(listPart);
    if (!parsedList.ok) return parsedList;
    list = parsedList.value;
  } else if (statePart === undefined) {
    return fail(`"ANY" needs a state, e.g. ANY:LISTED`);
  }
  if (statePart === undefined) return ok({ list });
  const state = parseReimbursementState(statePart);
  return state.ok ? ok({ list, state: state.value }) : state;
}

const parseProvincialState = enumValue(ProvincialAccessState, "provincial access state");

function parseCoverageToken(raw: string): Parsed<CoverageFilter> {
  if (/^\d{1,2}$/.test(raw)) {
    const atLeast = Number(raw);
    return atLeast >= 1 && atLeast <= PROVINCE_COUNT ? ok({ atLeast }) : fail(`"${raw}": at least 1 and at most ${PROVINCE_COUNT} provinces`);
  }
  const [code = "", statePart, extra] = raw.split(":");
  if (extra !== undefined || !provinceByCode(code)) {
    return fail(`"${raw}" should be a number of provinces (1-${PROVINCE_COUNT}), a GB/T 2260 province code such as 440000, or CODE:STATE`);
  }
  if (statePart === undefined) return ok({ province: code });
  const state = parseProvincialState(statePart);
  return state.ok ? ok({ province: code, state: state.value }) : state;
}

function parsePositiveId(raw: string): Parsed<number> {
  if (!/^\d{1,9}$/.test(raw) || Number(raw) === 0) return fail(`"${raw}" is not a record id (a positive whole number)`);
  return ok(Number(raw));
}

function parseText(raw: string): Parsed<string> {
  const text = raw.trim();
  if (text.length > MAX_TEXT) return fail(`must be at most ${MAX_TEXT} characters`);
  // PostgreSQL text cannot hold NUL; refusing it here keeps it a 400 rather than a database error.
  if (text.includes("\u0000")) return fail("must not contain NUL characters");
  return ok(text);
}

function parseIsoDate(raw: string): Parsed<string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return fail(`"${raw}" is not a date; use YYYY-MM-DD`);
  const date = new Date(`${raw}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) return fail(`"${raw}" is not a real calendar date`);
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`"${raw}" is outside ${MIN_YEAR}-${MAX_YEAR}`);
  return ok(raw);
}

function parseBoolean(raw: string): Parsed<boolean> {
  if (raw === "true") return ok(true);
  if (raw === "false") return ok(false);
  return fail(`"${raw}" should be true or false`);
}

function parsePage(raw: string): Parsed<number> {
  if (!/^\d+$/.test(raw)) return fail(`"${raw}" is not a page number`);
  const page = Number(raw);
  if (page < 1 || page > MAX_PAGE) return fail(`must be between 1 and ${MAX_PAGE}`);
  return ok(page);
}

function parsePerPage(raw: string): Parsed<number> {
  const perPage = Number(raw);
  return (PER_PAGE_OPTIONS as readonly number[]).includes(perPage)
    ? ok(perPage)
    : fail(`"${raw}" is not an allowed page size; allowed: ${PER_PAGE_OPTIONS.join(", ")}`);
}

function parseSortTerm(raw: string): Parsed<SortTerm> {
  const desc = raw.startsWith("-");
  const column = desc ? raw.slice(1) : raw;
  return (SORTABLE_COLUMNS as readonly string[]).includes(column)
    ? ok({ column: column as SortableColumn, desc })
    : fail(`"${column}" is not sortable; sortable: ${SORTABLE_COLUMNS.join(", ")} (prefix - for descending)`);
}

function parseColumn(raw: string): Parsed<TableColumn> {
  return (TABLE_COLUMNS as readonly string[]).includes(raw)
    ? ok(raw as TableColumn)
    : fail(`"${raw}" is not a column; columns: ${TABLE_COLUMNS.join(", ")}`);
}

/**
 * Splits a comma-separated list. Free-text items (indications) may hold commas: "\," is a comma inside an
 * item and "\\" a backslash, as joinList writes them.
 */
export function splitList(raw: string): string[] {
  const items: string[] = [];
  let current = "";
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index]!;
    if (char === "\\" && index + 1 < raw.length) current += raw[++index];
    else if (char === ",") {
      items.push(current);
      current = "";
    } else current += char;
  }
  items.push(current);
  return items;
}

/** The inverse of splitList. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\,]/g, (char) => `\\${char}`)).join(",");
}

/** A comma-separated list, each item parsed on its own; duplicates dropped. */
function listOf<T>(parseItem: (raw: string) => Parsed<T>) {
  return (raw: string): Parsed<T[]> => {
    const items = splitList(raw).map((item) => item.trim()).filter(Boolean);
    if (items.length > MAX_LIST_ITEMS) return fail(`at most ${MAX_LIST_ITEMS} values`);
    const values: T[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const parsed = parseItem(item);
      if (!parsed.ok) return parsed;
      const key = JSON.stringify(parsed.value);
      if (!seen.has(key)) values.push(parsed.value);
      seen.add(key);
    }
    return ok(values);
  };
}

// ---------------------------------------------------------------------------------------------
// The parameter table
// ---------------------------------------------------------------------------------------------

type Definition<T> = { parse: (raw: string) => Parsed<T>; serialize: (value: T) => string; defaultValue: T };

const list = <T>(parseItem: (raw: string) => Parsed<T>, serializeItem: (value: T) => string): Definition<T[]> => ({
  parse: listOf(parseItem),
  serialize: (values) => joinList(values.map(serializeItem)),
  defaultValue: [],
});
const optional = <T>(parse: (raw: string) => Parsed<T>, serialize: (value: T) => string): Definition<T | null> => ({
  parse,
  serialize: (value) => (value === null ? "" : serialize(value)),
  defaultValue: null,
});
const asIs = (value: string) => value;

export const DEFAULT_SORT: SortTerm[] = [{ column: "name", desc: false }];
export const DEFAULT_PER_PAGE = 50;

const definitions = {
  q: { parse: parseText, serialize: asIs, defaultValue: "" } as Definition<string>,
  designation: list(parseDesignationToken, (f) => (f.state ? `${f.type}:${f.state}` : f.type)),
  stage: list(enumValue(ProgramStage, "programme stage"), asIs),
  class: list(enumValue(MechanismClass, "mechanism class"), asIs),
  sponsor: list(parsePositiveId, String),
  indication: list(parseText, asIs),
  category: list(enumValue(DrugCategory, "drug category"), asIs),
  origin: list(enumValue(Origin, "origin"), asIs),
  reimbursement: list(parseReimbursementToken, (f) => `${f.list ?? "ANY"}${f.state ? `:${f.state}` : ""}`),
  coverage: list(parseCoverageToken, (f) => ("atLeast" in f ? String(f.atLeast) : f.state ? `${f.province}:${f.state}` : f.province)),
  /** `true`: on an NRDL list now (listed or renewed); `false`: not on any NRDL list now. */
  onNrdl: optional(parseBoolean, String),
  researchOnly: optional(parseBoolean, String),
  grantedFrom: optional(parseIsoDate, asIs),
  grantedTo: optional(parseIsoDate, asIs),
  ndaFrom: optional(parseIsoDate, asIs),
  ndaTo: optional(parseIsoDate, asIs),
  /** `true`: an application's review clock runs (lib/review-clock); `false`: none runs. */
  reviewRunning: optional(parseBoolean, String),
  sort: {
    parse: listOf(parseSortTerm),
    serialize: (terms) => terms.map((t) => `${t.desc ? "-" : ""}${t.column}`).join(","),
    defaultValue: DEFAULT_SORT,
  } as Definition<SortTerm[]>,
  page: { parse: parsePage, serialize: String, defaultValue: 1 } as Definition<number>,
  perPage: { parse: parsePerPage, serialize: String, defaultValue: DEFAULT_PER_PAGE } as Definition<number>,
  /** Visible columns in display order; absent = all. */
  cols: list(parseColumn, asIs),
};

type Definitions = typeof definitions;
export type CandidateSearchParamName = keyof Definitions;
export type CandidateSearch = { [K in CandidateSearchParamName]: Definitions[K]["defaultValue"] };
export type SearchParamError = { param: string; message: string };

export const CANDIDATE_SEARCH_PARAM_NAMES = Object.keys(definitions) as CandidateSearchParamName[];

export function defaultCandidateSearch(): CandidateSearch {
  return Object.fromEntries(
    CANDIDATE_SEARCH_PARAM_NAMES.map((name) => [name, structuredClone(definitions[name].defaultValue)]),
  ) as CandidateSearch;
}

type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function entriesOf(raw: RawSearchParams): [string, string][] {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([key, value]) =>
    value === undefined ? [] : Array.isArray(value) ? value.map((v) => [key, v] as [string, string]) : [[key, value] as [string, string]],
  );
}

/**
 * Parses the pipeline's URL parameters. Invalid values fall back to their default and are reported
 * in `errors` (the page shows them as a notice; the API answers 400). Unknown parameters are
 * reported too unless listed in `allowExtra` (e.g. `lang` for exports).
 */
export function parseCandidateSearchParams(
  raw: RawSearchParams,
  { allowExtra = [] }: { allowExtra?: readonly string[] } = {},
): { search: CandidateSearch; errors: SearchParamError[] } {
  const search = defaultCandidateSearch();
  const errors: SearchParamError[] = [];
  const seen = new Set<string>();
  for (const [key, value] of entriesOf(raw)) {
    if (!(key in definitions)) {
      if (!allowExtra.includes(key)) errors.push({ param: key, message: `unknown parameter; known: ${CANDIDATE_SEARCH_PARAM_NAMES.join(", ")}` });
      continue;
    }
    if (seen.has(key)) {
      errors.push({ param: key, message: "given more than once; separate several values with commas" });
      (search as Record<string, unknown>)[key] = structuredClone(definitions[key as CandidateSearchParamName].defaultValue);
      continue;
    }
    seen.add(key);
    const name = key as CandidateSearchParamName;
    const parsed = definitions[name].parse(value);
    if (parsed.ok) (search as Record<string, unknown>)[name] = parsed.value;
    else errors.push({ param: key, message: parsed.message });
  }
  for (const [from, to] of [["grantedFrom", "grantedTo"], ["ndaFrom", "ndaTo"]] as const) {
    const start = search[from];
    const end = search[to];
    if (start && end && start > end) {
      errors.push({ param: to, message: `must not be before ${from} (${start})` });
      search[to] = null;
    }
  }
  return { search, errors };
}

/** The URL query (without "?") for a search, leaving out every default, in a stable order. */
export function serializeCandidateSearch(search: Partial<CandidateSearch>): string {
  const params = new URLSearchParams();
  for (const name of CANDIDATE_SEARCH_PARAM_NAMES) {
    const value = search[name];
    if (value === undefined) continue;
    const definition = definitions[name] as Definition<unknown>;
    const text = definition.serialize(value);
    if (text === "" || text === definition.serialize(definition.defaultValue)) continue;
    params.set(name, text);
  }
  return params.toString();
}

/** Parameters of the view rather than of which rows match. */
const VIEW_PARAM_NAMES = ["sort", "page", "perPage", "cols"] as const satisfies readonly CandidateSearchParamName[];

/** The filter part only (what decides which rows match), for queries shared by lists, exports and timelines. */
export type CandidateFilters = Omit<CandidateSearch, (typeof VIEW_PARAM_NAMES)[number]>;
export type CandidateFilterParamName = keyof CandidateFilters;

/** URL parameters that change which rows match. */
export const CANDIDATE_FILTER_PARAM_NAMES = CANDIDATE_SEARCH_PARAM_NAMES.filter(
  (name): name is CandidateFilterParamName => !(VIEW_PARAM_NAMES as readonly string[]).includes(name),
);

export function hasActiveFilters(search: CandidateFilters): boolean {
  return serializeCandidateSearch(search) !== "";
}

// ---------------------------------------------------------------------------------------------
// nuqs binding for the client: the same parse/serialize functions, so the URL means one thing.
// ---------------------------------------------------------------------------------------------

function toNuqsParser<T>(definition: Definition<T>) {
  return createParser<NonNullable<T>>({
    parse: (raw) => {
      const parsed = definition.parse(raw);
      return parsed.ok && parsed.value !== null ? (parsed.value as NonNullable<T>) : null;
    },
    serialize: (value) => definition.serialize(value),
    eq: (a, b) => definition.serialize(a) === definition.serialize(b),
  });
}

type NuqsParsers = {
  [K in CandidateSearchParamName]: null extends Definitions[K]["defaultValue"]
    ? ReturnType<typeof toNuqsParser<Definitions[K]["defaultValue"]>>
    : ReturnType<ReturnType<typeof toNuqsParser<Definitions[K]["defaultValue"]>>["withDefault"]>;
};

/** Every parameter's nuqs parser; those with a non-null default carry it (nuqs clearOnDefault leaves it out). */
export const candidateSearchParsers = Object.fromEntries(
  CANDIDATE_SEARCH_PARAM_NAMES.map((name) => {
    const definition = definitions[name] as Definition<unknown>;
    const parser = toNuqsParser(definition);
    return [name, definition.defaultValue === null ? parser : parser.withDefault(definition.defaultValue as NonNullable<unknown>)];
  }),
) as unknown as NuqsParsers;

export const serializeWithNuqs = createSerializer(candidateSearchParsers);
