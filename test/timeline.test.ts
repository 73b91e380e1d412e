// The portfolio timeline and the review-clock sort key on PostgreSQL: the timeline shows exactly the
// dashboard's candidates for the same URL, and `sort=reviewClock` orders by the stored working-day deadline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { dayFromKey, toDayKey } from "@/lib/domain/calendar-day";
import { refreshAllReviewDeadlines, refreshReviewDeadlines } from "@/lib/review-clock/refresh-review-deadlines";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { isReviewBar } from "@/lib/timeline/item-order";
import { firstLanesCandidateIds } from "@/lib/timeline/lanes";
import { loadTimeline, loadTimelineFirstScreen } from "@/lib/timeline/load-timeline";
import { parseTimelineSearchParams } from "@/lib/timeline/view-params";
import { createReviewClockCandidates } from "./fixtures/review-clock-candidates.ts";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";

let database: TestDatabase;
let prisma: PrismaClient;
let ids: Map<string, number>;
let findCandidates: typeof import("@/lib/candidates/queries").findCandidates;

const today = dayFromKey("2024-09-10");
const id = (slug: string) => ids.get(slug) as number;

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "timeline" });
  prisma = createTestPrisma(database.databaseUrl);
  ids = await createReviewClockCandidates(prisma);
  // The dashboard's query module reads the app's client, which connects to DATABASE_URL when first imported.
  process.env.DATABASE_URL = database.databaseUrl;
  delete (globalThis as { prisma?: unknown }).prisma;
  ({ findCandidates } = await import("@/lib/candidates/queries"));
});

afterAll(async () => {
  const { prisma: appPrisma } = await import("@/lib/db");
  await appPrisma.$disconnect();
  await database?.drop();
});

async function dashboardIds(query: string): Promise<number[]> {
  const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
  expect(errors).toEqual([]);
  const page = await findCandidates({ ...search, page: 1, perPage: 200 }, { today });
  return page.data.map((row) => row.id);
}

describe("the timeline shows exactly the dashboard's candidates", () => {
  it.each([
    "",
    "designation=BREAKTHROUGH_THERAPY",
    "designation=PRIORITY_REVIEW:GRANTED,BREAKTHROUGH_THERAPY:GRANTED",
    "class=GIP_GLP1_RA,GCG_GLP1_RA",
    "q=clockglutide&sort=-name",
    "researchOnly=true",
    "stage=NDA_UNDER_REVIEW&sort=reviewClock",
    "onNrdl=false&sort=-reviewClock,name",
    "ndaFrom=2024-01-15&ndaTo=2024-12-31",
    "designation=CONDITIONAL_APPROVAL",
  ])("for ?%s", async (query) => {
    const { search, errors } = parseTimelineSearchParams(new URLSearchParams(`${query}${query ? "&" : ""}zoom=month&group=sponsor`));
    expect(errors).toEqual([]);
    const timeline = await loadTimeline(prisma, search, { today });
    const expected = await dashboardIds(query);
    expect(timeline.candidates.map((candidate) => candidate.id)).toEqual(expected);
    expect(timeline.total).toBe(expected.length);
  });

  it("caps the lanes but still counts every match", async () => {
    const { search } = parseTimelineSearchParams(new URLSearchParams(""));
    const timeline = await loadTimeline(prisma, search, { today, limit: 3 });
    expect(timeline.candidates).toHaveLength(3);
    expect(timeline.total).toBe(ids.size);
    expect(timeline.candidates.map((candidate) => candidate.id)).toEqual((await dashboardIds("")).slice(0, 3));
  });

  it("draws each running review with its clock as of today", async () => {
    const { search } = parseTimelineSearchParams(new URLSearchParams("class=GCG_GLP1_RA"));
    const [candidate] = (await loadTimeline(prisma, search, { today })).candidates;
    const bar = candidate?.programs[0]?.items.find(isReviewBar);
    expect(bar).toMatchObject({ start: "2024-05-06", end: "2024-09-10", endKind: "today", deadline: "2024-08-22" });
    expect(bar?.stops).toEqual([{ start: "2024-05-20", end: "2024-06-14" }]);
    expect(bar?.clock).toMatchObject({ state: "overdue", overdueBy: 13 });
  });
});

describe("the timeline page's first screen", () => {
  it.each([
    { query: "", view: { lanes: "candidate", group: "class" }, lanes: 3 },
    { query: "sort=-reviewClock", view: { lanes: "programme", group: "sponsor" }, lanes: 2 },
    { query: "sort=-name", view: { lanes: "candidate", group: "none" }, lanes: 1 },
  ] as const)("?$query, $view.lanes lanes by $view.group: items for the first $lanes lanes, every lane's label", async ({ query, view, lanes }) => {
    const { search } = parseTimelineSearchParams(new URLSearchParams(query));
    const whole = await loadTimeline(prisma, search, { today });
    const first = await loadTimelineFirstScreen(prisma, search, { today, view, lang: "en", lanes });
    expect(first.total).toBe(whole.total);
    expect(first.today).toBe(whole.today);
    expect(first.candidates.map((candidate) => candidate.id)).toEqual(whole.candidates.map((candidate) => candidate.id));

    const shown = firstLanesCandidateIds(whole.candidates, view, "en", lanes);
    expect(shown.size).toBeGreaterThan(0);
    expect(first.pendingIds).toEqual(whole.candidates.flatMap((candidate) => (shown.has(candidate.id) ? [] : [candidate.id])));
    expect(first.pendingIds.length).toBeGreaterThan(0);
    first.candidates.forEach((candidate, index) => {
      const complete = whole.candidates[index];
      if (shown.has(candidate.id)) expect(candidate).toEqual(complete);
      else expect(candidate).toEqual({ ...complete, programs: complete?.programs.map((program) => ({ ...program, items: [] })) });
    });
  });

  it("answers a selection no bigger than the first screen whole", async () => {
    const { search } = parseTimelineSearchParams(new URLSearchParams("sort=reviewClock"));
    const first = await loadTimelineFirstScreen(prisma, search, { today, view: { lanes: "candidate", group: "class" }, lang: "zh", lanes: ids.size });
    expect(first.pendingIds).toEqual([]);
    const { pendingIds, ...data } = first;
    expect(pendingIds).toEqual([]);
    expect(data).toEqual(await loadTimeline(prisma, search, { today }));
  });
});

describe("review deadlines as a sort key", () => {
  const deadlines = async () => {
    const rows = await prisma.candidate.findMany({ select: { slug: true, reviewDeadline: true } });
    return Object.fromEntries(rows.map((row) => [row.slug, row.reviewDeadline && toDayKey(row.reviewDeadline)]));
  };

  it("stores the earliest working-day deadline among a candidate's running reviews", async () => {
    expect(await deadlines()).toEqual({
      "clock-ind-stop": "2024-08-22",
      "clock-priority": "2024-09-04",
      "clock-standard": "2024-10-22",
      "clock-two-reviews": "2024-10-30",
      "clock-open-stop": null,
      "clock-approved": null,
      // Past the last notice (2026): on the provisional 2027 calendar, not blank.
      "clock-beyond-calendar": "2027-03-22",
      "clock-research": null,
    });
  });

  // Ties (no deadline) fall back to the dashboard's tie-breakers: English name, then id.
  it("orders the dashboard by deadline, soonest first, candidates without one last", async () => {
    expect(await dashboardIds("sort=reviewClock")).toEqual(
      ["clock-ind-stop", "clock-priority", "clock-standard", "clock-two-reviews", "clock-beyond-calendar", "clock-approved", "clock-open-stop", "clock-research"].map(id),
    );
  });

  it("orders descending with candidates without a deadline still last", async () => {
    expect(await dashboardIds("sort=-reviewClock")).toEqual(
      ["clock-beyond-calendar", "clock-two-reviews", "clock-standard", "clock-priority", "clock-ind-stop", "clock-approved", "clock-open-stop", "clock-research"].map(id),
    );
  });

  it("gives each dashboard row its most urgent clock", async () => {
    const { search } = parseCandidateSearchParams(new URLSearchParams("sort=reviewClock"));
    const rows = (await findCandidates({ ...search, perPage: 200 }, { today })).data;
    const clockOf = (slug: string) => rows.find((row) => row.id === id(slug))?.reviewClock;
    expect(clockOf("clock-ind-stop")).toMatchObject({ state: "overdue", overdueBy: 13, acceptanceNumber: "CXHL2400904" });
    expect(clockOf("clock-standard")).toMatchObject({ state: "running", elapsed: 174, remaining: 26 });
    expect(clockOf("clock-two-reviews")).toMatchObject({ acceptanceNumber: "CXHL2400906", deadline: "2024-10-30" });
    expect(clockOf("clock-open-stop")).toMatchObject({ state: "stopped", deadline: null });
    expect(clockOf("clock-beyond-calendar")).toMatchObject({ state: "running", deadline: "2027-03-22", calendar: "provisional" });
    expect(clockOf("clock-standard")).toMatchObject({ calendar: "official" });
    expect(clockOf("clock-approved")).toBeNull();
    expect(clockOf("clock-research")).toBeNull();
    // Each row carries the stored sort key it was ordered by, and the rows come in that key's order.
    const keyOf = (slug: string) => rows.find((row) => row.id === id(slug))?.reviewDeadline;
    expect(keyOf("clock-standard")).toBe("2024-10-22");
    expect(keyOf("clock-approved")).toBeNull();
    const keys = rows.map((row) => row.reviewDeadline);
    const known = keys.filter((key): key is string => key !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(keys).toEqual([...[...known].sort(), ...keys.filter((key) => key === null)]);
  });

  it("follows a clock stop being closed, without touching updatedAt", async () => {
    const candidateId = id("clock-open-stop");
    const before = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { updatedAt: true } });
    const stop = await prisma.clockStop.findFirstOrThrow({ where: { application: { acceptanceNumber: "CXHS2400903" } } });
    await prisma.$transaction(async (tx) => {
      await tx.clockStop.update({ where: { id: stop.id }, data: { endDate: dayFromKey("2024-07-01") } });
      await tx.application.update({ where: { id: stop.applicationId }, data: { status: "UNDER_REVIEW" } });
      await refreshReviewDeadlines(tx, candidateId);
    });
    const after = await prisma.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { updatedAt: true, reviewDeadline: true } });
    expect(after.reviewDeadline && toDayKey(after.reviewDeadline)).not.toBeNull();
    expect(after.updatedAt).toEqual(before.updatedAt);
    const application = await prisma.application.findUniqueOrThrow({ where: { id: stop.applicationId } });
    expect(application.reviewDeadline).toEqual(after.reviewDeadline);
  });

  it("can be rebuilt for the whole database, e.g. after a calendar year is added", async () => {
    await prisma.$executeRaw`UPDATE "Candidate" SET "reviewDeadline" = NULL`;
    await prisma.$executeRaw`UPDATE "Candidate" SET "reviewDeadline" = date '2030-01-01' WHERE slug = 'clock-approved'`;
    const { candidates, withDeadline } = await refreshAllReviewDeadlines(prisma);
    expect(candidates).toBe(7);
    expect(withDeadline).toBe(6);
    expect((await deadlines())["clock-standard"]).toBe("2024-10-22");
    expect((await deadlines())["clock-approved"]).toBeNull();
  });
});
