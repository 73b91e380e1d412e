// The timeline on the seeded database (real-world records with every precision, designation window and
// listing step): the one-statement programme read equals Prisma's relation reads, and the timeline shows the
// dashboard's candidates for the filters analysts use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { getSeedCalendar } from "@/lib/domain/china-calendar";
import { buildCandidateOrderBy, buildCandidateWhere } from "./oracles/prisma-where.ts";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { buildProgramItems, timelineProgramSelect } from "@/lib/timeline/items";
import { loadProgrammes } from "@/lib/timeline/load-programmes";
import { loadTimeline } from "@/lib/timeline/load-timeline";
import { parseTimelineSearchParams } from "@/lib/timeline/view-params";
import { seedDatabase } from "@/prisma/seed/seed";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";

let database: TestDatabase;
let prisma: PrismaClient;
const today = dayFromKey("2026-06-30");

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "timeline_seeded" });
  prisma = createTestPrisma(database.databaseUrl);
  await seedDatabase(prisma);
});

afterAll(async () => {
  await database?.drop();
});

describe("on the seeded database", () => {
  it("reads programmes in one statement exactly as Prisma's relation queries do", async () => {
    const candidateIds = (await prisma.candidate.findMany({ select: { id: true } })).map((candidate) => candidate.id);
    const viaSql = await loadProgrammes(prisma, candidateIds);
    const viaPrisma = await prisma.program.findMany({
      where: { candidateId: { in: candidateIds } },
      orderBy: [{ candidateId: "asc" }, { id: "asc" }],
      select: { ...timelineProgramSelect, candidateId: true, indicationEn: true, indicationZh: true, sponsor: { select: { id: true, nameEn: true } } },
    });
    expect(viaSql.map((program) => program.id)).toEqual(viaPrisma.map((program) => program.id));
    expect(viaSql.map(({ candidateId, indicationEn, indicationZh, sponsor }) => ({ candidateId, indicationEn, indicationZh, sponsor }))).toEqual(
      viaPrisma.map(({ candidateId, indicationEn, indicationZh, sponsor }) => ({ candidateId, indicationEn, indicationZh, sponsor })),
    );
    for (const [index, program] of viaSql.entries()) {
      const items = buildProgramItems(program, { today, detail: "portfolio", calendar: getSeedCalendar() });
      expect(items, `programme ${program.id}`).toEqual(buildProgramItems(viaPrisma[index]!, { today, detail: "portfolio", calendar: getSeedCalendar() }));
    }
    const itemCount = viaSql.reduce((sum, program) => sum + buildProgramItems(program, { today, detail: "portfolio", calendar: getSeedCalendar() }).length, 0);
    expect(itemCount).toBeGreaterThan(100);
  });

  it.each([
    "",
    "designation=BREAKTHROUGH_THERAPY",
    "designation=PRIORITY_REVIEW:GRANTED&sort=reviewClock",
    "class=GLP1_RA&sort=-stage",
    "reimbursement=NRDL_NEGOTIATED:LISTED",
    "onNrdl=true",
    "q=semaglutide",
    "stage=NDA_UNDER_REVIEW,APPROVED&sort=-updated",
    "grantedFrom=2024-01-01&grantedTo=2026-12-31",
  ])("shows the dashboard's candidates, in its order, for ?%s", async (query) => {
    const { search: timelineSearch } = parseTimelineSearchParams(new URLSearchParams(`${query}&lanes=programme`));
    const { search, errors } = parseCandidateSearchParams(new URLSearchParams(query));
    expect(errors).toEqual([]);
    const dashboard = await prisma.candidate.findMany({ where: buildCandidateWhere(search), orderBy: buildCandidateOrderBy(search.sort), select: { id: true } });
    const timeline = await loadTimeline(prisma, timelineSearch, { today });
    expect(timeline.candidates.map((candidate) => candidate.id)).toEqual(dashboard.map((candidate) => candidate.id));
    expect(timeline.total).toBe(dashboard.length);
  });

  it("reaches the browser unchanged through the page's compact JSON (lib/wire/shapes.ts)", async () => {
    const { toShapedJson, fromShapedJson } = await import("@/lib/wire/shapes");
    const { search } = parseTimelineSearchParams(new URLSearchParams(""));
    const timeline = await loadTimeline(prisma, search, { today });
    expect(timeline.candidates.length).toBeGreaterThan(10);
    const sent = JSON.stringify(toShapedJson(timeline));
    expect(fromShapedJson(JSON.parse(sent))).toStrictEqual(JSON.parse(JSON.stringify(timeline)));
    expect(sent.length).toBeLessThan(JSON.stringify(timeline).length * 0.7);
  });
});
