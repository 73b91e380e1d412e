// The one ORDER BY of candidate lists. The Prisma orderBy of test/oracles/prisma-where.ts is its test oracle.
import { Prisma } from "@/generated/prisma/client";
import type { SortTerm } from "@/lib/search-params";

/**
 * SQL order of each sortable column. `reviewClock` sorts by the earliest statutory deadline among running
 * reviews (kept by lib/review-clock); `lastChange` by the newest regulatory step
 * (lib/candidates/last-regulatory-change.ts). Candidates without the date go last in both directions.
 */
const SORT_EXPRESSIONS: Record<SortTerm["column"], { column: string; nullsLast?: boolean }> = {
  name: { column: "nameEn" },
  nameZh: { column: "nameZh", nullsLast: true },
  class: { column: "mechanismClass" },
  stage: { column: "leadStage" },
  updated: { column: "updatedAt" },
  reviewClock: { column: "reviewDeadline", nullsLast: true },
  lastChange: { column: "lastRegulatoryChange", nullsLast: true },
};

/** How a sort by name reads: the English name, or (the Chinese interface) the stored pinyin key. */
export type NameOrder = "en" | "pinyin";

/**
 * ORDER BY for `alias`: the sort terms in priority order, then the English name (unless already sorted by
 * it) so rows of one class or stage read alphabetically, then id so that pages never overlap or skip rows.
 * With `nameOrder` "pinyin" a sort by name orders by Candidate.pinyinSortKey (lib/candidates/name-sort.ts).
 */
export function buildOrderBySql(sort: readonly SortTerm[], alias: string, nameOrder: NameOrder = "en"): Prisma.Sql {
  const terms = sort.map((term) => {
    const { column, nullsLast } = term.column === "name" && nameOrder === "pinyin" ? { column: "pinyinSortKey", nullsLast: false } : SORT_EXPRESSIONS[term.column];
    return `${alias}."${column}" ${term.desc ? "DESC" : "ASC"}${nullsLast ? " NULLS LAST" : ""}`;
  });
  if (!sort.some((term) => term.column === "name")) terms.push(`${alias}."nameEn" ASC`);
  return Prisma.raw([...terms, `${alias}.id ASC`].join(", "));
}
