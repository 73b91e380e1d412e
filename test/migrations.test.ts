// The migration history against real databases: it builds exactly prisma/schema.prisma, deploys
// idempotently and atomically, reports its state, and keeps AuditEvent append-only. Each test
// creates and drops its own database (test/db.ts).
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { diffMigrationsToSchema, migrateDeploy, migrateStatus } from "../scripts/db/engine.ts";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";

const migrationsDir = path.resolve(import.meta.dirname, "../prisma/migrations");
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
// The shadow database that diff needs is not available through pglite-socket.
const onPglite = process.env.TEST_DB_MODE === "pglite";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDatabase(prefix: string, migrate = true): Promise<TestDatabase> {
  const database = await createTestDatabase({ prefix, migrate });
  cleanups.push(() => database.drop());
  return database;
}

/** A scratch copy of prisma/migrations that a test may break or edit. */
function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pt-migrations-"));
  cpSync(migrationsDir, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("build exactly prisma/schema.prisma on an empty database", async () => {
    const { databaseUrl } = await freshDatabase("mig_schema");

    expect(await migrateStatus({ databaseUrl })).toEqual({
      applied: migrationNames,
      pending: [],
      failed: [],
      edited: [],
      missingLocally: [],
    });
    if (!onPglite) {
      const started = performance.now();
      expect(await diffMigrationsToSchema({ databaseUrl })).toBe("-- This is an empty migration.");
      console.log(`diff migrations -> schema: ${Math.round(performance.now() - started)} ms`);
    }
    // pg_trgm and the trigram index of Candidate.searchText come from the migrations.
    const indexes = await query<{ indexdef: string }>(
      databaseUrl,
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'Candidate_searchText_idx'`,
    );
    expect(indexes[0]?.indexdef).toMatch(/USING gin \("searchText" gin_trgm_ops\)/);
  });

  it("deploy records every migration with Prisma's checksum, and a second deploy is a no-op", async () => {
    const { databaseUrl } = await freshDatabase("mig_twice", false);

    const started = performance.now();
    expect(await migrateDeploy({ databaseUrl })).toEqual({ applied: migrationNames });
    console.log(`deploy on an empty database: ${Math.round(performance.now() - started)} ms`);
    expect(await migrateDeploy({ databaseUrl })).toEqual({ applied: [] });

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      databaseUrl,
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("a failing migration leaves nothing half-applied, and the next deploy refuses (P3009)", async () => {
    const { databaseUrl } = await freshDatabase("mig_broken", false);
    const dir = copyOfMigrations();
    addMigration(
      dir,
      "99990101000000_broken",
      // A ";" inside a string and a $$ body, then the error: the script must run as one unit.
      `CREATE TABLE "HalfApplied" (note text DEFAULT 'a; b');\n` +
        `CREATE FUNCTION half_applied() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;\n` +
        `SELECT * FROM "TableThatDoesNotExist";\n`,
    );

    await expect(migrateDeploy({ databaseUrl, migrationsDir: dir })).rejects.toThrow(/TableThatDoesNotExist/);

    const [state] = await query<{ half: string | null; fn: string | null; company: string | null }>(
      databaseUrl,
      `SELECT to_regclass('"HalfApplied"')::text AS half, to_regproc('half_applied')::text AS fn,
              to_regclass('"Company"')::text AS company`,
    );
    expect(state).toEqual({ half: null, fn: null, company: '"Company"' });

    await expect(migrateDeploy({ databaseUrl, migrationsDir: dir })).rejects.toMatchObject({
      code: "P3009",
      message: expect.stringContaining("migrate found failed migrations"),
    });
    expect(await migrateStatus({ databaseUrl, migrationsDir: dir })).toMatchObject({
      failed: ["99990101000000_broken"],
      applied: migrationNames,
    });
  });

  it("status reports pending, applied and edited migrations", async () => {
    const { databaseUrl } = await freshDatabase("mig_status", false);
    const dir = copyOfMigrations();

    expect(await migrateStatus({ databaseUrl, migrationsDir: dir })).toMatchObject({
      pending: migrationNames,
      applied: [],
    });
    await migrateDeploy({ databaseUrl, migrationsDir: dir });

    const [first] = migrationNames;
    writeFileSync(path.join(dir, first!, "migration.sql"), "\n-- edited after deploy\n", { flag: "a" });
    addMigration(dir, "99990101000000_next", `CREATE TABLE "Next" (id int);\n`);
    expect(await migrateStatus({ databaseUrl, migrationsDir: dir })).toEqual({
      applied: migrationNames,
      pending: ["99990101000000_next"],
      failed: [],
      edited: [first],
      missingLocally: [],
    });
  });

  it("AuditEvent accepts INSERT and refuses UPDATE, DELETE and TRUNCATE in the database", async () => {
    const { databaseUrl } = await freshDatabase("mig_audit");
    const prisma = createTestPrisma(databaseUrl);
    await prisma.auditEvent.create({
      data: {
        actorLabel: "test",
        changeId: "c1",
        entityType: "Candidate",
        entityId: "1",
        action: "CREATE",
        reason: "initial import",
        channel: "seed",
      },
    });

    for (const statement of [
      `UPDATE "AuditEvent" SET reason = 'rewritten'`,
      `DELETE FROM "AuditEvent"`,
      `TRUNCATE "AuditEvent"`,
    ]) {
      await expect(query(databaseUrl, statement), statement).rejects.toThrow(/AuditEvent is append-only/);
    }
    await expect(prisma.auditEvent.deleteMany()).rejects.toThrow(/AuditEvent is append-only/);
    const [row] = await query<{ reason: string; count: string }>(
      databaseUrl,
      `SELECT reason, count(*) OVER () AS count FROM "AuditEvent"`,
    );
    expect(row).toEqual({ reason: "initial import", count: "1" });
  });

  it("run on embedded PGlite served over the socket (the fallback without a server)", async () => {
    vi.stubEnv("TEST_DB_MODE", "pglite");
    cleanups.push(() => {
      vi.unstubAllEnvs();
    });
    const started = performance.now();
    const { databaseUrl } = await freshDatabase("mig_pglite");
    console.log(`PGlite start + deploy: ${Math.round(performance.now() - started)} ms`);

    const prisma = createTestPrisma(databaseUrl);
    const created = await prisma.company.create({ data: { nameEn: "Innovent Biologics", nameZh: "信达生物" } });
    expect(await prisma.company.findUnique({ where: { nameEn: "Innovent Biologics" } })).toMatchObject({
      id: created.id,
      nameZh: "信达生物",
      version: 1,
    });
    expect((await migrateStatus({ databaseUrl })).applied).toEqual(migrationNames);
    // diff needs a shadow database, which pglite-socket cannot give: a clear refusal, no damage.
    await expect(diffMigrationsToSchema({ databaseUrl })).rejects.toThrow(/shadow database its own connection/);
    expect(await prisma.company.count()).toBe(1);
  }, 180_000); // a ceiling: PGlite compiles its wasm in this process, slow on a loaded 2-core machine
});
