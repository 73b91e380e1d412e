// Free-text search in two steps. The search's own condition runs first, alone, with a LIMIT: PostgreSQL
// answers a selective search (a name, a code, an acceptance number) from the trigram index, and stops a
// broad one (a common word) after the limit. A selective search's ids then replace the text condition in
// the page and facet statements, where the planner knows exactly how few they are. A broad search keeps
// its text condition: its matches are dense, so walking the sort index finds a page at once.
//
// Why not one statement: under ORDER BY … LIMIT the planner prefers walking the sort index and testing
// every row's text, which for a rare acceptance number reads most of the table (100 ms at 50,000
// candidates instead of 2 ms; see `npm run bench -- dashboard`).
import { Prisma } from "@/generated/prisma/client";
import { buildSearchSql } from "@/lib/candidates/filter-sql";
import type { CandidateFilters } from "@/lib/search-params";

/** Above this many matches a search counts as broad. */
export const SEARCH_PROBE_LIMIT = 2_000;

/** The probe statement, or null without a search; it returns at most SEARCH_PROBE_LIMIT + 1 ids. */
export function buildSearchProbeSql(filters: CandidateFilters): Prisma.Sql | null {
  const condition = buildSearchSql(filters);
  return condition ? Prisma.sql`SELECT c.id FROM "Candidate" c WHERE ${condition} LIMIT ${SEARCH_PROBE_LIMIT + 1}` : null;
}

/** The ids to use in place of the search condition, or null to keep the condition (no search, or broad). */
export function searchIdsFromProbe(rows: readonly { id: number }[]): number[] | null {
  return rows.length > SEARCH_PROBE_LIMIT ? null : rows.map((row) => row.id);
}
