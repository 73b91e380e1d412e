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
  NRDL_LISTS_SQL,
  ON_LIST_STATES_SQL,
  activeFacets,
  buildCandidateFilterSql,
  grantedRangeSql,
  hasCandidateConditions,
  type FacetName,
  type FilterSqlOptions,
} from "@/lib/candidates/filter-sql";

/** One selectable value with the number of candidates it would list; `label` when the value is an id. */
export type FacetOption = { value: string; count: number; label?: string };
export type FacetCounts = Record<FacetName, FacetOption[]>;
/** The result of one facet statement: the total of the current result set and every facet. */
export type FacetResult = { total: number; facets: FacetCounts };

/** Sponsors and indications are open-ended: the most frequent ones are listed, plus every selected one. */
export const FACET_OPTION_LIMIT = 50;

/** A row of the facet statement; "total" and onNrdl's "all" rows carry the bases' sizes. */
export type FacetRow = { facet: string; value: string | null; label: string | null; count: number };

const sql = Prisma.sql;
const literal = (text: string) => Prisma.raw(`'${text}'`);

/** The CTE holding a base's candidate ids, or null when the base is every candidate. */
type Base = { cte: string } | null;

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

/** Programmes `p` of the base's candidates. */
function programsOf(base: Base): Prisma.Sql {
  return base ? sql`"Program" p JOIN ${Prisma.raw(base.cte)} b ON b.id = p."candidateId"` : sql`"Program" p`;
}

/** Candidates `c` of the base. */
function candidatesOf(base: Base): Prisma.Sql {
  return base ? sql`"Candidate" c JOIN ${Prisma.raw(base.cte)} b ON b.id = c.id` : sql`"Candidate" c`;
}

/** Distinct candidates per value of one programme column. */
function programFacet(base: Base, facet: FacetName, column: string, { limit, selected }: { limit?: number; selected?: Prisma.Sql } = {}) {
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
 * The total and the candidate-column facets that count the result set, in one scan: GROUPING SETS
 * give the total (the empty set) and one set per inactive candidate-column facet.
 */
function resultScan(base: Base, active: Set<FacetName>): Prisma.Sql {
  const columns = [
    ...(active.has("class") ? [] : [{ facet: "class", column: sql`c."mechanismClass"` }]),
    ...(active.has("researchOnly") ? [] : [{ facet: "researchOnly", column: sql`c."researchOnly"` }]),
  ];
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

/** The facet statement; `searchIds` are the search's matches when already known (see search-probe.ts). */
export function buildFacetCountsSql(filters: CandidateFilters, { searchIds }: Pick<FilterSqlOptions, "searchIds"> = {}): Prisma.Sql {
  const active = activeFacets(filters);
  const bases = planBases(filters, searchIds);
  const granted = grantedRangeSql(filters);
  const parts: Prisma.Sql[] = [resultScan(bases.of(), active)];
  if (active.has("class")) {
    parts.push(sql`SELECT 'class', c."mechanismClass"::text, NULL, count(*)::int FROM ${candidatesOf(bases.of("class"))} GROUP BY 2`);
  }
  if (active.has("researchOnly")) {
    parts.push(sql`SELECT 'researchOnly', c."researchOnly"::text, NULL, count(*)::int FROM ${candidatesOf(bases.of("researchOnly"))} GROUP BY 2`);
  }
  // On the NRDL: counted from the few listings rather than by probing every candidate. Not on it: the
  // base's size minus that (the base is the result set unless onNrdl itself is filtered).
  parts.push(sql`SELECT 'onNrdl', 'true', NULL, count(DISTINCT p."candidateId")::int
    FROM "ReimbursementListing" r JOIN ${programsOf(bases.of("onNrdl"))} ON p.id = r."programId"
    WHERE r."list" = ANY(${NRDL_LISTS_SQL}) AND r."state" = ANY(${ON_LIST_STATES_SQL})`);
  if (active.has("onNrdl")) parts.push(sql`SELECT 'onNrdl', 'all', NULL, count(*)::int FROM ${candidatesOf(bases.of("onNrdl"))}`);
  parts.push(
    programFacet(bases.of("stage"), "stage", "currentStage"),
    programFacet(bases.of("category"), "category", "drugCategory"),
    programFacet(bases.of("origin"), "origin", "origin"),
    programFacet(bases.of("indication"), "indication", "indicationEn", {
      limit: FACET_OPTION_LIMIT,
      selected: filters.indication.length ? sql`v = ANY(CAST(${filters.indication} AS text[]))` : undefined,
    }),
    sql`SELECT 'sponsor', s.value, co."nameEn", s.count FROM (${programFacet(bases.of("sponsor"), "sponsor", "sponsorId", {
      limit: FACET_OPTION_LIMIT,
      selected: filters.sponsor.length ? sql`v = ANY(CAST(${filters.sponsor} AS integer[]))` : undefined,
    })}) s JOIN "Company" co ON co.id = s.value::int`,
    // The granted-date range is part of the designation filter, so it narrows this facet's own rows.
    sql`SELECT 'designation',
        CASE WHEN GROUPING(d."state") = 1 THEN d."type"::text ELSE d."type"::text || ':' || d."state"::text END,
        NULL, count(DISTINCT p."candidateId")::int
      FROM "Designation" d JOIN ${programsOf(bases.of("designation"))} ON p.id = d."programId"
      ${granted.length ? sql`WHERE ${Prisma.join(granted, " AND ")}` : Prisma.empty}
      GROUP BY GROUPING SETS ((d."type"), (d."type", d."state"))`,
    sql`SELECT 'reimbursement',
        CASE GROUPING(r."list", r."state") WHEN 0 THEN r."list"::text || ':' || r."state"::text
          WHEN 1 THEN r."list"::text ELSE 'ANY:' || r."state"::text END,
        NULL, count(DISTINCT p."candidateId")::int
      FROM "ReimbursementListing" r JOIN ${programsOf(bases.of("reimbursement"))} ON p.id = r."programId"
      GROUP BY GROUPING SETS ((r."list"), (r."list", r."state"), (r."state"))`,
  );
  if (filters.sponsor.length) {
    // Selected sponsors stay listed (with 0) when the other filters leave them no candidate.
    parts.push(sql`SELECT 'sponsor', co.id::text, co."nameEn", 0 FROM "Company" co WHERE co.id = ANY(CAST(${filters.sponsor} AS integer[]))`);
  }
  const body = Prisma.join(
    parts.map((part) => sql`(${part})`),
    " UNION ALL ",
  );
  return bases.ctes.length ? sql`WITH ${Prisma.join(bases.ctes, ", ")} ${body}` : body;
}

/** Shapes the statement's rows. A value listed twice (a selected sponsor's placeholder) keeps its larger count. */
export function toFacetResult(rows: FacetRow[]): FacetResult {
  const facets: FacetCounts = {
    designation: [],
    stage: [],
    class: [],
    sponsor: [],
    indication: [],
    category: [],
    origin: [],
    reimbursement: [],
    onNrdl: [],
    researchOnly: [],
  };
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
