// The seed against a fresh, migrated PostgreSQL database: idempotent, fully audited, every state reached.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { DesignationType, ProgramStage, ReimbursementList, ReimbursementState } from "@/generated/prisma/enums";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import { buildChronology } from "@/lib/candidates/chronology";
import { latestRegulatoryChange } from "@/lib/candidates/last-regulatory-change";
import { designationStatesFor } from "@/lib/domain/designation-state";
import { verify } from "@node-rs/argon2";
import { seedDatabase, type SeedCounts } from "@/prisma/seed/seed";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "@/test/db";

let database: TestDatabase;
let prisma: PrismaClient;
let first: SeedCounts;
let second: SeedCounts;
let firstTableCounts: Record<string, number>;
let secondTableCounts: Record<string, number>;
let firstSeedMs: number;

async function tableCounts(): Promise<Record<string, number>> {
  const [users, companies, candidates, programs, stageEvents, applications, statusChanges, clockStops, designations, reimbursements, provincialAccess, auditEvents] =
    await Promise.all([
      prisma.user.count(),
      prisma.company.count(),
      prisma.candidate.count(),
      prisma.program.count(),
      prisma.stageEvent.count(),
      prisma.application.count(),
      prisma.applicationStatusChange.count(),
      prisma.clockStop.count(),
      prisma.designation.count(),
      prisma.reimbursementListing.count(),
      prisma.provincialAccess.count(),
      prisma.auditEvent.count(),
    ]);
  return { users, companies, candidates, programs, stageEvents, applications, statusChanges, clockStops, designations, reimbursements, provincialAccess, auditEvents };
}

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "seed" });
  prisma = createTestPrisma(database.databaseUrl);
  const started = performance.now();
  first = await seedDatabase(prisma);
  firstSeedMs = performance.now() - started;
  firstTableCounts = await tableCounts();
  second = await seedDatabase(prisma);
  secondTableCounts = await tableCounts();
});

afterAll(async () => {
  await database?.drop();
});

describe("seedDatabase", () => {
  it("creates everything once and nothing on a second run", () => {
    expect(first.candidates).toBeGreaterThanOrEqual(30);
    expect(first.skippedCandidates).toBe(0);
    expect(secondTableCounts).toEqual(firstTableCounts);
    expect(second).toMatchObject({
      users: 0,
      companies: 0,
      candidates: 0,
      programs: 0,
      stageEvents: 0,
      applications: 0,
      statusChanges: 0,
      clockStops: 0,
      designations: 0,
      reimbursements: 0,
      provincialAccess: 0,
      auditEvents: 0,
      skippedCandidates: first.candidates,
    });
    const { auditEvents, skippedCandidates, ...created } = first;
    expect(skippedCandidates).toBe(0);
    for (const [table, count] of Object.entries(created)) expect(firstTableCounts[table], table).toBe(count);
    expect(firstTableCounts.auditEvents).toBe(auditEvents);
  });

  it("is quick", () => {
    // Generous: shared 2-core CI machines run other suites at the same time. Typically 2-4 s.
    expect(firstSeedMs).toBeLessThan(30_000);
  });

  it("writes one CREATE audit row per created record, by the seed, with the record's source as evidence", async () => {
    const { auditEvents, skippedCandidates, ...created } = first;
    const createdRecords = Object.values(created).reduce((sum, count) => sum + count, 0);
    expect(auditEvents).toBe(createdRecords);

    const rows = await prisma.auditEvent.findMany();
    expect(rows.every((row) => row.action === "CREATE" && row.actorLabel === "seed" && row.channel === "seed")).toBe(true);
    expect(rows.every((row) => row.reason === "Initial seed from domain reference" && row.actorId === null)).toBe(true);
    const keys = new Set(rows.map((row) => `${row.entityType}:${row.entityId}`));
    expect(keys.size).toBe(rows.length);

    const candidates = await prisma.candidate.findMany({ select: { id: true, sourceUrl: true } });
    const byEntity = new Map(rows.map((row) => [`${row.entityType}:${row.entityId}`, row]));
    for (const candidate of candidates) {
      const audit = byEntity.get(`Candidate:${candidate.id}`);
      expect(audit, `Candidate ${candidate.id}`).toBeDefined();
      expect(audit!.evidenceUrl).toBe(candidate.sourceUrl);
    }
    const listings = await prisma.reimbursementListing.findMany({ select: { id: true, sourceUrl: true } });
    for (const listing of listings) expect(byEntity.get(`ReimbursementListing:${listing.id}`)?.evidenceUrl).toBe(listing.sourceUrl);

    const users = rows.filter((row) => row.entityType === "User");
    expect(users).toHaveLength(3);
    expect(JSON.stringify(users.map((row) => row.after))).not.toContain("argon2");
  });

  it("reaches every programme stage, designation state, reimbursement state and list", async () => {
    const programs = await prisma.program.findMany({ select: { currentStage: true } });
    expect(new Set(programs.map((program) => program.currentStage))).toEqual(new Set(Object.values(ProgramStage)));

    const designations = await prisma.designation.findMany({ select: { type: true, state: true } });
    for (const type of Object.values(DesignationType)) {
      const states = new Set(designations.filter((row) => row.type === type).map((row) => row.state));
      expect(states, type).toEqual(new Set(designationStatesFor(type)));
    }

    const listings = await prisma.reimbursementListing.findMany({ select: { list: true, state: true } });
    expect(new Set(listings.map((row) => row.state))).toEqual(new Set(Object.values(ReimbursementState)));
    expect(new Set(listings.map((row) => row.list))).toEqual(new Set(Object.values(ReimbursementList)));
  });

  it("marks every illustrative record and sources every other one", async () => {
    const tables = await Promise.all([
      prisma.candidate.findMany({ select: { illustrative: true, sourceUrl: true, sourceConfidence: true } }),
      prisma.program.findMany({ select: { illustrative: true, sourceUrl: true, sourceConfidence: true } }),
      prisma.stageEvent.findMany({ select: { illustrative: true, sourceUrl: true, sourceConfidence: true } }),
      prisma.application.findMany({ select: { illustrative: true, sourceUrl: true, sourceConfidence: true } }),
      prisma.designation.findMany({ select: { illustrative: true, sourceUrl: true, sourceConfidence: true } }),
      prisma.reimbursementListing.findMany({ select: { illustrative: true, sourceUrl: true, sourceConfidence: true } }),
    ]);
    for (const rows of tables) {
      for (const row of rows) {
        if (row.illustrative) expect(row).toMatchObject({ sourceUrl: null, sourceConfidence: "UNVERIFIED" });
        else expect(row.sourceUrl).toMatch(/^https?:\/\//);
      }
      expect(rows.some((row) => row.illustrative)).toBe(true);
      expect(rows.some((row) => !row.illustrative)).toBe(true);
    }
    const history = await prisma.applicationStatusChange.findMany({
      select: { sourceUrl: true, application: { select: { illustrative: true } } },
    });
    for (const row of history) expect(Boolean(row.sourceUrl)).toBe(!row.application.illustrative);
  });

  it("keeps derived fields: search text with pinyin initials and acceptance numbers, lead stage", async () => {
    const semaglutide = await prisma.candidate.findUniqueOrThrow({ where: { slug: "semaglutide" } });
    expect(semaglutide.searchText).toContain("smglt");
    expect(semaglutide.searchText).toContain("司美格鲁肽");
    expect(semaglutide.searchText).toContain("ozempic");
    expect(semaglutide.searchText).toContain("novo nordisk");
    expect(semaglutide.leadStage).toBe("LAUNCHED");

    const tirzepatide = await prisma.candidate.findUniqueOrThrow({ where: { slug: "tirzepatide" } });
    expect(tirzepatide.searchText).toContain("jxhs2400108");
    expect(tirzepatide.searchText).toContain("tebt");
    expect(tirzepatide.leadStage).toBe("LAUNCHED");

    const found = await prisma.candidate.findMany({ where: { searchText: { contains: "cxhl2400215" } }, select: { slug: true } });
    expect(found.map((row) => row.slug)).toEqual(["pt-glp-101"]);

    const gep44 = await prisma.candidate.findUniqueOrThrow({ where: { slug: "gep44" } });
    expect(gep44).toMatchObject({ researchOnly: true, leadStage: "PRECLINICAL" });
    const catestatin = await prisma.candidate.findUniqueOrThrow({ where: { slug: "catestatin" } });
    expect(catestatin.leadStage).toBe("RESEARCH_ONLY");
  });

  it("writes derived fields that a refresh leaves unchanged", async () => {
    const read = async () => ({
      candidates: await prisma.candidate.findMany({
        select: { id: true, leadStage: true, searchText: true, lastRegulatoryChange: true, version: true, updatedAt: true },
        orderBy: { id: "asc" },
      }),
      programs: await prisma.program.findMany({ select: { id: true, currentStage: true }, orderBy: { id: "asc" } }),
    });
    const before = await read();
    for (const candidate of before.candidates) {
      await prisma.$transaction((tx) => refreshCandidateDerived(tx, candidate.id));
    }
    expect(await read()).toEqual(before);
  });

  it("stores each candidate's last regulatory change as the newest step of its chronology", async () => {
    const candidates = await prisma.candidate.findMany({
      select: {
        id: true,
        lastRegulatoryChange: true,
        programs: { include: { events: true, applications: { include: { statusHistory: true } }, designations: true, reimbursements: true } },
      },
    });
    const sorted = candidates.map((candidate) => ({
      stored: candidate.lastRegulatoryChange?.toISOString() ?? null,
      // The chronology's own order (date, then key) is what the page shows; only the date is compared.
      fromChronology: latestRegulatoryChange(buildChronology(candidate as never))?.date.toISOString() ?? null,
    }));
    expect(sorted.filter((row) => row.stored !== row.fromChronology)).toEqual([]);
    expect(sorted.filter((row) => row.stored !== null).length).toBeGreaterThan(candidates.length / 2);
  });

  it("writes status histories and stage events that agree with each application", async () => {
    const applications = await prisma.application.findMany({
      include: { statusHistory: { orderBy: [{ changeDate: "asc" }, { id: "asc" }] }, clockStops: true },
    });
    for (const application of applications) {
      const last = application.statusHistory.at(-1);
      expect(last?.toStatus, application.acceptanceNumber).toBe(application.status);
      expect(last?.changeDate.getTime()).toBe(application.statusDate?.getTime());
      if (application.status === "SUPPLEMENT_REQUESTED") {
        expect(application.clockStops.some((stop) => stop.endDate === null)).toBe(true);
      }
    }

    const approved = await prisma.application.findUniqueOrThrow({
      where: { acceptanceNumber: "CXSS2400330" },
      include: { program: { include: { events: { orderBy: { eventDate: "asc" } } } } },
    });
    expect(approved.program.events.map((event) => event.stage)).toEqual(["NDA_FILED", "NDA_UNDER_REVIEW", "APPROVED", "LAUNCHED"]);
    expect(approved.program.currentStage).toBe("LAUNCHED");
  });

  it("creates the demo users with argon2 hashes of their passwords", async () => {
    const users = await prisma.user.findMany({ orderBy: { email: "asc" } });
    expect(users.map((user) => [user.email, user.role])).toEqual([
      ["admin@example.com", "ADMIN"],
      ["analyst@example.com", "ANALYST"],
      ["viewer@example.com", "VIEWER"],
    ]);
    const analyst = users[1]!;
    const expected = process.env.SEED_ANALYST_PASSWORD || "analyst-demo-password";
    expect(await verify(analyst.passwordHash, expected)).toBe(true);
  });
});

describe("seeded provincial access", () => {
  it("is illustrative, unverified and unsourced, and says so in its notes", async () => {
    const rows = await prisma.provincialAccess.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ illustrative: true, sourceConfidence: "UNVERIFIED", sourceUrl: null });
      expect(row.notes).toMatch(/^Illustrative/);
    }
  });
});
