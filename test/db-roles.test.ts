// Least privilege: migrations as the owner role, the app as a role that owns nothing. Each attempt a probe
// made as the superuser app (forge or erase audit rows, bypass the append-only triggers) is refused.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy } from "../scripts/db/engine.ts";
import { APP_ROLE, appUrl, OWNER_ROLE, ownerUrl, setupRoles } from "../scripts/db/roles.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";

const PASSWORD = "app-role-test-password";
let database: TestDatabase;
let app: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "roles", migrate: false });
  await setupRoles(database.databaseUrl, PASSWORD);
  await migrateDeploy({ databaseUrl: ownerUrl(database.databaseUrl) });
  await setupRoles(database.databaseUrl, PASSWORD);
  app = new pg.Client({ connectionString: appUrl(database.databaseUrl, PASSWORD) });
  await app.connect();
  await app.query(`INSERT INTO "AuditEvent" ("actorLabel", "changeId", "entityType", "entityId", action, reason, channel) VALUES ('seed', 'c1', 'Candidate', '1', 'CREATE', 'first', 'seed')`);
}, 120_000);
afterAll(async () => {
  await app?.end();
  await database?.drop();
});

describe("the schema", () => {
  it("is owned by the owner role, which the migrations ran as; the app role owns nothing", async () => {
    const { rows } = await app.query<{ owner: string; n: number }>(
      `SELECT pg_get_userbyid(c.relowner) AS owner, count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
       WHERE s.nspname = 'public' AND c.relkind IN ('r', 'S') GROUP BY 1`,
    );
    expect(rows.map((row) => row.owner)).toEqual([OWNER_ROLE]);
    const { rows: role } = await app.query("SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user");
    expect(role[0]).toEqual({ name: APP_ROLE, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
  });
});

describe("the app role", () => {
  it("reads and writes the catalogue and may add audit rows", async () => {
    await app.query(`INSERT INTO "Company" ("nameEn", "updatedAt") VALUES ('Role Test Pharma', now())`);
    await app.query(`UPDATE "Company" SET "nameZh" = '测试' WHERE "nameEn" = 'Role Test Pharma'`);
    await app.query(`INSERT INTO "AuditEvent" ("actorLabel", "changeId", "entityType", "entityId", action, reason, channel) VALUES ('api', 'c2', 'Company', '1', 'CREATE', 'ok', 'api')`);
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0].n).toBe(2);
  });

  it.each([
    ["UPDATE an audit row", `UPDATE "AuditEvent" SET reason = 'forged'`, /permission denied/],
    ["DELETE audit rows", `DELETE FROM "AuditEvent"`, /permission denied/],
    ["TRUNCATE the audit", `TRUNCATE "AuditEvent"`, /permission denied/],
    ["disable the append-only triggers", `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`, /must be owner/],
    ["drop a trigger", `DROP TRIGGER "AuditEvent_no_update_or_delete" ON "AuditEvent"`, /must be owner/],
    ["set session_replication_role", `SET session_replication_role = replica`, /permission denied/],
    ["alter a table", `ALTER TABLE "Candidate" ADD COLUMN forged text`, /must be owner/],
    ["drop a table", `DROP TABLE "Candidate"`, /must be owner/],
    ["create a table", `CREATE TABLE forged (id int)`, /permission denied/],
    ["rewrite the migration log", `DELETE FROM "_prisma_migrations"`, /permission denied/],
    ["become the owner", `SET ROLE ${OWNER_ROLE}`, /permission denied/],
  ])("may not %s", async (_what, sql, refusal) => {
    await expect(app.query(sql)).rejects.toThrow(refusal);
  });

  it("cannot grant itself more (PostgreSQL only warns that nothing was granted)", async () => {
    await app.query(`GRANT UPDATE ON "AuditEvent" TO ${APP_ROLE}`);
    await expect(app.query(`UPDATE "AuditEvent" SET reason = 'forged'`)).rejects.toThrow(/permission denied/);
  });

  it("left the audit rows as they were", async () => {
    const { rows } = await app.query(`SELECT reason FROM "AuditEvent" ORDER BY id`);
    expect(rows.map((row) => row.reason)).toEqual(["first", "ok"]);
  });
});
