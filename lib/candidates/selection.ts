// Which candidates a view holds, and in which order: the one selection every reader of a filtered view goes
// through. The dashboard's page and total (page-sql.ts), the JSON API (through them), every export
// (lib/export/matching-candidates.ts), /reports and the timeline (lib/timeline/load-timeline.ts) embed or
// call buildCandidateIdsSql; later consumers have two entry points of their own:
//   - insights (GROUP BY over the filtered set): `WITH filtered AS (${buildCandidateIdsSql(filters)}) …`;
//   - watched views ("does candidate X match view V", evaluated on change): filterCandidateIds.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { buildCandidateFilterSql } from "@/lib/candidates/filter-sql";
import { buildOrderBySql, type NameOrder } from "@/lib/candidates/order-sql";
import type { ConditionContext, FilterDimension } from "@/lib/candidates/dimensions";
import type { CandidateFilters, SortTerm } from "@/lib/search-params";

const sql = Prisma.sql;

export type SelectionOptions = ConditionContext & {
  /** One dimension's condition alone (the facet index tests the dimensions it has no predicate for so). */
  only?: FilterDimension;
  /** The view's order (buildOrderBySql, with its name and id tie-breakers); unordered without it. */
  sort?: readonly SortTerm[];
  /** How a sort by name reads (pinyin in the Chinese interface). */
  nameOrder?: NameOrder;
  limit?: number;
  offset?: number;
  /** Only these candidates (whichever of them match). */
  among?: readonly number[];
  /** Columns of `c` read beside the id in the same pass (the dashboard's page reads its row fields so). */
  columns?: Prisma.Sql;
};

/**
 * `SELECT c.id FROM "Candidate" c WHERE <filters> [ORDER BY <sort>] [LIMIT … OFFSET …]`: an id column named
 * `id` (then any `columns`), usable as a CTE, a subquery or on its own. The filter's bind values come first.
 */
export function buildCandidateIdsSql(filters: CandidateFilters, { sort, nameOrder, limit, offset, among, only, searchIds, columns }: SelectionOptions = {}): Prisma.Sql {
  const where = buildCandidateFilterSql(filters, { only, searchIds });
  return sql`SELECT c.id${columns ? sql`, ${columns}` : Prisma.empty} FROM "Candidate" c
    WHERE ${among ? sql`c.id = ANY(CAST(${among} AS integer[])) AND ` : Prisma.empty}${where}
    ${sort ? sql`ORDER BY ${buildOrderBySql(sort, "c", nameOrder)}` : Prisma.empty}
    ${limit !== undefined ? sql`LIMIT ${limit}` : Prisma.empty}${offset !== undefined ? sql` OFFSET ${offset}` : Prisma.empty}`;
}

/** The number of candidates matching the filters, as one statement. */
export function buildCandidateTotalSql(filters: CandidateFilters, context: ConditionContext = {}): Prisma.Sql {
  return sql`SELECT count(*)::int AS total FROM (${buildCandidateIdsSql(filters, context)}) selection`;
}

/** A client that runs raw SQL: the app's Prisma client, a transaction, an export's snapshot reader. */
export type RawReader = Pick<PrismaClient, "$queryRaw">;

/** The matching ids, in the view's order when `sort` is given (one int[] value: no per-row objects). */
export async function selectCandidateIds(db: RawReader, filters: CandidateFilters, options: SelectionOptions = {}): Promise<number[]> {
  const [row] = await db.$queryRaw<{ ids: number[] }[]>(sql`SELECT ARRAY(${buildCandidateIdsSql(filters, options)}) AS ids`);
  return row?.ids ?? [];
}

/** How many candidates match the filters. */
export async function countMatchingCandidates(db: RawReader, filters: CandidateFilters, context: ConditionContext = {}): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>(buildCandidateTotalSql(filters, context));
  return row?.total ?? 0;
}

/** Which of `candidateIds` match the filters (a watched view evaluated on a change), in ascending order. */
export async function filterCandidateIds(db: RawReader, filters: CandidateFilters, candidateIds: readonly number[]): Promise<number[]> {
  if (candidateIds.length === 0) return [];
  const ids = await selectCandidateIds(db, filters, { among: candidateIds });
  return ids.sort((a, b) => a - b);
}
