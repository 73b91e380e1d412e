// The candidate filter as SQL, for the dashboard's raw queries (page rows, total, facet counts), which
// Prisma's query builder cannot express in one round trip. It must mean exactly what
// `buildCandidateWhere` means: lib/candidates/filter-sql.integration.test.ts runs both on a seeded
// database for a table of filter combinations and compares the ids.
//
// Every condition is on the candidate alias `c`. Values travel as bind parameters, enum lists as
// `text[]` cast to the enum array type, so nothing from the URL is ever spliced into SQL text.
import { Prisma } from "@/generated/prisma/client";
import type { CandidateFilters, DesignationFilter, ReimbursementFilter } from "@/lib/search-params";
import { NRDL_LISTS, ON_LIST_STATES, escapeLike, searchTerms } from "@/lib/candidates/filters";

/** Filters that have their own facet; a facet's counts apply every active filter except its own. */
export const FACET_NAMES = [
  "designation",
  "stage",
  "class",
  "sponsor",
  "indication",
  "category",
  "origin",
  "reimbursement",
  "onNrdl",
  "researchOnly",
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Filter dimensions: the facets plus the two that have none (free-text search and the NDA date range). */
export type FilterDimension = FacetName | "q" | "nda";
type Dimension = FilterDimension;

const sql = Prisma.sql;

const enumList = (values: readonly string[], enumType: string) => sql`CAST(${values} AS ${Prisma.raw(`"${enumType}"[]`)})`;

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

function allOf(conditions: Prisma.Sql[]): Prisma.Sql {
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

/** The granted-date range narrows the designation itself ("breakthrough granted in 2025"), as in buildCandidateWhere. */
export function grantedRangeSql(filters: Pick<CandidateFilters, "grantedFrom" | "grantedTo">): Prisma.Sql[] {
  return dateRange(sql`d."grantedDate"`, filters.grantedFrom, filters.grantedTo);
}

export const NRDL_LISTS_SQL = enumList(NRDL_LISTS, "ReimbursementList");
export const ON_LIST_STATES_SQL = enumList(ON_LIST_STATES, "ReimbursementState");

/** A programme `p` currently on an NRDL list. */
export const ON_NRDL_SQL = sql`EXISTS (SELECT 1 FROM "ReimbursementListing" r WHERE r."programId" = p.id
  AND r."list" = ANY(${NRDL_LISTS_SQL}) AND r."state" = ANY(${ON_LIST_STATES_SQL}))`;

/** Options of the SQL filter: `searchIds`, the search's matches when already known (they replace its condition). */
export type FilterSqlOptions = { except?: FilterDimension; searchIds?: readonly number[] | null };

function conditionsByDimension(filters: CandidateFilters, { searchIds }: Pick<FilterSqlOptions, "searchIds"> = {}): Map<Dimension, Prisma.Sql> {
  const conditions = new Map<Dimension, Prisma.Sql>();
  const terms = searchTerms(filters.q);
  if (terms.length && searchIds) conditions.set("q", sql`c.id = ANY(CAST(${searchIds} AS integer[]))`);
  else if (terms.length) conditions.set("q", allOf(terms.map((term) => sql`c."searchText" LIKE ${`%${escapeLike(term)}%`}`)));
  if (filters.class.length) conditions.set("class", sql`c."mechanismClass" = ANY(${enumList(filters.class, "MechanismClass")})`);
  if (filters.researchOnly !== null) conditions.set("researchOnly", sql`c."researchOnly" = ${filters.researchOnly}`);
  if (filters.stage.length) conditions.set("stage", someProgram(sql`p."currentStage" = ANY(${enumList(filters.stage, "ProgramStage")})`));
  if (filters.sponsor.length) conditions.set("sponsor", someProgram(sql`p."sponsorId" = ANY(CAST(${filters.sponsor} AS integer[]))`));
  if (filters.indication.length) conditions.set("indication", someProgram(sql`p."indicationEn" = ANY(CAST(${filters.indication} AS text[]))`));
  if (filters.category.length) conditions.set("category", someProgram(sql`p."drugCategory" = ANY(${enumList(filters.category, "DrugCategory")})`));
  if (filters.origin.length) conditions.set("origin", someProgram(sql`p."origin" = ANY(${enumList(filters.origin, "Origin")})`));

  const granted = grantedRangeSql(filters);
  if (filters.designation.length || granted.length) {
    const designation = [...(filters.designation.length ? [anyOf(filters.designation.map(designationTokenSql))] : []), ...granted];
    conditions.set(
      "designation",
      someProgram(sql`EXISTS (SELECT 1 FROM "Designation" d WHERE d."programId" = p.id AND ${allOf(designation)})`),
    );
  }
  if (filters.reimbursement.length) {
    conditions.set(
      "reimbursement",
      someProgram(sql`EXISTS (SELECT 1 FROM "ReimbursementListing" r WHERE r."programId" = p.id AND ${anyOf(filters.reimbursement.map(reimbursementTokenSql))})`),
    );
  }
  if (filters.onNrdl !== null) {
    const onNrdl = someProgram(ON_NRDL_SQL);
    conditions.set("onNrdl", filters.onNrdl ? onNrdl : sql`NOT ${onNrdl}`);
  }
  const nda = dateRange(sql`a."acceptanceDate"`, filters.ndaFrom, filters.ndaTo);
  if (nda.length) {
    conditions.set("nda", someProgram(sql`EXISTS (SELECT 1 FROM "Application" a WHERE a."programId" = p.id AND a."type" = 'NDA' AND ${allOf(nda)})`));
  }
  return conditions;
}

/**
 * The WHERE condition (on alias `c`) of candidates matching `filters`, or of those matching every
 * filter except `except` (for a facet: its disjunctive base). `TRUE` when nothing applies.
 */
export function buildCandidateFilterSql(filters: CandidateFilters, { except, searchIds }: FilterSqlOptions = {}): Prisma.Sql {
  const conditions = [...conditionsByDimension(filters, { searchIds })].filter(([dimension]) => dimension !== except).map(([, condition]) => condition);
  return allOf(conditions);
}

/** Which facets have an active filter (their counts need a base of their own). */
export function activeFacets(filters: CandidateFilters): Set<FacetName> {
  const active = new Set<FacetName>();
  for (const dimension of conditionsByDimension(filters).keys()) {
    if (isFacet(dimension)) active.add(dimension);
  }
  return active;
}

/** Filter dimensions that have facet counts: all but the text search and the NDA-acceptance range. */
export const isFacet = (dimension: FilterDimension): dimension is FacetName => dimension !== "q" && dimension !== "nda";

/** Whether any filter applies at all (then the base is the whole table and joins can be skipped). */
export function hasCandidateConditions(filters: CandidateFilters, { except }: { except?: FilterDimension } = {}): boolean {
  return [...conditionsByDimension(filters).keys()].some((dimension) => dimension !== except);
}

/** The search condition alone, or null without a search (see lib/candidates/search-probe.ts). */
export function buildSearchSql(filters: CandidateFilters): Prisma.Sql | null {
  return conditionsByDimension(filters).get("q") ?? null;
}
