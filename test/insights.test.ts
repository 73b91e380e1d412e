// The insights' aggregates on the seeded database: each chart equals a hand-written SQL aggregate over the
// candidates Prisma's buildCandidateWhere selects (a definition of the filter independent of the SQL one the
// charts use), for several filter combinations including none; the total and every pipeline segment equal
// the dashboard's total for the same URL; the stored durations equal the review clock's; the decision
// window and backtest read the same decided reviews.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { buildCandidateWhere } from "./oracles/prisma-where.ts";
import { buildCandidateCountSql } from "@/lib/candidates/page-sql";
import { loadWorkingCalendar } from "@/lib/calendar/holiday-years";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { runDecisionWindowBacktest } from "@/lib/insights/backtest";
import { loadComparableStats } from "@/lib/insights/decision-window-stats";
import { loadInsights, OUTCOME_OF_STATE } from "@/lib/insights/aggregates";
import { computeReviewDuration } from "@/lib/domain/application-clock";
import { parseCandidateSearchParams, type CandidateSearch } from "@/lib/search-params";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "insights" });
  prisma = createTestPrisma(database.databaseUrl);
  await seedDatabase(prisma);
});

afterAll(async () => {
  await database?.drop();
});

const QUERIES = [
  "",
  "class=GLP1_RA",
  "stage=PHASE_3,NDA_UNDER_REVIEW,APPROVED",
  "designation=PRIORITY_REVIEW&category=CHEMICAL",
  "q=illustrative",
  "reimbursement=NRDL_NEGOTIATED&origin=IMPORTED",
  "ndaFrom=2022-01-01&ndaTo=2025-12-31&class=GLP1_RA,GIP_GLP1_RA",
];

const parse = (query: string): CandidateSearch => {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
  expect(errors).toEqual([]);
  return search;
};

async function idsOf(search: CandidateSearch): Promise<number[]> {
  return (await prisma.candidate.findMany({ where: buildCandidateWhere(search), select: { id: true } })).map((candidate) => candidate.id);
}

async function dashboardTotal(query: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ total: number }[]>(buildCandidateCountSql(parse(query)));
  return rows[0]!.total;
}

const sortBy = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

describe.each(QUERIES)("insights for ?%s", (query) => {
  it("match hand-written aggregates and the dashboard's totals", async () => {
    const search = parse(query);
    const data = await loadInsights(prisma, search);
    const ids = await idsOf(search);
    expect(data.total).toBe(ids.length);
    expect(data.total).toBe(await dashboardTotal(query));
    if (query === "") expect(data.total).toBeGreaterThan(50);

    // Pipeline: candidates with a programme at the stage (within the stage filter, if any), by class.
    const stageIds = search.stage.length ? await idsOf({ ...search, stage: [] }) : ids;
    const pipeline = await prisma.$queryRawUnsafe<{ stage: string; mechanismClass: string; candidates: number }[]>(
      `SELECT p."currentStage"::text AS stage, c."mechanismClass"::text AS "mechanismClass", count(DISTINCT c.id)::int AS candidates
       FROM "Program" p JOIN "Candidate" c ON c.id = p."candidateId"
       WHERE c.id = ANY($1::int[]) AND ($2::text[] = '{}' OR p."currentStage"::text = ANY($2::text[]))
       GROUP BY 1, 2`,
      stageIds,
      search.stage,
    );
    const key = (row: { stage: string; mechanismClass: string }) => `${row.stage}/${row.mechanismClass}`;
    expect(sortBy(data.pipeline, key)).toEqual(sortBy(pipeline, key));
    // Each segment is what the dashboard lists for the segment's link.
    for (const segment of data.pipeline.slice(0, 6)) {
      const params = new URLSearchParams(query);
      params.set("stage", segment.stage);
      params.set("class", segment.mechanismClass);
      expect(await dashboardTotal(params.toString()), `${segment.stage} ${segment.mechanismClass}`).toBe(segment.candidates);
    }

    const designations = await prisma.$queryRawUnsafe<{ type: string; year: number; opened: number; granted: number }[]>(
      `SELECT t.type, t.year, count(*) FILTER (WHERE t.kind = 'o')::int AS opened, count(*) FILTER (WHERE t.kind = 'g')::int AS granted
       FROM (
         SELECT d.type::text AS type, date_part('year', coalesce(d."requestedDate", d."publicityStartDate"))::int AS year, 'o' AS kind
           FROM "Designation" d JOIN "Program" p ON p.id = d."programId"
           WHERE p."candidateId" = ANY($1::int[]) AND coalesce(d."requestedDate", d."publicityStartDate") IS NOT NULL
         UNION ALL
         SELECT d.type::text, date_part('year', d."grantedDate")::int, 'g'
           FROM "Designation" d JOIN "Program" p ON p.id = d."programId"
           WHERE p."candidateId" = ANY($1::int[]) AND d."grantedDate" IS NOT NULL
       ) t GROUP BY 1, 2`,
      ids,
    );
    const yearKey = (row: { type: string; year: number }) => `${row.type}/${row.year}`;
    expect(sortBy(data.designations, yearKey)).toEqual(sortBy(designations, yearKey));

    const durations = await prisma.$queryRawUnsafe<{ path: string; year: number; n: number; min: number; median: number; max: number }[]>(
      `SELECT a."reviewPath"::text AS path, date_part('year', a."reviewEndDate")::int AS year, count(*)::int AS n,
              min(a."reviewWorkingDays")::int AS min, max(a."reviewWorkingDays")::int AS max,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY a."reviewWorkingDays"))::numeric, 1)::float8 AS median
       FROM "Application" a JOIN "Program" p ON p.id = a."programId"
       WHERE a.type = 'NDA' AND a."reviewWorkingDays" IS NOT NULL
         AND a.decision IN ('APPROVED', 'CONDITIONALLY_APPROVED', 'IMPLIED_APPROVAL', 'NOT_APPROVED')
         AND p."candidateId" = ANY($1::int[])
       GROUP BY 1, 2`,
      ids,
    );
    const pathKey = (row: { path: string; year: number }) => `${row.path}/${row.year}`;
    expect(sortBy(data.reviewDurations, pathKey).map(({ path, year, n, min, median, max }) => ({ path, year, n, min, median, max }))).toEqual(
      sortBy(durations, pathKey),
    );
    if (query === "") expect(data.reviewDurations.reduce((sum, row) => sum + row.n, 0)).toBeGreaterThanOrEqual(30);

    const listings = await prisma.reimbursementListing.findMany({ where: { program: { candidateId: { in: ids } } }, select: { list: true, listYear: true, state: true } });
    const counted = new Map<string, number>();
    for (const listing of listings) {
      const family = listing.list === "CHI_INNOVATIVE" ? "CHI" : listing.list === "PROVINCIAL_LEGACY" ? "PROVINCIAL" : "NRDL";
      const k = `${family}/${listing.listYear}/${OUTCOME_OF_STATE[listing.state]}`;
      counted.set(k, (counted.get(k) ?? 0) + 1);
    }
    expect(new Map(data.reimbursement.map((row) => [`${row.family}/${row.year}/${row.outcome}`, row.listings]))).toEqual(counted);
  });
});

describe("stored review durations and the decision window on the seeded database", () => {
  it("store what the review clock counts for every ended review", async () => {
    const calendar = await loadWorkingCalendar(prisma);
    const applications = await prisma.application.findMany({ include: { clockStops: true } });
    expect(applications.filter((application) => application.reviewWorkingDays !== null).length).toBeGreaterThanOrEqual(40);
    for (const application of applications) {
      const endPrecision = application.decisionDate ? application.decisionPrecision : application.statusPrecision;
      const { workingDays } = computeReviewDuration({ ...application, endPrecision }, calendar);
      expect(application.reviewWorkingDays, application.acceptanceNumber).toBe(workingDays);
    }
  });

  it("has enough comparable priority and standard reviews for an estimate, and backtests every decided one", async () => {
    const stats = await loadComparableStats(prisma, dayFromKey("2026-06-30"));
    expect(stats.get("NDA|STANDARD|CHEMICAL")?.n).toBeGreaterThanOrEqual(8);
    expect(stats.get("NDA|PRIORITY|CHEMICAL")?.n).toBeGreaterThanOrEqual(8);
    const { figures } = await runDecisionWindowBacktest(prisma);
    const all = figures.find((row) => row.path === "ALL")!;
    const decided = await prisma.application.count({
      where: { reviewWorkingDays: { not: null }, reviewTrack: { not: null }, decision: { in: ["APPROVED", "CONDITIONALLY_APPROVED", "IMPLIED_APPROVAL", "NOT_APPROVED"] } },
    });
    expect(all.reviews).toBe(decided);
    expect(all.fromComparable).toBeGreaterThan(0);
    expect(all.coverage).not.toBeNull();
  });

  it("reports the backtest per application type and review path, each decided review in one group, and the all-reviews line last", async () => {
    const { figures } = await runDecisionWindowBacktest(prisma);
    const groups = figures.slice(0, -1);
    expect(figures.at(-1)).toMatchObject({ type: "ALL", path: "ALL" });
    const decided = await prisma.application.groupBy({
      by: ["type", "reviewPath"],
      where: { reviewWorkingDays: { not: null }, reviewTrack: { not: null }, decision: { in: ["APPROVED", "CONDITIONALLY_APPROVED", "IMPLIED_APPROVAL", "NOT_APPROVED"] } },
      _count: { _all: true },
    });
    const expected = new Map(decided.map((group) => [`${group.type} ${group.reviewPath}`, group._count._all]));
    expect(new Map(groups.map((row) => [`${row.type} ${row.path}`, row.reviews]))).toEqual(expected);
    // The seeded decided NDAs (the illustrative references among them) are reported apart from anything else.
    expect(groups.find((row) => row.type === "NDA" && row.path === "STANDARD")?.fromComparable).toBeGreaterThan(0);
    expect(groups.findIndex((row) => row.type === "NDA")).toBe(0);
  });
});
