// The candidate filter as SQL, folded from the dimension table (lib/candidates/dimensions.ts): the WHERE
// condition of every candidate read (lib/candidates/selection.ts), of the facet statement's bases and of
// the in-memory index's SQL-tested dimensions. The Prisma `where` of test/oracles/prisma-where.ts and the
// hand-written SQL of lib/candidates/dashboard-queries.test.ts are its test oracles: they run on a seeded
// database for a table of filter combinations and must select the same ids.
import type { Prisma } from "@/generated/prisma/client";
import {
  activeDimensions,
  allOf,
  dimensionOf,
  isFacet,
  type ConditionContext,
  type FacetName,
  type FilterDimension,
} from "@/lib/candidates/dimensions";
import type { CandidateFilters } from "@/lib/search-params";

export { FACET_NAMES, isFacet, type FacetName, type FilterDimension } from "@/lib/candidates/dimensions";

/**
 * Options of the SQL filter: `except` leaves one dimension out, `only` keeps one alone; `searchIds`, the
 * search's matches when already known, replace its condition.
 */
export type FilterSqlOptions = { except?: FilterDimension; only?: FilterDimension } & ConditionContext;

/**
 * The WHERE condition (on alias `c`) of candidates matching `filters`, or of those matching every
 * filter except `except` (for a facet: its disjunctive base). `TRUE` when nothing applies.
 */
export function buildCandidateFilterSql(filters: CandidateFilters, { except, only, searchIds }: FilterSqlOptions = {}): Prisma.Sql {
  return allOf(
    activeDimensions(filters)
      .filter((dimension) => dimension !== except && (only === undefined || dimension === only))
      .map((dimension) => dimensionOf(dimension).condition(filters, { searchIds })),
  );
}

/** Which facets have an active filter (their counts need a base of their own). */
export function activeFacets(filters: CandidateFilters): Set<FacetName> {
  return new Set(activeDimensions(filters).filter(isFacet));
}

/** Whether any filter applies at all (then the base is the whole table and joins can be skipped). */
export function hasCandidateConditions(filters: CandidateFilters, { except }: { except?: FilterDimension } = {}): boolean {
  return activeDimensions(filters).some((dimension) => dimension !== except);
}

/** The search condition alone, or null without a search (see lib/candidates/search-probe.ts). */
export function buildSearchSql(filters: CandidateFilters): Prisma.Sql | null {
  return dimensionOf("q").isActive(filters) ? dimensionOf("q").condition(filters, {}) : null;
}
