// The dashboard's page of rows as one SQL statement: the page's candidates are chosen (filter, order,
// limit) before anything is joined, then each of those rows gets its sponsors, designations and
// listings as JSON. Prisma's `include` would take six round trips for the same page.
import { Prisma } from "@/generated/prisma/client";
import type { CandidateFilters, CandidateSearch, SortTerm } from "@/lib/search-params";
import { buildCandidateFilterSql, type FilterSqlOptions } from "@/lib/candidates/filter-sql";

const sql = Prisma.sql;

/**
 * SQL order of each sortable column. `reviewClock` sorts by the earliest statutory deadline among running
 * reviews (kept by lib/review-clock); candidates without one go last in both directions.
 */
const SORT_EXPRESSIONS: Record<SortTerm["column"], { column: string; nullsLast?: boolean }> = {
  name: { column: "nameEn" },
  nameZh: { column: "nameZh", nullsLast: true },
  class: { column: "mechanismClass" },
  stage: { column: "leadStage" },
  updated: { column: "updatedAt" },
  reviewClock: { column: "reviewDeadline", nullsLast: true },
};

/** ORDER BY for `alias`, with the same tie-breakers as buildCandidateOrderBy: English name, then id. */
export function buildOrderBySql(sort: SortTerm[], alias: string): Prisma.Sql {
  const terms = sort.flatMap((term) => {
    const { column, nullsLast } = SORT_EXPRESSIONS[term.column];
    return [`${alias}."${column}" ${term.desc ? "DESC" : "ASC"}${nullsLast ? " NULLS LAST" : ""}`];
  });
  if (!sort.some((term) => term.column === "name")) terms.push(`${alias}."nameEn" ASC`);
  return Prisma.raw([...terms, `${alias}.id ASC`].join(", "));
}

/** One page of dashboard rows (see DashboardRow in queries.ts for the shape). */
export function buildCandidatePageSql(search: CandidateSearch, { searchIds }: Pick<FilterSqlOptions, "searchIds"> = {}): Prisma.Sql {
  const offset = (search.page - 1) * search.perPage;
  return sql`WITH page AS (
    SELECT c.id, c."nameEn", c."nameZh", c."mechanismClass", c."leadStage", c."researchOnly", c."illustrative", c."updatedAt", c."reviewDeadline"
    FROM "Candidate" c
    WHERE ${buildCandidateFilterSql(search, { searchIds })}
    ORDER BY ${buildOrderBySql(search.sort, "c")}
    LIMIT ${search.perPage} OFFSET ${offset}
  )
  SELECT page.id, page."nameEn", page."nameZh", page."mechanismClass"::text AS "mechanismClass", page."leadStage"::text AS "leadStage",
    page."researchOnly", page."illustrative", page."updatedAt", page."reviewDeadline",
    COALESCE((SELECT json_agg(json_build_object('id', co.id, 'nameEn', co."nameEn", 'nameZh', co."nameZh") ORDER BY co."nameEn", co.id)
      FROM "Company" co WHERE co.id IN (SELECT p."sponsorId" FROM "Program" p WHERE p."candidateId" = page.id)), '[]') AS sponsors,
    COALESCE((SELECT json_agg(json_build_object('id', d.id, 'type', d."type", 'state', d."state") ORDER BY d.id)
      FROM "Program" p JOIN "Designation" d ON d."programId" = p.id WHERE p."candidateId" = page.id), '[]') AS designations,
    COALESCE((SELECT json_agg(json_build_object('id', r.id, 'list', r."list", 'listYear', r."listYear", 'state', r."state") ORDER BY r."listYear", r.id)
      FROM "Program" p JOIN "ReimbursementListing" r ON r."programId" = p.id WHERE p."candidateId" = page.id), '[]') AS reimbursements
  FROM page
  ORDER BY ${buildOrderBySql(search.sort, "page")}`;
}

/** The number of candidates matching the filters. */
export function buildCandidateCountSql(filters: CandidateFilters, { searchIds }: Pick<FilterSqlOptions, "searchIds"> = {}): Prisma.Sql {
  return sql`SELECT count(*)::int AS total FROM "Candidate" c WHERE ${buildCandidateFilterSql(filters, { searchIds })}`;
}
