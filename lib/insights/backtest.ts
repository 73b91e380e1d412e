// "How good are these estimates": every decided review predicted from the reviews decided before its
// acceptance (lib/domain/decision-window.ts backtestDecisionWindows). PostgreSQL returns one small row per
// decided review (key, two day numbers, the duration, the track's limit); the sweep itself is in memory.
import { Prisma } from "@/generated/prisma/client";
import type { ApplicationType, DrugCategory, ReviewPath, ReviewTrack } from "@/generated/prisma/enums";
import { backtestDecisionWindows, comparableKey, type BacktestFigures, type BacktestReview } from "@/lib/domain/decision-window";
import { reviewTimeLimit, UnknownRegulationVersionError } from "@/lib/domain/review-clock";
import { DECIDED_REVIEW_SQL } from "@/lib/insights/decision-window-stats";

type Db = { $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T> };

type Row = {
  type: ApplicationType;
  path: ReviewPath;
  category: DrugCategory;
  track: ReviewTrack;
  regulationVersion: string;
  acceptanceDay: number;
  endDay: number;
  workingDays: number;
};

export type Backtest = { figures: BacktestFigures[]; firstYear: number | null; lastYear: number | null };

export async function runDecisionWindowBacktest(db: Db): Promise<Backtest> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT a."type" AS type, a."reviewPath" AS path, p."drugCategory" AS category, a."reviewTrack" AS track,
           a."regulationVersion" AS "regulationVersion",
           (a."acceptanceDate" - date '1970-01-01') AS "acceptanceDay", (a."reviewEndDate" - date '1970-01-01') AS "endDay",
           a."reviewWorkingDays" AS "workingDays"
    FROM "Application" a JOIN "Program" p ON p.id = a."programId"
    WHERE ${DECIDED_REVIEW_SQL} AND a."acceptanceDate" IS NOT NULL AND a."reviewTrack" IS NOT NULL`);
  const reviews: BacktestReview[] = [];
  for (const row of rows) {
    let limit: number;
    try {
      limit = reviewTimeLimit(row.track, row.regulationVersion);
    } catch (error) {
      if (error instanceof UnknownRegulationVersionError) continue;
      throw error;
    }
    reviews.push({ key: comparableKey(row), type: row.type, path: row.path, acceptanceDay: row.acceptanceDay, endDay: row.endDay, workingDays: row.workingDays, limit });
  }
  const years = reviews.map((review) => new Date(review.endDay * 86_400_000).getUTCFullYear());
  return {
    figures: backtestDecisionWindows(reviews),
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}
