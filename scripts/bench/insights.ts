// `npm run bench -- insights`: every chart's data (GET /api/insights) for a few dashboard views, beside the
// raw SQL of the same aggregates run by pg alone in one round (target p95 <= 300 ms and <= 2x the SQL).
// `npm run bench -- predict`: the decision-window backtest (coverage and error per application type and review
// path, and over all) and what the predicted windows add to a 50-row dashboard page (target <= 10 ms p95).
import { performance } from "node:perf_hooks";
import type { Prisma } from "../../generated/prisma/client.ts";
import { loadWorkingCalendar } from "../../lib/calendar/holiday-years.ts";
import { toDayKey } from "../../lib/domain/calendar-day.ts";
import { REVIEW_RUNNING_STATUSES } from "../../lib/domain/application-clock.ts";
import { clockedApplicationSelect } from "../../lib/review-clock/select.ts";
import { buildDesignationsSql, buildPipelineSql, buildReimbursementSql, buildReviewDurationsSql, buildTotalSql } from "../../lib/insights/aggregates.ts";
import { runDecisionWindowBacktest } from "../../lib/insights/backtest.ts";
import { loadComparableStats, windowFor } from "../../lib/insights/decision-window-stats.ts";
import { parseCandidateSearchParams } from "../../lib/search-params.ts";
import { measure, percentile, type BenchContext, type BenchRow, type BenchSection } from "./harness.ts";

const TARGET_MS = 300;
const WINDOW_TARGET_MS = 10;
const today = new Date(Date.UTC(2026, 10, 24));

const VIEWS = ["", "class=GLP1_RA", "stage=PHASE_3,NDA_UNDER_REVIEW&origin=DOMESTIC", "designation=BREAKTHROUGH_THERAPY:GRANTED", "q=glutide 12"];

async function insightsRun({ pool, baseUrl }: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const view of VIEWS) {
    const { search, errors } = parseCandidateSearchParams(new URLSearchParams(view));
    if (errors.length) throw new Error(`bench view ${view}: ${JSON.stringify(errors)}`);
    const statements: Prisma.Sql[] = [buildTotalSql, buildPipelineSql, buildDesignationsSql, buildReviewDurationsSql, buildReimbursementSql].map((build) => build(search));
    // The same five statements, sent by pg alone at once (the pool has four connections, as the app's reads overlap).
    const baseline = await measure(() => Promise.all(statements.map((statement) => pool.query(statement.text, statement.values))), { iterations: 15, warmup: 2 });
    let total = 0;
    const api = await measure(
      async () => {
        const response = await fetch(`${baseUrl}/api/insights?${view}`);
        if (!response.ok) throw new Error(`/api/insights?${view}: ${response.status} ${await response.text()}`);
        total = ((await response.json()) as { total: number }).total;
      },
      { iterations: 15, warmup: 2 },
    );
    const p95 = percentile(api, 95);
    const baselineP95 = percentile(baseline, 95);
    rows.push({
      section: "insights",
      case: `/api/insights?${view || "(no filter)"}`,
      p50Ms: percentile(api, 50),
      p95Ms: p95,
      baselineMs: baselineP95,
      target: `p95 <= ${TARGET_MS} ms, <= 2x SQL`,
      met: p95 <= TARGET_MS && p95 <= 2 * baselineP95,
      note: `${total} candidates; SQL p50 ${percentile(baseline, 50).toFixed(1)} ms; ratio ${(p95 / baselineP95).toFixed(2)}x`,
    });
  }
  return rows;
}

async function predictRun({ prisma }: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const started = performance.now();
  const { figures, firstYear, lastYear } = await runDecisionWindowBacktest(prisma);
  const backtestMs = performance.now() - started;
  for (const figure of figures) {
    const coverage = figure.coverage === null ? "n/a" : `${(figure.coverage * 100).toFixed(1)}%`;
    rows.push({
      section: "predict",
      case: figure.type === "ALL" ? "backtest ALL" : `backtest ${figure.type} ${figure.path}`,
      p50Ms: backtestMs,
      p95Ms: backtestMs,
      note:
        `${figure.reviews} decided reviews ${firstYear}-${lastYear}, ${figure.fromComparable} from >=8 comparable: inside p25-p75 ${coverage}, ` +
        `median abs error ${figure.medianAbsError ?? "n/a"} WD (statutory fallback ${figure.fallbackMedianAbsError ?? "n/a"} WD)`,
    });
  }

  // A 50-row dashboard page of candidates with running reviews: the windows' work beside the clocks'.
  const candidateIds = (
    await prisma.$queryRawUnsafe<{ id: number }[]>(
      `SELECT DISTINCT p."candidateId" AS id FROM "Application" a JOIN "Program" p ON p.id = a."programId"
       WHERE a.status::text = ANY($1::text[]) ORDER BY 1 LIMIT 50`,
      [...REVIEW_RUNNING_STATUSES],
    )
  ).map((row) => row.id);
  const applications = await prisma.application.findMany({
    where: { status: { in: [...REVIEW_RUNNING_STATUSES] }, program: { candidateId: { in: candidateIds } } },
    select: { ...clockedApplicationSelect, type: true, reviewPath: true, program: { select: { candidateId: true, drugCategory: true } } },
  });
  const calendar = await loadWorkingCalendar(prisma);
  const stats = await loadComparableStats(prisma, today);
  let dated = 0;
  const cached = await measure(async () => {
    dated = 0;
    for (const application of applications) if (windowFor({ ...application, drugCategory: application.program.drugCategory }, stats, calendar).from) dated++;
  }, { iterations: 50, warmup: 5 });
  const uncached = await measure(async () => {
    const fresh = await loadComparableStats(prisma, today);
    for (const application of applications) windowFor({ ...application, drugCategory: application.program.drugCategory }, fresh, calendar);
  }, { iterations: 20, warmup: 2 });
  // The target is the production path's (statistics cached, refreshed when a decision is recorded); the
  // uncached row shows what the cache saves, with no target of its own.
  const cachedP95 = percentile(cached, 95);
  rows.push({
    section: "predict",
    case: "windows for a 50-row page (statistics cached, as in production)",
    p50Ms: percentile(cached, 50),
    p95Ms: cachedP95,
    target: `p95 <= ${WINDOW_TARGET_MS} ms`,
    met: cachedP95 <= WINDOW_TARGET_MS,
    note: `${applications.length} running reviews, ${dated} dated (others past the calendar or stopped)`,
  });
  rows.push({
    section: "predict",
    case: "windows for a 50-row page (statistics GROUP BY each time)",
    p50Ms: percentile(uncached, 50),
    p95Ms: percentile(uncached, 95),
    note: `reference for the cache: comparable statistics as of ${toDayKey(today)} computed per page`,
  });
  return rows;
}

export const insightsBench: BenchSection = { name: "insights", run: insightsRun };
export const predictBench: BenchSection = { name: "predict", run: predictRun };
