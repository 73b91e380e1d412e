// The dashboard's page of rows as one SQL statement: the page's candidates are chosen by the one selection
// (lib/candidates/selection.ts: filter, order, limit) before anything is joined, then each of those rows
// gets its sponsors, designations and listings as JSON. Prisma's `include` would take six round trips for
// the same page.
import { Prisma } from "@/generated/prisma/client";
import { LISTED_PROVINCIAL_STATES_LITERAL } from "@/lib/candidates/dimensions";
import type { FilterSqlOptions } from "@/lib/candidates/filter-sql";
import { buildOrderBySql, type NameOrder } from "@/lib/candidates/order-sql";
import { buildCandidateIdsSql, buildCandidateTotalSql } from "@/lib/candidates/selection";
import type { CandidateFilters, CandidateSearch } from "@/lib/search-params";

export { buildOrderBySql } from "@/lib/candidates/order-sql";

const sql = Prisma.sql;

/** The candidate's own fields of a dashboard row, read with the page's ids (no join back to the table). */
const PAGE_COLUMNS = Prisma.raw(
  `c."nameEn", c."nameZh", c."mechanismClass", c."leadStage", c."researchOnly", c."illustrative", c."updatedAt", c."reviewDeadline", c."lastRegulatoryChange", c."pinyinSortKey"`,
);

/** One page of dashboard rows (see DashboardRow in queries.ts for the shape). */
export function buildCandidatePageSql(
  search: CandidateSearch,
  { searchIds, nameOrder = "en" }: Pick<FilterSqlOptions, "searchIds"> & { nameOrder?: NameOrder } = {},
): Prisma.Sql {
  const offset = (search.page - 1) * search.perPage;
  return sql`WITH page AS (${buildCandidateIdsSql(search, { searchIds, sort: search.sort, nameOrder, limit: search.perPage, offset, columns: PAGE_COLUMNS })})
  SELECT page.id, page."nameEn", page."nameZh", page."mechanismClass"::text AS "mechanismClass", page."leadStage"::text AS "leadStage",
    page."researchOnly", page."illustrative", page."updatedAt", page."reviewDeadline", page."lastRegulatoryChange",
    COALESCE((SELECT json_agg(json_build_object('id', co.id, 'nameEn', co."nameEn", 'nameZh', co."nameZh") ORDER BY co."nameEn", co.id)
      FROM "Company" co WHERE co.id IN (SELECT p."sponsorId" FROM "Program" p WHERE p."candidateId" = page.id)), '[]') AS sponsors,
    COALESCE((SELECT json_agg(json_build_object('id', d.id, 'type', d."type", 'state', d."state") ORDER BY d.id)
      FROM "Program" p JOIN "Designation" d ON d."programId" = p.id WHERE p."candidateId" = page.id), '[]') AS designations,
    COALESCE((SELECT json_agg(json_build_object('id', r.id, 'list', r."list", 'listYear', r."listYear", 'state', r."state",
        'listedProvinces', (SELECT count(*) FROM "ProvincialAccess" pa WHERE pa."listingId" = r.id AND pa."state" IN ${LISTED_PROVINCIAL_STATES_LITERAL})) ORDER BY r."listYear", r.id)
      FROM "Program" p JOIN "ReimbursementListing" r ON r."programId" = p.id WHERE p."candidateId" = page.id), '[]') AS reimbursements
  FROM page
  ORDER BY ${buildOrderBySql(search.sort, "page", nameOrder)}`;
}

/** The number of candidates matching the filters. */
export function buildCandidateCountSql(filters: CandidateFilters, { searchIds }: Pick<FilterSqlOptions, "searchIds"> = {}): Prisma.Sql {
  return buildCandidateTotalSql(filters, { searchIds });
}
