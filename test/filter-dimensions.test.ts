// The dimension table (lib/candidates/dimensions.ts) and the one selection (lib/candidates/selection.ts) on
// a seeded PostgreSQL database:
//   - the timeline and the dashboard return the same candidates in the same order for a corpus of URL
//     parameter combinations, and both equal the Prisma oracle's where + orderBy;
//   - the example filter added with the table, `reviewRunning`, selects the same candidates on the
//     dashboard, the JSON API, every export, /reports' count and the timeline, and the facet index counts
//     it (through SQL matches, as it has no predicate) like the facet statement;
//   - the entry points for watched views and insights.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { Prisma } from "@/generated/prisma/client";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { countFacets } from "@/lib/candidates/facet-index";
import { loadFacetIndex } from "@/lib/candidates/facet-index-load";
import { buildFacetCountsSql, toFacetResult, type FacetResult } from "@/lib/candidates/facets";
import { buildCandidateIdsSql, countMatchingCandidates, filterCandidateIds, selectCandidateIds } from "@/lib/candidates/selection";
import { REVIEW_RUNNING_STATUSES } from "@/lib/domain/application-clock";
import { loadTimeline } from "@/lib/timeline/load-timeline";
import { parseTimelineSearchParams } from "@/lib/timeline/view-params";
import { buildCandidateOrderBy, buildCandidateWhere } from "./oracles/prisma-where.ts";
import { column, parseCsvResponse } from "./support/csv.ts";
import { openSeededAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { searchFrom } from "./support/search.ts";

let app: AppDatabase;
let prisma: PrismaClient;
let queries: typeof import("@/lib/candidates/queries");
const today = dayFromKey("2026-06-30");

beforeAll(async () => {
  app = await openSeededAppDatabase("filter_dimensions");
  prisma = app.prisma;
  queries = await import("@/lib/candidates/queries");
}, 600_000);
afterAll(async () => app?.drop());

/** Every id the dashboard lists for the query, page after page (10 rows a page, so pages are crossed). */
async function dashboardIds(query: string): Promise<number[]> {
  const search = searchFrom(query);
  const ids: number[] = [];
  for (let page = 1; ; page++) {
    const result = await queries.findCandidates({ ...search, page, perPage: 10 }, { today });
    ids.push(...result.data.map((row) => row.id));
    if (result.data.length < 10) {
      expect(ids).toHaveLength(result.total);
      return ids;
    }
  }
}

async function timelineIds(query: string): Promise<{ ids: number[]; total: number }> {
  const { search, errors } = parseTimelineSearchParams(new URLSearchParams(`${query}${query ? "&" : ""}lanes=programme&zoom=quarter`));
  expect(errors).toEqual([]);
  const timeline = await loadTimeline(prisma, search, { today });
  return { ids: timeline.candidates.map((candidate) => candidate.id), total: timeline.total };
}

async function oracleIds(query: string): Promise<number[]> {
  const search = searchFrom(query);
  const rows = await prisma.candidate.findMany({ where: buildCandidateWhere(search), orderBy: buildCandidateOrderBy(search.sort), select: { id: true } });
  return rows.map((row) => row.id);
}

/** URL parameter combinations: every filter, alone and combined, under every sort column and direction. */
const CORPUS = [
  "",
  "sort=-name",
  "sort=nameZh",
  "sort=-nameZh",
  "sort=class,-updated",
  "sort=-stage",
  "sort=reviewClock",
  "sort=-reviewClock,name",
  "q=glutide",
  "q=semaglutide&sort=-stage",
  "q=司美",
  "q=novo semaglutide",
  "class=GLP1_RA,GIP_GLP1_RA",
  "class=GLP1_RA&sort=-stage",
  "stage=NDA_UNDER_REVIEW,APPROVED&sort=-updated",
  "stage=PHASE_3&class=GIP_GLP1_RA",
  "designation=BREAKTHROUGH_THERAPY",
  "designation=BREAKTHROUGH_THERAPY:GRANTED&stage=NDA_UNDER_REVIEW&onNrdl=false",
  "designation=PRIORITY_REVIEW:GRANTED&sort=reviewClock",
  "designation=PRIORITY_REVIEW,CONDITIONAL_APPROVAL:CONDITIONALLY_APPROVED&sort=nameZh",
  "designation=BREAKTHROUGH_THERAPY&grantedFrom=2020-01-01&grantedTo=2024-12-31",
  "grantedFrom=2024-01-01&grantedTo=2026-12-31",
  "reimbursement=NRDL_NEGOTIATED:LISTED",
  "reimbursement=NRDL_NEGOTIATED:LISTED,ANY:REMOVED&sort=-name",
  "onNrdl=true&sort=class,-name",
  "onNrdl=false&researchOnly=false&sort=-updated",
  "researchOnly=true",
  "indication=Type 2 diabetes mellitus&class=GLP1_RA,GIP_GLP1_RA",
  "category=BIOLOGICAL&origin=IMPORTED&sort=-stage",
  "origin=DOMESTIC&sort=nameZh",
  "ndaFrom=2022-01-01&ndaTo=2025-12-31",
  "ndaFrom=2024-01-01&stage=NDA_UNDER_REVIEW,APPROVED&class=GLP1_RA&sort=reviewClock",
  "reviewRunning=true",
  "reviewRunning=true&sort=reviewClock",
  "reviewRunning=false&sort=-stage",
  "reviewRunning=true&designation=PRIORITY_REVIEW&onNrdl=false",
  "reviewRunning=false&class=GLP1_RA&q=glutide&sort=-name",
  "q=no-such-candidate-anywhere",
];

describe("the timeline and the dashboard select through one function", () => {
  it("has a corpus of at least 30 combinations, most of which match something", async () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
    const matching = await Promise.all(CORPUS.map(async (query) => (await oracleIds(query)).length > 0));
    expect(matching.filter(Boolean).length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS)("same candidates, same order: ?%s", async (query) => {
    const [dashboard, timeline, oracle] = await Promise.all([dashboardIds(query), timelineIds(query), oracleIds(query)]);
    expect(timeline.ids).toEqual(dashboard);
    expect(timeline.total).toBe(dashboard.length);
    expect(dashboard).toEqual(oracle);
  });
});

/** Candidates with an application whose review clock runs, written plainly. */
async function runningByHand(): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`
    SELECT DISTINCT p."candidateId" AS id FROM "Program" p JOIN "Application" a ON a."programId" = p.id
    WHERE a.status::text = ANY(${[...REVIEW_RUNNING_STATUSES]}) ORDER BY 1`);
  return rows.map((row) => row.id);
}

const sortedIds = (ids: readonly number[]) => [...ids].sort((a, b) => a - b);

describe("the example filter reviewRunning, on every consumer", () => {
  it("means: some application of the candidate has a running review clock", async () => {
    const running = await runningByHand();
    const all = (await prisma.candidate.findMany({ select: { id: true } })).map((row) => row.id);
    expect(running.length).toBeGreaterThan(0);
    expect(running.length).toBeLessThan(all.length);
    expect(sortedIds(await dashboardIds("reviewRunning=true"))).toEqual(running);
    expect(sortedIds(await dashboardIds("reviewRunning=false"))).toEqual(all.filter((id) => !running.includes(id)).sort((a, b) => a - b));
  });

  it.each(["reviewRunning=true&sort=reviewClock", "reviewRunning=false&sort=-stage"])("JSON API, exports, /reports and timeline agree: ?%s", async (query) => {
    const expected = await dashboardIds(query);
    const { GET: api } = await import("@/app/api/candidates/route");
    const response = await api(new Request(`http://localhost/api/candidates?${query}&perPage=200`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { id: number }[]; total: number };
    expect(body.data.map((row) => row.id)).toEqual(expected);
    expect(body.total).toBe(expected.length);

    const { GET: candidatesCsv } = await import("@/app/api/export/candidates.csv/route");
    const csv = await parseCsvResponse(await candidatesCsv(new Request(`http://localhost/api/export/candidates.csv?${query}`)));
    expect(column(csv, "Candidate ID").map(Number)).toEqual(expected);
    const { GET: eventsCsv } = await import("@/app/api/export/events.csv/route");
    const events = column(await parseCsvResponse(await eventsCsv(new Request(`http://localhost/api/export/events.csv?${query}`))), "Candidate ID").map(Number);
    const withEvents = new Set(events);
    expect(withEvents.size).toBeGreaterThan(0);
    // The view's candidates that have facts, in the view's order (each candidate's facts together).
    expect([...new Set(events)]).toEqual(expected.filter((id) => withEvents.has(id)));
    const { GET: designationsCsv } = await import("@/app/api/export/designations.csv/route");
    const designations = await parseCsvResponse(await designationsCsv(new Request(`http://localhost/api/export/designations.csv?${query}`)));
    const expectedDesignations = await prisma.designation.findMany({ where: { program: { candidateId: { in: expected } } }, select: { id: true } });
    expect(sortedIds(column(designations, "Designation ID").map(Number))).toEqual(sortedIds(expectedDesignations.map((row) => row.id)));

    expect(await countMatchingCandidates(prisma, searchFrom(query))).toBe(expected.length);
    expect((await timelineIds(query)).ids).toEqual(expected);
  });

  it("is counted by the facet index (through its SQL matches) exactly as by the facet statement", async () => {
    const index = await loadFacetIndex(prisma);
    if (!index) throw new Error("no index");
    const normalized = (result: FacetResult) =>
      Object.fromEntries(Object.entries(result.facets).map(([name, options]) => [name, [...options].sort((a, b) => a.value.localeCompare(b.value))]));
    for (const query of ["reviewRunning=true", "reviewRunning=false&class=GLP1_RA", "reviewRunning=true&stage=NDA_UNDER_REVIEW,APPROVED&onNrdl=false"]) {
      const filters = searchFrom(query);
      const bySql = toFacetResult(await prisma.$queryRaw(buildFacetCountsSql(filters)));
      const matches = new Map([["reviewRunning" as const, new Set(await selectCandidateIds(prisma, filters, { only: "reviewRunning" }))]]);
      const byIndex = countFacets(index, filters, matches);
      expect(byIndex.total).toBe(bySql.total);
      expect(normalized(byIndex)).toEqual(normalized(bySql));
    }
    expect(() => countFacets(index, searchFrom("reviewRunning=true"))).toThrow(/no SQL matches given for reviewRunning/);
  });
});

describe("entry points for watched views and insights", () => {
  it("tests given candidate ids against a filter state", async () => {
    const running = await runningByHand();
    const all = (await prisma.candidate.findMany({ select: { id: true }, orderBy: { id: "desc" } })).map((row) => row.id);
    expect(await filterCandidateIds(prisma, searchFrom("reviewRunning=true"), all)).toEqual(running);
    expect(await filterCandidateIds(prisma, searchFrom("reviewRunning=true"), [])).toEqual([]);
    const glp1 = await oracleIds("class=GLP1_RA");
    const some = [glp1[0]!, ...all.filter((id) => !glp1.includes(id)).slice(0, 3)];
    expect(await filterCandidateIds(prisma, searchFrom("class=GLP1_RA"), some)).toEqual([glp1[0]]);
  });

  it("gives the filtered set as a subquery for GROUP BY over it", async () => {
    const filters = searchFrom("onNrdl=false&researchOnly=false");
    const rows = await prisma.$queryRaw<{ class: string; n: number }[]>(Prisma.sql`
      WITH filtered AS (${buildCandidateIdsSql(filters)})
      SELECT c."mechanismClass"::text AS class, count(*)::int AS n FROM filtered JOIN "Candidate" c ON c.id = filtered.id
      GROUP BY c."mechanismClass" ORDER BY c."mechanismClass"`);
    const expected = await prisma.candidate.groupBy({ by: ["mechanismClass"], where: buildCandidateWhere(filters), _count: { _all: true }, orderBy: { mechanismClass: "asc" } });
    expect(rows.map((row) => [row.class, row.n])).toEqual(expected.map((group) => [group.mechanismClass, group._count._all]));
    expect(rows.length).toBeGreaterThan(1);
  });
});
