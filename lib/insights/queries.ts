// The insights page's and API's reads: the chart aggregates for the filters and the backtest figures.
import "server-only";
import { productionCache } from "@/lib/candidates/queries";
import { prisma } from "@/lib/db";
import { REVIEW_TIME_LIMITS } from "@/lib/domain/review-clock";
import { loadInsights, type InsightsData } from "@/lib/insights/aggregates";
import { runDecisionWindowBacktest, type Backtest } from "@/lib/insights/backtest";
import type { CandidateFilters } from "@/lib/search-params";

/** Statutory limits drawn on the review-duration chart (working days, current regulation). */
export const STATUTORY_LIMITS = { STANDARD: REVIEW_TIME_LIMITS[0]!.limits.STANDARD_200, PRIORITY: REVIEW_TIME_LIMITS[0]!.limits.PRIORITY_130 } as const;

export type Insights = InsightsData & { statutoryLimits: typeof STATUTORY_LIMITS; backtest: Backtest };

/**
 * The backtest reads every decided review and depends on no filter: a production server keeps it until the
 * catalogue changes (the facet counts' change notifications), so the charts' time is the page's time.
 */
async function backtest(): Promise<Backtest> {
  const cache = productionCache<Backtest>("Decision-window backtest", "DECISION_WINDOW_CACHE", { maxEntries: 1 });
  return cache ? cache.getOrCompute("backtest", () => runDecisionWindowBacktest(prisma)) : runDecisionWindowBacktest(prisma);
}

export async function findInsights(filters: CandidateFilters): Promise<Insights> {
  const [data, figures] = await Promise.all([loadInsights(prisma, filters), backtest()]);
  return { ...data, statutoryLimits: STATUTORY_LIMITS, backtest: figures };
}
