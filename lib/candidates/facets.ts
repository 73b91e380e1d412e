// Facet counts for the dashboard's filters, computed in PostgreSQL in one statement.
//
// Counts are disjunctive: a facet's counts apply every active filter except its own, so selecting
// "Phase 3" leaves "Phase 2" showing how many rows choosing it as well would add. Each count is the
// number of distinct candidates that choosing that value alone (with the other filters) would list.
//
// Bases: facets whose own filter is inactive share the current result set, computed once in a
// materialised CTE; each active facet gets a base of its own (every filter but its own). A base with no
// condition at all is the whole table, so the facet's table is scanned without a join.
import { Prisma } from "@/generated/prisma/client";
import type { CandidateFilters } from "@/lib/search-params";
import {
  DIMENSIONS,
  FACET_NAMES,
  FACET_OPTION_LIMIT,
  candidatesOf,
  type Base,
  type FacetName,
  type FacetQuery,
} from "@/lib/candidates/dimensions";
import { activeFacets, buildCandidateFilterSql, hasCandidateConditions, type FilterSqlOptions } from "@/lib/candidates/filter-sql";

export { FACET_OPTION_LIMIT };

/** One selectable value with the number of candidates it would list; `label` when the value is an id. */
export type FacetOption = { value: string; count: number; label?: string };
export type FacetCounts = Record<FacetName, FacetOption[]>;
/** The result of one facet statement: the total of the current result set and every facet. */
export type FacetResult = { total: number; facets: FacetCounts };

/** A row of the facet statement; "total" and onNrdl's "all" rows carry the bases' sizes. */
export type FacetRow = { facet: string; value: string | null; label: string | null; count: number };

const sql = Prisma.sql;
const literal = (text: string) => Prisma.raw(`'${text}'`);

type Bases = { ctes: Prisma.Sql[]; of: (facet?: FacetName) => Base };

function planBases(filters: CandidateFilters, searchIds: readonly number[] | null | undefined): Bases {
  const ctes: Prisma.Sql[] = [];
  const byFacet = new Map<FacetName | "result", Base>();
  const define = (key: FacetName | "result", except?: FacetName): Base => {
    if (!hasCandidateConditions(filters, { except })) return null;
    const cte = `base_${key}`;
    ctes.push(sql`${Prisma.raw(cte)} AS MATERIALIZED (SELECT c.id FROM "Candidate" c WHERE ${buildCandidateFilterSql(filters, { except, searchIds })})`);
    return { cte };
  };
  byFacet.set("result", define("result"));
  for (const facet of activeFacets(filters)) byFacet.set(facet, define(facet, facet));
  return { ctes, of: (facet) => (facet && byFacet.has(facet) ? byFacet.get(facet)! : byFacet.get("result")!) };
}

const facetQueryOf = (facet: FacetName): FacetQuery => DIMENSIONS[facet].facet;
const candidateColumnOf = (facet: FacetName): string | null => {
  const query = facetQueryOf(facet);
  return "candidateColumn" in query ? query.candidateColumn : null;
};

/**
 * The total and the candidate-column facets that count the result set, in one scan: GROUPING SETS
 * give the total (the empty set) and one set per inactive candidate-column facet.
 */
function resultScan(base: Base, active: Set<FacetName>): Prisma.Sql {
  const columns = FACET_NAMES.flatMap((facet) => {
    const column = candidateColumnOf(facet);
    return column === null || active.has(facet) ? [] : [{ facet, column: Prisma.raw(`c."${column}"`) }];
  });
  if (columns.length === 0) return sql`SELECT 'total' AS facet, NULL::text AS value, NULL::text AS label, count(*)::int AS count FROM ${candidatesOf(base)}`;
  // GROUPING(a, b) is a bit mask of the columns a row is NOT grouped by: all of them for the total.
  const grouping = sql`GROUPING(${Prisma.join(columns.map(({ column }) => column), ", ")})`;
  const all = (1 << columns.length) - 1;
  const facetOf = columns.map(({ facet }, index) => sql`WHEN ${Prisma.raw(String(all - (1 << (columns.length - 1 - index))))} THEN ${literal(facet)}`);
  return sql`SELECT CASE ${grouping} WHEN ${Prisma.raw(String(all))} THEN 'total' ${Prisma.join(facetOf, " ")} END AS facet,
      COALESCE(${Prisma.join(columns.map(({ column }) => sql`${column}::text`), ", ")}) AS value, NULL::text AS label, count(*)::int AS count
    FROM ${candidatesOf(base)}
    GROUP BY GROUPING SETS ((), ${Prisma.join(columns.map(({ column }) => sql`(${column})`), ", ")})`;
}

/**
 * The facet statement, folded from the dimension table; `searchIds` are the search's matches when already
 * known (see search-probe.ts).
 */
export function buildFacetCountsSql(filters: CandidateFilters, { searchIds }: Pick<FilterSqlOptions, "searchIds"> = {}): Prisma.Sql {
  const active = activeFacets(filters);
  const bases = planBases(filters, searchIds);
  const parts: Prisma.Sql[] = [resultScan(bases.of(), active)];
  for (const facet of FACET_NAMES) {
    const query = facetQueryOf(facet);
    const base = bases.of(facet);
    if ("candidateColumn" in query) {
      const column = Prisma.raw(`c."${query.candidateColumn}"`);
      if (active.has(facet)) parts.push(sql`SELECT ${literal(facet)}, ${column}::text, NULL, count(*)::int FROM ${candidatesOf(base)} GROUP BY 2`);
    } else {
      parts.push(...query.parts(base, filters, { active: active.has(facet) }));
    }
  }
  const body = Prisma.join(
    parts.map((part) => sql`(${part})`),
    " UNION ALL ",
  );
  return bases.ctes.length ? sql`WITH ${Prisma.join(bases.ctes, ", ")} ${body}` : body;
}

/** Shapes the statement's rows. A value listed twice (a selected sponsor's placeholder) keeps its larger count. */
export function toFacetResult(rows: FacetRow[]): FacetResult {
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetOption[]])) as FacetCounts;
  let total = 0;
  let onNrdlBase: number | undefined;
  const byKey = new Map<string, FacetOption>();
  for (const row of rows) {
    if (row.facet === "total") total = row.count;
    else if (row.facet === "onNrdl" && row.value === "all") onNrdlBase = row.count;
    else if (row.value !== null && row.facet in facets) {
      const key = `${row.facet}\u0000${row.value}`;
      const known = byKey.get(key);
      if (known) known.count = Math.max(known.count, row.count);
      else {
        const option: FacetOption = { value: row.value, count: row.count, ...(row.label !== null ? { label: row.label } : {}) };
        byKey.set(key, option);
        facets[row.facet as FacetName].push(option);
      }
    }
  }
  const onNrdl = facets.onNrdl.find((option) => option.value === "true")?.count ?? 0;
  facets.onNrdl = [
    { value: "true", count: onNrdl },
    { value: "false", count: (onNrdlBase ?? total) - onNrdl },
  ];
  const researchOnly = new Map(facets.researchOnly.map((option) => [option.value, option.count]));
  facets.researchOnly = [
    { value: "true", count: researchOnly.get("true") ?? 0 },
    { value: "false", count: researchOnly.get("false") ?? 0 },
  ];
  for (const name of ["sponsor", "indication"] as const) facets[name].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { total, facets };
}
