// The comparable-review statistics behind the predicted decision window, computed by PostgreSQL: per
// (application type, review path, drug category), the count and p25 / median / p75 (percentile_cont) of the
// working-day durations of reviews decided on their merits up to a day, and the years they were decided in.
// No `server-only`: the backtest bench script reads through it too.
import { Prisma } from "@/generated/prisma/client";
import type { ApplicationType, DrugCategory, ReviewPath } from "@/generated/prisma/enums";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import {
  comparableKey,
  DECIDING_DECISIONS,
  predictDecisionWindow,
  type DurationStats,
  type PredictedDecision,
  type WindowedApplication,
} from "@/lib/domain/decision-window";

type Db = { $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T> };

/** Reviews decided on their merits (what a window is estimated from). */
export const DECIDED_REVIEW_SQL = Prisma.sql`a."reviewWorkingDays" IS NOT NULL AND a."reviewPath" IS NOT NULL
  AND a."decision" = ANY(CAST(${DECIDING_DECISIONS} AS "ApplicationDecision"[]))`;

type StatsRow = { type: ApplicationType; path: ReviewPath; category: DrugCategory } & DurationStats;

export function buildComparableStatsSql(decidedBy: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT a."type" AS type, a."reviewPath" AS path, p."drugCategory" AS category, count(*)::int AS n,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY a."reviewWorkingDays") AS p25,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY a."reviewWorkingDays") AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY a."reviewWorkingDays") AS p75,
           min(extract(year FROM a."reviewEndDate"))::int AS "firstYear", max(extract(year FROM a."reviewEndDate"))::int AS "lastYear"
    FROM "Application" a JOIN "Program" p ON p.id = a."programId"
    WHERE ${DECIDED_REVIEW_SQL} AND a."reviewEndDate" <= CAST(${toDayKey(decidedBy)} AS date)
    GROUP BY 1, 2, 3`;
}

export type ComparableStats = ReadonlyMap<string, DurationStats>;

/** Statistics per comparableKey of the reviews decided on or before `decidedBy` (today for live windows). */
export async function loadComparableStats(db: Db, decidedBy: Date): Promise<ComparableStats> {
  const rows = await db.$queryRaw<StatsRow[]>(buildComparableStatsSql(decidedBy));
  return new Map(
    rows.map((row) => [
      comparableKey(row),
      { n: row.n, p25: Number(row.p25), median: Number(row.median), p75: Number(row.p75), firstYear: row.firstYear, lastYear: row.lastYear },
    ]),
  );
}

/** The window of one application from the loaded statistics, on the database's working-day calendar, read on `asOf`. */
export function windowFor(application: WindowedApplication, stats: ComparableStats, calendar: WorkingCalendar, asOf?: Date): PredictedDecision {
  const key = comparableKey({ type: application.type, path: application.reviewPath ?? "STANDARD", category: application.drugCategory });
  return predictDecisionWindow(application, stats.get(key) ?? null, { calendar, asOf });
}
