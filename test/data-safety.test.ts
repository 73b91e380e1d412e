// Backups and the move to PostgreSQL, on real databases: backup → wipe → restore gives back the same rows
// and the same audit trail; the embedded PGlite database moves into an empty PostgreSQL with every row,
// sequence and audit event, proven by counts and checksums.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, backupPostgres, moveDatabase, restoreEmbedded, restorePostgres, tableChecks } from "../scripts/db/data-safety.ts";
import { openEmbeddedPostgres } from "../scripts/db/embedded-postgres.ts";
import { migrateDeploy } from "../scripts/db/engine.ts";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";
import { createPipeline } from "./support/fixtures.ts";

const work = mkdtempSync(path.join(tmpdir(), "pt-safety-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A pipeline, and audit events, written through Prisma. */
async function fill(databaseUrl: string): Promise<void> {
  const prisma = createTestPrisma(databaseUrl);
  const pipeline = await createPipeline(prisma);
  await prisma.auditEvent.createMany({
    data: [1, 2, 3].map((n) => ({
      actorLabel: "seed",
      changeId: `change-${n}`,
      entityType: "Candidate",
      entityId: String(pipeline.candidateId),
      action: "UPDATE" as const,
      field: "notes",
      before: { text: `before ${n}` },
      after: { text: `after ${n}`, zh: "备注" },
      reason: "backup test",
      channel: "seed",
      effectiveDate: new Date("2025-03-01"),
      effectivePrecision: "MONTH" as const,
    })),
  });
  await prisma.$disconnect();
}

async function checksOf(databaseUrl: string): Promise<{ table: string; rows: number; checksum: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    return await tableChecks(client, rows.map((row) => row.name));
  } finally {
    await client.end();
  }
}

describe("PostgreSQL: backup, wipe, restore", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ prefix: "backup" });
    await fill(database.databaseUrl);
  });
  afterAll(async () => database?.drop());

  it("gives back the same counts, the same audit trail and the audit's append-only guard", async () => {
    const before = await checksOf(database.databaseUrl);
    expect(before.find((check) => check.table === "AuditEvent")?.rows).toBe(3);
    const file = path.join(work, "pathway.dump");
    await backupPostgres(database.databaseUrl, file);

    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n).toBe(0);
      await restorePostgres(database.databaseUrl, file);
      expect(await checksOf(database.databaseUrl)).toEqual(before);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  }, 120_000);
});

describe("embedded PGlite: backup and restore of the data directory", () => {
  it("restores the same rows into a fresh directory", async () => {
    const dataDir = path.join(work, "pglite");
    let embedded = await openEmbeddedPostgres({ dataDir });
    await migrateDeploy({ databaseUrl: embedded.databaseUrl });
    await fill(embedded.databaseUrl);
    const before = await checksOf(embedded.databaseUrl);
    await embedded.close();

    const file = path.join(work, "pglite.tar.gz");
    await backupEmbedded(dataDir, file);
    rmSync(dataDir, { recursive: true, force: true });
    await restoreEmbedded(dataDir, file);
    embedded = await openEmbeddedPostgres({ dataDir });
    try {
      expect(await checksOf(embedded.databaseUrl)).toEqual(before);
    } finally {
      await embedded.close();
    }
  }, 120_000);
});

describe("db:move: the embedded database into an empty PostgreSQL", () => {
  let target: TestDatabase;
  beforeAll(async () => {
    target = await createTestDatabase({ prefix: "move", migrate: false });
  });
  afterAll(async () => target?.drop());

  it("copies rows, audit and sequences, verified per table, and refuses a database that is not empty", async () => {
    const embedded = await openEmbeddedPostgres();
    try {
      await migrateDeploy({ databaseUrl: embedded.databaseUrl });
      await fill(embedded.databaseUrl);
      const checks = await moveDatabase(embedded.databaseUrl, target.databaseUrl);
      expect(checks.find((check) => check.table === "AuditEvent")).toMatchObject({ rows: 3 });
      expect(checks.filter((check) => check.rows > 0).map((check) => check.table)).toEqual(
        expect.arrayContaining(["Company", "Candidate", "Program", "Application", "Designation", "ReimbursementListing", "AuditEvent"]),
      );
      // Sequences continue where the source stopped: a new row does not collide with a copied id.
      const prisma = createTestPrisma(target.databaseUrl);
      const copiedMax = (await prisma.company.aggregate({ _max: { id: true } }))._max.id!;
      expect((await prisma.company.create({ data: { nameEn: "After the move" } })).id).toBe(copiedMax + 1);
      await expect(moveDatabase(embedded.databaseUrl, target.databaseUrl)).rejects.toThrow(/not empty/);
    } finally {
      await embedded.close();
    }
  }, 180_000);
});
