// The cache against PostgreSQL with the migrations' NOTIFY triggers: it serves repeated reads, forgets
// them when a catalogue table changes (whoever writes), and never stores a result computed across a
// change.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ChangeNotifiedCache, forgetInProcess } from "@/lib/cache/change-notified-cache";
import { openEmbeddedPostgres } from "../../scripts/db/embedded-postgres.ts";
import { createTestDatabase, type TestDatabase } from "../../test/db.ts";

let database: TestDatabase;
let writer: pg.Client;
const caches: ChangeNotifiedCache<number>[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "cache" });
  writer = new pg.Client({ connectionString: database.databaseUrl });
  await writer.connect();
}, 120_000);
afterAll(async () => {
  await Promise.all(caches.map((cache) => cache.close()));
  await writer?.end();
  await database?.drop();
});

async function openCache(): Promise<ChangeNotifiedCache<number>> {
  const cache = new ChangeNotifiedCache<number>({ databaseUrl: database.databaseUrl });
  caches.push(cache);
  await cache.start();
  expect(cache.isActive).toBe(true);
  return cache;
}

/** A compute function that counts its calls and returns the call number. */
function counter() {
  let calls = 0;
  const compute = vi.fn(async () => ++calls);
  return { compute, calls: () => calls };
}

describe("ChangeNotifiedCache", () => {
  it("serves a key from the cache once computed", async () => {
    const cache = await openCache();
    const { compute } = counter();
    expect(await cache.getOrCompute("a", compute)).toBe(1);
    expect(await cache.getOrCompute("a", compute)).toBe(1);
    expect(await cache.getOrCompute("b", compute)).toBe(2);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["an insert", `INSERT INTO "Company" ("nameEn", "updatedAt") VALUES ('Cache Test Co', now())`],
    ["an update", `UPDATE "Company" SET "nameZh" = '缓存' WHERE "nameEn" = 'Cache Test Co'`],
    ["a delete", `DELETE FROM "Company" WHERE "nameEn" = 'Cache Test Co'`],
  ])("forgets everything after %s to a catalogue table, committed by another connection", async (_change, statement) => {
    const cache = await openCache();
    const { compute } = counter();
    expect(await cache.getOrCompute("k", compute)).toBe(1);
    await writer.query(statement);
    await vi.waitFor(async () => expect(await cache.getOrCompute("k", compute)).toBe(2), { timeout: 5_000, interval: 20 });
  });

  it("forgets everything at once when this process says it has committed a write, before any notification", async () => {
    const [first, second] = [await openCache(), await openCache()];
    const [one, two] = [counter(), counter()];
    expect(await first.getOrCompute("k", one.compute)).toBe(1);
    expect(await second.getOrCompute("k", two.compute)).toBe(1);
    const generation = first.generation;
    forgetInProcess();
    expect(first.generation).toBe(generation + 1);
    expect(first.peek("k")).toBeUndefined();
    expect(await second.getOrCompute("k", two.compute)).toBe(2);
  });

  it("peeks at a fresh value without computing, and sees nothing once a change is notified", async () => {
    const cache = await openCache();
    const { compute } = counter();
    expect(cache.peek("p")).toBeUndefined();
    await cache.getOrCompute("p", compute);
    expect(cache.peek("p")).toBe(1);
    await writer.query(`UPDATE "Company" SET "nameZh" = NULL WHERE false`);
    await vi.waitFor(() => expect(cache.peek("p")).toBeUndefined(), { timeout: 5_000, interval: 20 });
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("changes its generation with every notified change, so values kept elsewhere can be tied to it", async () => {
    const cache = await openCache();
    const before = cache.generation;
    await writer.query(`UPDATE "Company" SET "nameZh" = NULL WHERE false`);
    await vi.waitFor(() => expect(cache.generation).toBe(before + 1), { timeout: 5_000, interval: 20 });
  });

  it("is not invalidated by a write that is rolled back, nor by tables it does not watch", async () => {
    const cache = await openCache();
    const { compute } = counter();
    await cache.getOrCompute("k", compute);
    await writer.query("BEGIN");
    await writer.query(`INSERT INTO "Company" ("nameEn", "updatedAt") VALUES ('Rolled back', now())`);
    await writer.query("ROLLBACK");
    await writer.query(`INSERT INTO "SavedView" (name, query, "updatedAt") VALUES ('not watched', '', now())`);
    // A watched change afterwards proves notifications were flowing; before it arrives, "k" was still cached.
    expect(await cache.getOrCompute("k", compute)).toBe(1);
    await writer.query(`UPDATE "Candidate" SET "notes" = NULL WHERE false`);
    await vi.waitFor(async () => expect(await cache.getOrCompute("k", compute)).toBe(2), { timeout: 5_000, interval: 20 });
  });

  it("does not store a result whose computation overlapped a change", async () => {
    const cache = await openCache();
    let release: () => void = () => undefined;
    const slow = cache.getOrCompute("k", async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return 100;
    });
    // A probe key cached before the change is computed again once the change has been notified.
    const probe = counter();
    await cache.getOrCompute("probe", probe.compute);
    await writer.query(`INSERT INTO "Company" ("nameEn", "updatedAt") VALUES ('During compute', now())`);
    await vi.waitFor(async () => expect(await cache.getOrCompute("probe", probe.compute)).toBeGreaterThan(1), { timeout: 5_000, interval: 20 });
    release();
    expect(await slow).toBe(100);
    const after = counter();
    expect(await cache.getOrCompute("k", after.compute)).toBe(1);
    expect(after.compute).toHaveBeenCalledTimes(1);
  });

  it("computes every time until its listener is proven, and after it is closed", async () => {
    const cache = new ChangeNotifiedCache<number>({ databaseUrl: database.databaseUrl });
    caches.push(cache);
    const { compute } = counter();
    await cache.getOrCompute("k", compute);
    await cache.close();
    expect(cache.isActive).toBe(false);
    await cache.getOrCompute("k", compute);
    await cache.getOrCompute("k", compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });
});

// The dashboard's cached answers (lib/candidates/queries.ts: facet counts, page rows and their running
// reviews) read these tables; a write to any of them must clear those caches, whoever writes.
describe("the catalogue tables' change notification", () => {
  it.each(["Candidate", "Program", "Designation", "ReimbursementListing", "ProvincialAccess", "Application", "ClockStop", "Company"])(
    "%s notifies catalog_changed after every kind of write",
    async (table) => {
      const { rows } = await writer.query<{ events: number }>(
        `SELECT t.tgtype::int AS events FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
          WHERE t.tgrelid = quote_ident($1)::regclass AND p.proname = 'notify_catalog_changed' AND NOT t.tgisinternal`,
        [table],
      );
      expect(rows).toHaveLength(1);
      // tgtype bits: 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE; 1 (FOR EACH ROW) clear: once per statement.
      expect(rows[0]!.events & (4 | 8 | 16 | 32 | 1)).toBe(4 | 8 | 16 | 32);
    },
  );
});

describe("ChangeNotifiedCache on the embedded PGlite", () => {
  it("never serves from the cache: a notification raised on another connection does not reach the listener", async () => {
    const embedded = await openEmbeddedPostgres();
    const cache = new ChangeNotifiedCache<number>({ databaseUrl: embedded.databaseUrl, probeTimeoutMs: 500 });
    try {
      await cache.start();
      expect(cache.isActive).toBe(false);
      const { compute } = counter();
      await cache.getOrCompute("k", compute);
      await cache.getOrCompute("k", compute);
      expect(compute).toHaveBeenCalledTimes(2);
      expect(cache.peek("k")).toBeUndefined();
    } finally {
      await cache.close();
      await embedded.close();
    }
  });
});
