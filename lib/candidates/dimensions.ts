// The candidate filters, each declared once. A dimension says whether a parsed filter state sets it, its
// SQL condition on the candidate alias `c`, its facet (how the facet statement counts its values) if it
// has one, and, for the in-memory facet index, the keys a candidate offers and the predicate it must pass.
// The WHERE (filter-sql.ts), the facet statement (facets.ts) and the index (facet-index.ts) are folded
// from this table, in its order.
//
// Adding a filter is three edits: its URL parameter (lib/search-params.ts), its entry here, and the column
// meta that puts it in the toolbar (components/candidates/candidates-table-columns.tsx). A dimension
// without an index predicate is tested by SQL when the index counts (its matching ids, read once per
// count); a dimension with a facet also gives the index its keys (`indexKeys`).
//
// Semantics: a candidate matches when, for each active filter, at least one of its programmes (or
// designations, listings, applications) satisfies it; values inside one filter are alternatives (OR),
// different filters must all hold (AND). Values travel as bind parameters, enum lists as `text[]` cast
// to the enum array type, so nothing from the URL is ever spliced into SQL text.
import { Prisma } from "@/generated/prisma/client";
import type { ReimbursementList, ReimbursementState } from "@/generated/prisma/enums";
import type { IndexedCandidate, IndexedDesignation, IndexedListing, IndexedProgram } from "@/lib/candidates/facet-index";
import { REVIEW_RUNNING_STATUSES } from "@/lib/domain/application-clock";
import { LISTED_PROVINCIAL_STATES } from "@/lib/domain/provincial-access-state";
import type { CandidateFilters, CoverageFilter, DesignationFilter, ReimbursementFilter } from "@/lib/search-params";

export const NRDL_LISTS: ReimbursementList[] = ["NRDL_A", "NRDL_B", "NRDL_NEGOTIATED"];
/** States in which a programme is reimbursed under the NRDL today. */
export const ON_LIST_STATES: ReimbursementState[] = ["LISTED", "RENEWED", "RENEGOTIATED", "CONVERTED_TO_REGULAR"];

/** Escapes LIKE wildcards, so a search for "10%" finds the text "10%". */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Splits a search into lower-case words; each must appear in the candidate's search text. */
export function searchTerms(q: string): string[] {
  return q
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.trim())
    .filter(Boolean)
    .slice(0, 8);
}

// ---------------------------------------------------------------------------------------------
// SQL pieces
// ---------------------------------------------------------------------------------------------

const sql = Prisma.sql;

export const enumList = (values: readonly string[], enumType: string) => sql`CAST(${values} AS ${Prisma.raw(`"${enumType}"[]`)})`;

function someProgram(condition: Prisma.Sql): Prisma.Sql {
  return sql`EXISTS (SELECT 1 FROM "Program" p WHERE p."candidateId" = c.id AND ${condition})`;
}

function dateRange(column: Prisma.Sql, from: string | null, to: string | null): Prisma.Sql[] {
  return [
    ...(from ? [sql`${column} >= CAST(${from} AS date)`] : []),
    ...(to ? [sql`${column} <= CAST(${to} AS date)`] : []),
  ];
}

function anyOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 1 ? conditions[0]! : sql`(${Prisma.join(conditions, " OR ")})`;
}

export function allOf(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? sql`TRUE` : Prisma.join(conditions, " AND ");
}

/** A designation row `d` matching one URL token (TYPE or TYPE:STATE). */
export function designationTokenSql(token: DesignationFilter): Prisma.Sql {
  const type = sql`d."type" = CAST(${token.type} AS "DesignationType")`;
  return token.state ? sql`(${type} AND d."state" = CAST(${token.state} AS "DesignationState"))` : type;
}

/** A listing row `r` matching one URL token (LIST, LIST:STATE or ANY:STATE). */
export function reimbursementTokenSql(token: ReimbursementFilter): Prisma.Sql {
  const parts = [
    ...(token.list ? [sql`r."list" = CAST(${token.list} AS "ReimbursementList")`] : []),
    ...(token.state ? [sql`r."state" = CAST(${token.state} AS "ReimbursementState")`] : []),
  ];
  return parts.length === 1 ? parts[0]! : sql`(${allOf(parts)})`;
}

export const LISTED_PROVINCIAL_STATES_SQL = enumList(LISTED_PROVINCIAL_STATES, "ProvincialAccessState");
/** The same as literals (the code's own constants, never input), where a statement's binds are counted. */
export const LISTED_PROVINCIAL_STATES_LITERAL = Prisma.raw(`(${LISTED_PROVINCIAL_STATES.map((state) => `'${state}'`).join(", ")})`);

/** A listing row `r` matching one coverage token: at least N provinces listed, or a province (in a state). */
export function coverageTokenSql(token: CoverageFilter): Prisma.Sql {
  const access = (condition: Prisma.Sql) => sql`EXISTS (SELECT 1 FROM "ProvincialAccess" pa WHERE pa."listingId" = r.id AND ${condition})`;
  if ("atLeast" in token) {
    return sql`(SELECT count(*) FROM "ProvincialAccess" pa WHERE pa."listingId" = r.id AND pa."state" = ANY(${LISTED_PROVINCIAL_STATES_SQL})) >= ${token.atLeast}`;
  }
  const province = sql`pa."provinceCode" = ${token.province}`;
  // A province without a row has not started, so "not started" is the absence of any other state.
  if (token.state === "NOT_STARTED") return sql`NOT ${access(sql`${province} AND pa."state" <> 'NOT_STARTED'`)}`;
  const state = token.state ? sql`pa."state" = CAST(${token.state} AS "ProvincialAccessState")` : sql`pa."state" = ANY(${LISTED_PROVINCIAL_STATES_SQL})`;
  return access(sql`${province} AND ${state}`);
}

/** The granted-date range narrows the designation itself ("breakthrough granted in 2025"). */
export function grantedRangeSql(filters: Pick<CandidateFilters, "grantedFrom" | "grantedTo">): Prisma.Sql[] {
  return dateRange(sql`d."grantedDate"`, filters.grantedFrom, filters.grantedTo);
}

export const NRDL_LISTS_SQL = enumList(NRDL_LISTS, "ReimbursementList");
export const ON_LIST_STATES_SQL = enumList(ON_LIST_STATES, "ReimbursementState");

/** A programme `p` currently on an NRDL list. */
export const ON_NRDL_SQL = sql`EXISTS (SELECT 1 FROM "ReimbursementListing" r WHERE r."programId" = p.id
  AND r."list" = ANY(${NRDL_LISTS_SQL}) AND r."state" = ANY(${ON_LIST_STATES_SQL}))`;

// ---------------------------------------------------------------------------------------------
// Facet statement pieces (facets.ts folds them into one statement)
// ---------------------------------------------------------------------------------------------

/** The CTE holding a base's candidate ids, or null when the base is every candidate. */
export type Base = { cte: string } | null;

/** Sponsors and indications are open-ended: the most frequent ones are listed, plus every selected one. */
export const FACET_OPTION_LIMIT = 50;

const literal = (text: string) => Prisma.raw(`'${text}'`);

/** Programmes `p` of the base's candidates. */
export function programsOf(base: Base): Prisma.Sql {
  return base ? sql`"Program" p JOIN ${Prisma.raw(base.cte)} b ON b.id = p."candidateId"` : sql`"Program" p`;
}

/** Candidates `c` of the base. */
export function candidatesOf(base: Base): Prisma.Sql {
  return base ? sql`"Candidate" c JOIN ${Prisma.raw(base.cte)} b ON b.id = c.id` : sql`"Candidate" c`;
}

/** Distinct candidates per value of one programme column. */
function programFacet(base: Base, facet: string, column: string, { limit, selected }: { limit?: number; selected?: Prisma.Sql } = {}) {
  const value = Prisma.raw(`p."${column}"`);
  // DISTINCT over (candidate, value) streams from the (candidateId, column) index: one count per candidate.
  const counts = sql`SELECT v, count(*)::int AS n
    FROM (SELECT DISTINCT p."candidateId", ${value} AS v FROM ${programsOf(base)} WHERE ${value} IS NOT NULL) s
    GROUP BY v`;
  if (limit === undefined) return sql`SELECT ${literal(facet)}, v::text, NULL, n FROM (${counts}) x`;
  // The most frequent values, the selected ones first so they never fall off the list.
  return sql`SELECT ${literal(facet)} AS facet, v::text AS value, NULL::text AS label, n AS count FROM (
    ${counts} ORDER BY ${selected ? sql`${selected} DESC, ` : Prisma.empty}n DESC, v LIMIT ${limit}) x`;
}

/**
 * How the facet statement counts a dimension's values. Each part returns rows (facet, value, label, count):
 *   - `candidateColumn`: a column of the candidate itself; counted in the result set's single scan
 *     (GROUPING SETS) while its filter is inactive, on its own base when it is active;
 *   - `parts`: statements over the facet's base (the result set, or every filter but its own when active).
 */
export type FacetQuery =
  | { candidateColumn: string }
  | { parts: (base: Base, filters: CandidateFilters, context: { active: boolean }) => Prisma.Sql[] };

// ---------------------------------------------------------------------------------------------
// In-memory index pieces (facet-index.ts folds them)
// ---------------------------------------------------------------------------------------------

/** A day inside an optional range; with a bound set, an unknown day is outside (SQL: NULL >= x is not true). */
export function inRange(day: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (day === null) return false;
  return (from === null || day >= from) && (to === null || day <= to);
}

const distinct = <T>(values: (T | null)[]): T[] => [...new Set(values.filter((value): value is T => value !== null))];

/** A candidate's designation facet keys (TYPE and TYPE:STATE), of the designations `admit` lets in. */
export function designationKeysOf(programs: readonly IndexedProgram[], admit: (designation: IndexedDesignation) => boolean): string[] {
  return distinct(programs.flatMap((program) => program.designations.filter(admit).flatMap((d) => [d.type, `${d.type}:${d.state}`])));
}

type IndexedData = Omit<IndexedCandidate, "keyIds" | "designationKeyIds">;
type Predicate = (candidate: IndexedCandidate) => boolean;

function inSet<T>(values: readonly T[]): (value: T | null) => boolean {
  const set = new Set(values);
  return (value) => value !== null && set.has(value);
}

const anyProgram = (test: (program: IndexedProgram) => boolean): Predicate => (candidate) => candidate.programs.some(test);

/** A filter on one programme column: its condition, facet and index entry alike. */
function programColumnDimension<V extends string | number>(
  column: "currentStage" | "sponsorId" | "indicationEn" | "drugCategory" | "origin",
  values: (filters: CandidateFilters) => readonly V[],
  valuesSql: (values: readonly V[]) => Prisma.Sql,
  facet: FacetQuery,
) {
  return {
    isActive: (filters: CandidateFilters) => values(filters).length > 0,
    condition: (filters: CandidateFilters) => someProgram(sql`${Prisma.raw(`p."${column}"`)} = ANY(${valuesSql(values(filters))})`),
    facet,
    indexKeys: (candidate: IndexedData) => distinct(candidate.programs.map((program) => (program[column] === null ? null : String(program[column])))),
    predicate: (filters: CandidateFilters): Predicate => {
      const matches = inSet<string | number>(values(filters));
      return anyProgram((program) => matches(program[column]));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

/** What a dimension's SQL condition may use besides the filters. */
export type ConditionContext = {
  /** The search's matches when already known (lib/candidates/search-probe.ts); they replace its condition. */
  searchIds?: readonly number[] | null;
};

export type Dimension = {
  /** Whether the filter state sets this dimension (only active dimensions add a condition). */
  isActive: (filters: CandidateFilters) => boolean;
  /** The condition on candidate alias `c`. */
  condition: (filters: CandidateFilters, context: ConditionContext) => Prisma.Sql;
  facet?: FacetQuery;
  /** The facet index: the facet's values a candidate offers (needed when there is a facet). */
  indexKeys?: (candidate: IndexedData) => string[];
  /** The facet index: the filter as a test of one indexed candidate; without it, SQL tests the dimension. */
  predicate?: (filters: CandidateFilters) => Predicate;
};

export const DIMENSIONS = {
  q: {
    isActive: (filters) => searchTerms(filters.q).length > 0,
    condition: (filters, { searchIds }) =>
      searchIds
        ? sql`c.id = ANY(CAST(${searchIds} AS integer[]))`
        : allOf(searchTerms(filters.q).map((term) => sql`c."searchText" LIKE ${`%${escapeLike(term)}%`}`)),
    predicate: (filters) => {
      const terms = searchTerms(filters.q);
      return (c) => terms.every((term) => c.searchText.includes(term));
    },
  },
  class: {
    isActive: (filters) => filters.class.length > 0,
    condition: (filters) => sql`c."mechanismClass" = ANY(${enumList(filters.class, "MechanismClass")})`,
    facet: { candidateColumn: "mechanismClass" },
    indexKeys: (c) => [c.mechanismClass],
    predicate: (filters) => {
      const isClass = inSet<string>(filters.class);
      return (c) => isClass(c.mechanismClass);
    },
  },
  researchOnly: {
    isActive: (filters) => filters.researchOnly !== null,
    condition: (filters) => sql`c."researchOnly" = ${filters.researchOnly}`,
    facet: { candidateColumn: "researchOnly" },
    indexKeys: (c) => [String(c.researchOnly)],
    predicate: (filters) => (c) => c.researchOnly === filters.researchOnly,
  },
  stage: programColumnDimension("currentStage", (f) => f.stage, (v) => enumList(v, "ProgramStage"), {
    parts: (base) => [programFacet(base, "stage", "currentStage")],
  }),
  sponsor: programColumnDimension("sponsorId", (f) => f.sponsor, (v) => sql`CAST(${v} AS integer[])`, {
    parts: (base, filters) => [
      sql`SELECT 'sponsor', s.value, co."nameEn", s.count FROM (${programFacet(base, "sponsor", "sponsorId", {
        limit: FACET_OPTION_LIMIT,
        selected: filters.sponsor.length ? sql`v = ANY(CAST(${filters.sponsor} AS integer[]))` : undefined,
      })}) s JOIN "Company" co ON co.id = s.value::int`,
      // Selected sponsors stay listed (with 0) when the other filters leave them no candidate.
      ...(filters.sponsor.length
        ? [sql`SELECT 'sponsor', co.id::text, co."nameEn", 0 FROM "Company" co WHERE co.id = ANY(CAST(${filters.sponsor} AS integer[]))`]
        : []),
    ],
  }),
  indication: programColumnDimension("indicationEn", (f) => f.indication, (v) => sql`CAST(${v} AS text[])`, {
    parts: (base, filters) => [
      programFacet(base, "indication", "indicationEn", {
        limit: FACET_OPTION_LIMIT,
        selected: filters.indication.length ? sql`v = ANY(CAST(${filters.indication} AS text[]))` : undefined,
      }),
    ],
  }),
  category: programColumnDimension("drugCategory", (f) => f.category, (v) => enumList(v, "DrugCategory"), {
    parts: (base) => [programFacet(base, "category", "drugCategory")],
  }),
  origin: programColumnDimension("origin", (f) => f.origin, (v) => enumList(v, "Origin"), {
    parts: (base) => [programFacet(base, "origin", "origin")],
  }),
  designation: {
    // The granted-date range is part of the designation filter: it narrows the designation row itself.
    isActive: (filters) => filters.designation.length > 0 || Boolean(filters.grantedFrom || filters.grantedTo),
    condition: (filters) => {
      const designation = [...(filters.designation.length ? [anyOf(filters.designation.map(designationTokenSql))] : []), ...grantedRangeSql(filters)];
      return someProgram(sql`EXISTS (SELECT 1 FROM "Designation" d WHERE d."programId" = p.id AND ${allOf(designation)})`);
    },
    facet: {
      // The granted-date range narrows this facet's own rows too.
      parts: (base, filters) => {
        const granted = grantedRangeSql(filters);
        return [
          sql`SELECT 'designation',
              CASE WHEN GROUPING(d."state") = 1 THEN d."type"::text ELSE d."type"::text || ':' || d."state"::text END,
              NULL, count(DISTINCT p."candidateId")::int
            FROM "Designation" d JOIN ${programsOf(base)} ON p.id = d."programId"
            ${granted.length ? sql`WHERE ${Prisma.join(granted, " AND ")}` : Prisma.empty}
            GROUP BY GROUPING SETS ((d."type"), (d."type", d."state"))`,
        ];
      },
    },
    // The index narrows these keys by the granted range itself (facet-index.ts, countFacets).
    indexKeys: (c) => designationKeysOf(c.programs, () => true),
    predicate: (filters) => {
      const { designation: tokens, grantedFrom, grantedTo } = filters;
      const matches = (d: IndexedDesignation) =>
        (tokens.length === 0 || tokens.some((token) => d.type === token.type && (!token.state || d.state === token.state))) &&
        inRange(d.granted, grantedFrom ?? null, grantedTo ?? null);
      return anyProgram((program) => program.designations.some(matches));
    },
  },
  reimbursement: {
    isActive: (filters) => filters.reimbursement.length > 0,
    condition: (filters) =>
      someProgram(
        sql`EXISTS (SELECT 1 FROM "ReimbursementListing" r WHERE r."programId" = p.id AND ${anyOf(filters.reimbursement.map(reimbursementTokenSql))})`,
      ),
    facet: {
      parts: (base) => [
        sql`SELECT 'reimbursement',
            CASE GROUPING(r."list", r."state") WHEN 0 THEN r."list"::text || ':' || r."state"::text
              WHEN 1 THEN r."list"::text ELSE 'ANY:' || r."state"::text END,
            NULL, count(DISTINCT p."candidateId")::int
          FROM "ReimbursementListing" r JOIN ${programsOf(base)} ON p.id = r."programId"
          GROUP BY GROUPING SETS ((r."list"), (r."list", r."state"), (r."state"))`,
      ],
    },
    indexKeys: (c) => distinct(c.programs.flatMap((program) => program.listings.flatMap((l) => [l.list, `${l.list}:${l.state}`, `ANY:${l.state}`]))),
    predicate: (filters) => {
      const tokens = filters.reimbursement;
      const matches = (l: IndexedListing) => tokens.some((token) => (!token.list || l.list === token.list) && (!token.state || l.state === token.state));
      return anyProgram((program) => program.listings.some(matches));
    },
  },
  coverage: {
    // Provincial coverage of one listing (NRDL or commercial list) of one programme; tokens are alternatives.
    // No facet or index predicate: the index counts it by SQL.
    isActive: (filters) => filters.coverage.length > 0,
    condition: (filters) =>
      someProgram(sql`EXISTS (SELECT 1 FROM "ReimbursementListing" r WHERE r."programId" = p.id AND ${anyOf(filters.coverage.map(coverageTokenSql))})`),
  },
  onNrdl: {
    isActive: (filters) => filters.onNrdl !== null,
    condition: (filters) => {
      const onNrdl = someProgram(ON_NRDL_SQL);
      return filters.onNrdl ? onNrdl : sql`NOT ${onNrdl}`;
    },
    facet: {
      // On the NRDL: counted from the few listings rather than by probing every candidate. Not on it: the
      // base's size minus that (the base is the result set unless onNrdl itself is filtered: its "all" row).
      parts: (base, _filters, { active }) => [
        sql`SELECT 'onNrdl', 'true', NULL, count(DISTINCT p."candidateId")::int
          FROM "ReimbursementListing" r JOIN ${programsOf(base)} ON p.id = r."programId"
          WHERE r."list" = ANY(${NRDL_LISTS_SQL}) AND r."state" = ANY(${ON_LIST_STATES_SQL})`,
        ...(active ? [sql`SELECT 'onNrdl', 'all', NULL, count(*)::int FROM ${candidatesOf(base)}`] : []),
      ],
    },
    indexKeys: (c) => (c.programs.some((program) => program.onNrdl) ? ["true"] : []),
    predicate: (filters) => {
      const wanted = filters.onNrdl;
      return (c) => c.programs.some((program) => program.onNrdl) === wanted;
    },
  },
  nda: {
    isActive: (filters) => Boolean(filters.ndaFrom || filters.ndaTo),
    condition: (filters) =>
      someProgram(
        sql`EXISTS (SELECT 1 FROM "Application" a WHERE a."programId" = p.id AND a."type" = 'NDA' AND ${allOf(dateRange(sql`a."acceptanceDate"`, filters.ndaFrom, filters.ndaTo))})`,
      ),
    predicate: (filters) => {
      const from = filters.ndaFrom ?? null;
      const to = filters.ndaTo ?? null;
      return anyProgram((program) => program.ndaDays.some((day) => inRange(day, from, to)));
    },
  },
  reviewRunning: {
    // "Has a running review": an application whose statutory clock runs (lib/review-clock).
    isActive: (filters) => filters.reviewRunning !== null,
    condition: (filters) => {
      const running = someProgram(
        sql`EXISTS (SELECT 1 FROM "Application" a WHERE a."programId" = p.id AND a."status" = ANY(${enumList(REVIEW_RUNNING_STATUSES, "ApplicationStatus")}))`,
      );
      return filters.reviewRunning ? running : sql`NOT ${running}`;
    },
  },
} satisfies Record<string, Dimension>;

type Dimensions = typeof DIMENSIONS;
/** Filter dimensions, in the table's order (the order of the WHERE's conditions). */
export type FilterDimension = keyof Dimensions;
/** Dimensions that have facet counts; a facet's counts apply every active filter except its own. */
export type FacetName = { [K in FilterDimension]: Dimensions[K] extends { facet: FacetQuery } ? K : never }[FilterDimension];

export const FILTER_DIMENSIONS = Object.keys(DIMENSIONS) as FilterDimension[];

/** The table's entry of a dimension, as the common shape. */
export const dimensionOf = (name: FilterDimension): Dimension => DIMENSIONS[name];

/** Filter dimensions that have facet counts. */
export const isFacet = (dimension: FilterDimension): dimension is FacetName => dimensionOf(dimension).facet !== undefined;

export const FACET_NAMES = FILTER_DIMENSIONS.filter(isFacet);

/** The dimensions the filter state sets, in the table's order. */
export function activeDimensions(filters: CandidateFilters): FilterDimension[] {
  return FILTER_DIMENSIONS.filter((name) => dimensionOf(name).isActive(filters));
}
