// `npm run bench -- watch`: 1,000 users watching saved views (and some candidates) over the bench dataset,
// four webhooks (two for everything, two filtered by a view) on a local receiver, and the job worker running
// in this process and in the bench's `next start`. Measures
// - the fan-out of a bulk change of 500 candidates (the dashboard's bulk edit, 200 + 200 + 100 rows): from
//   the first bulk call to the last webhook delivery received, every change indexed and every watched view
//   evaluated (target <= 10 s end to end);
// - the edit's p95 (an application status change through the mutation function, which sends its outbox job
//   in its transaction) with no watchers vs with the watchers and webhooks, in alternating blocks so both meet
//   the same machine (target: grows by <= 5 ms). The server's worker fans each edit out meanwhile, in its own
//   process as in production; this process starts its worker only for the bulk change, so the timed edits
//   do not share their event loop with fan-out work (which would time this process's scheduling, not the
//   write path);
// - one watcher's /changes read.
import { register } from "node:module";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { startWebhookReceiver } from "../../test/support/webhook-receiver.ts";
import { percentile, type BenchContext, type BenchRow, type BenchSection } from "./harness.ts";

const USERS = 1_000;
const BULK_CANDIDATES = 500;
const FANOUT_TARGET_MS = 10_000;
const P95_GROWTH_TARGET_MS = 5;
const EDIT_BLOCKS = 8;
const EDITS_PER_BLOCK = 50;

/** Views of the kind analysts save: classes, stages, designations, listings, and a few combinations. */
const VIEW_QUERIES = [
  "class=GLP1_RA", "class=GIP_GLP1_DUAL", "class=GCG_GLP1_DUAL", "class=GLP1_RA&stage=PHASE_3", "stage=PHASE_3",
  "stage=NDA_FILED,NDA_UNDER_REVIEW", "stage=APPROVED", "designation=BREAKTHROUGH_THERAPY", "designation=BREAKTHROUGH_THERAPY:GRANTED",
  "designation=PRIORITY_REVIEW", "reimbursement=ANY:LISTED", "onNrdl=true", "category=CHEMICAL", "category=BIOLOGIC", "origin=DOMESTIC",
  "origin=IMPORTED", "researchOnly=true", "stage=PHASE_2", "stage=PHASE_1", "designation=BREAKTHROUGH_THERAPY&stage=PHASE_3",
];

async function setUpWatchers(pool: pg.Pool): Promise<{ views: number[]; webhooks: number }> {
  const views: number[] = [];
  for (const [index, query] of VIEW_QUERIES.entries()) {
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO "SavedView" (name, query, "updatedAt") VALUES ($1, $2, now()) ON CONFLICT (name) DO UPDATE SET query = excluded.query RETURNING id`,
      [`bench view ${index}`, query],
    );
    views.push(rows[0]!.id);
  }
  await pool.query(
    `INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt")
     SELECT 'watcher-' || g || '@bench.local', 'Watcher ' || g, 'x', 'VIEWER', now() FROM generate_series(1, $1) g
     ON CONFLICT (email) DO NOTHING`,
    [USERS],
  );
  return { views, webhooks: 4 };
}

/** Watches: every user two views, and every tenth user five of the bulk candidates directly. */
async function enableWatchers(pool: pg.Pool, views: number[], bulkCandidateIds: number[], receiverUrl: (path: string) => string): Promise<void> {
  await disableWatchers(pool); // exactly four webhooks, however often this runs
  await pool.query(
    `INSERT INTO "Watch" ("userId", "viewId", "createdAt")
     SELECT u.id, ($1::int[])[1 + (k.n % $2)], now() - interval '1 minute'
     FROM (SELECT id, substring(email from 'watcher-(\\d+)')::int AS n FROM "User" WHERE email LIKE 'watcher-%@bench.local') u
     CROSS JOIN LATERAL (VALUES (u.n), (u.n * 7 + 3)) k(n)
     ON CONFLICT DO NOTHING`,
    [views, views.length],
  );
  await pool.query(
    `INSERT INTO "Watch" ("userId", "candidateId", "createdAt")
     SELECT u.id, c.id, now() - interval '1 minute' FROM "User" u
     CROSS JOIN LATERAL (SELECT id FROM unnest($1::int[]) AS id ORDER BY md5(u.id::text || id::text) LIMIT 5) c
     WHERE u.email LIKE 'watcher-%@bench.local' AND substring(u.email from 'watcher-(\\d+)')::int % 10 = 0
     ON CONFLICT DO NOTHING`,
    [bulkCandidateIds],
  );
  const secret = "bench-webhook-secret-0123456789";
  await pool.query(
    `INSERT INTO "Webhook" (url, secret, "viewId", kinds, "updatedAt") VALUES
       ($1, $5, NULL, '{}', now()), ($2, $5, NULL, '{designation}', now()), ($3, $5, $6, '{}', now()), ($4, $5, $7, '{}', now())`,
    [receiverUrl("/all"), receiverUrl("/designations"), receiverUrl("/view-a"), receiverUrl("/view-b"), secret, views[7], views[0]],
  );
}

async function disableWatchers(pool: pg.Pool): Promise<void> {
  await pool.query(`DELETE FROM "Watch"`);
  await pool.query(`DELETE FROM "Webhook"`);
}

/** Candidates with exactly one breakthrough designation, granted: GRANTED -> TERMINATED is allowed for each. */
async function pickBulkCandidates(pool: pg.Pool): Promise<number[]> {
  const { rows } = await pool.query<{ id: number }>(
    `SELECT p."candidateId" AS id FROM "Designation" d JOIN "Program" p ON p.id = d."programId"
     WHERE d.type = 'BREAKTHROUGH_THERAPY'
     GROUP BY p."candidateId" HAVING count(*) = 1 AND bool_and(d.state = 'GRANTED' AND d."grantedDate" >= d."requestedDate")
     ORDER BY p."candidateId" LIMIT $1`,
    [BULK_CANDIDATES],
  );
  if (rows.length < BULK_CANDIDATES) throw new Error(`The dataset has only ${rows.length} candidates with one granted breakthrough designation`);
  return rows.map((row) => row.id);
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`watch bench: ${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function run(context: BenchContext): Promise<BenchRow[]> {
  register("./server-only-hook.mjs", import.meta.url);
  process.env.DATABASE_URL = context.databaseUrl;
  process.env.WATCH_POLLING_INTERVAL_SECONDS ??= "0.5";
  const { pool } = context;
  const { advanceApplicationStatus } = await import("../../lib/applications/mutations.ts");
  const { bulkChangeDesignationState } = await import("../../lib/designations/bulk.ts");
  const { startWatchWorker } = await import("../../lib/watch/worker.ts");
  const { findWatchedChanges } = await import("../../lib/watch/changes.ts");
  const receiver = await startWebhookReceiver();
  let worker: Awaited<ReturnType<typeof startWatchWorker>> | undefined;
  try {
    const { rows: analyst } = await pool.query<{ id: number }>(
      `INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt") VALUES ('bench-analyst@example.com', 'Bench', 'x', 'ANALYST', now())
       ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
    );
    const actor = { id: analyst[0]!.id, label: "bench-analyst@example.com", channel: "api" as const };
    const bulkIds = await pickBulkCandidates(pool);
    const { views } = await setUpWatchers(pool);

    // The edit: one application status change, flipped back and forth.
    const { rows: apps } = await pool.query<{ id: number; status: string; version: number }>(
      // Never moved since the dataset was made (a kept dataset's captures bench moves others), accepted before the edit's date.
      `SELECT id, status::text, version FROM "Application"
       WHERE type = 'IND' AND status = 'UNDER_REVIEW' AND "statusDate" IS NULL AND "acceptanceDate" < '2025-01-01' ORDER BY id LIMIT 1 OFFSET 7`,
    );
    const application = apps[0]!;
    const effectiveDate = { date: new Date("2025-01-10T00:00:00Z"), precision: "DAY" as const };
    const edit = async () => {
      const to = application.status === "UNDER_REVIEW" ? "SUPPLEMENT_REQUESTED" : "UNDER_REVIEW";
      const started = performance.now();
      const result = await advanceApplicationStatus({
        actor,
        expectedVersion: application.version,
        input: { applicationId: application.id, to, reason: "bench", evidenceUrl: null, noEvidence: true, effectiveDate },
      });
      application.status = to;
      application.version = result.version;
      return performance.now() - started;
    };
    await pool.query("CHECKPOINT").catch(() => undefined);
    for (let i = 0; i < 10; i++) await edit();
    const without: number[] = [];
    const withWatchers: number[] = [];
    for (let block = 0; block < EDIT_BLOCKS; block++) {
      const watched = block % 2 === 1;
      if (watched) await enableWatchers(pool, views, bulkIds, receiver.url);
      else await disableWatchers(pool);
      for (let i = 0; i < EDITS_PER_BLOCK; i++) (watched ? withWatchers : without).push(await edit());
    }
    await enableWatchers(pool, views, bulkIds, receiver.url);
    // The edits' fan-out (by the server's worker) is done before the bulk change starts its clock.
    await waitFor("the edits' fan-out", async () => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'watch-change' AND state < 'completed'`)).rows[0]!.n === 0, 60_000);
    worker = await startWatchWorker({ databaseUrl: context.databaseUrl, scheduleDigest: false });
    const { rows: counts } = await pool.query<{ watches: number; users: number }>(`SELECT count(*)::int AS watches, count(DISTINCT "userId")::int AS users FROM "Watch"`);

    // The bulk change and its fan-out.
    const received = () => receiver.received.filter((request) => request.body.includes('"reason":"bench bulk"')).length;
    const before = received();
    const started = performance.now();
    let succeeded = 0;
    for (let offset = 0; offset < bulkIds.length; offset += 200) {
      const result = await bulkChangeDesignationState({
        actor: { ...actor, channel: "bulk" },
        input: {
          candidateIds: bulkIds.slice(offset, offset + 200),
          type: "BREAKTHROUGH_THERAPY",
          to: "TERMINATED",
          terminationReason: "bench",
          reason: "bench bulk",
          evidenceUrl: null,
          noEvidence: true,
          effectiveDate: { date: new Date("2026-12-01T00:00:00Z"), precision: "DAY" },
        } as Parameters<typeof bulkChangeDesignationState>[0]["input"],
      });
      succeeded += result.succeeded;
      if (result.failed) throw new Error(`bulk edit refused ${result.failed} rows: ${result.rows.find((row) => !row.ok && "error" in row)?.error}`);
    }
    const committedMs = performance.now() - started;
    const bulkChanges = `SELECT DISTINCT "changeId" FROM "AuditEvent" WHERE reason = 'bench bulk'`;
    await waitFor("indexing every bulk change", async () => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "WatchedChange" WHERE "changeId" IN (${bulkChanges})`)).rows[0]!.n === succeeded, 60_000);
    const { rows: expected } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE "changeId" IN (${bulkChanges})`);
    // Received, and logged as delivered (the worker marks a delivery once the receiver has answered).
    const undeliveredSql = `SELECT count(*)::int AS n FROM "WebhookDelivery" WHERE "changeId" IN (${bulkChanges}) AND status <> 'delivered'`;
    await waitFor(
      "every webhook delivery",
      async () => received() - before >= expected[0]!.n && (await pool.query<{ n: number }>(undeliveredSql)).rows[0]!.n === 0,
      60_000,
    );
    const fanoutMs = performance.now() - started;
    const { rows: reach } = await pool.query<{ users: number; viewMatches: number }>(
      `SELECT count(DISTINCT w."userId")::int AS users, (SELECT count(*)::int FROM "ViewChange" WHERE "changeId" IN (${bulkChanges})) AS "viewMatches"
       FROM "Watch" w WHERE w."candidateId" = ANY($1::int[])
          OR w."viewId" IN (SELECT "viewId" FROM "ViewChange" WHERE "changeId" IN (${bulkChanges}))`,
      [bulkIds],
    );

    // One watcher's /changes after the bulk change.
    const { rows: heavy } = await pool.query<{ userId: number }>(`SELECT "userId" FROM "Watch" GROUP BY "userId" ORDER BY count(*) DESC, "userId" LIMIT 1`);
    const reads: number[] = [];
    for (let i = 0; i < 23; i++) {
      const t = performance.now();
      await findWatchedChanges(heavy[0]!.userId, { kinds: [], limit: 200 });
      if (i >= 3) reads.push(performance.now() - t);
    }

    const p95Without = percentile(without, 95);
    const p95With = percentile(withWatchers, 95);
    return [
      {
        section: "watch",
        case: `bulk change of ${succeeded} candidates → ${counts[0]!.users} watchers, 4 webhooks (end to end)`,
        p50Ms: fanoutMs,
        p95Ms: fanoutMs,
        baselineMs: committedMs,
        target: `<= ${FANOUT_TARGET_MS / 1000} s`,
        met: fanoutMs <= FANOUT_TARGET_MS,
        note: `${expected[0]!.n} deliveries received, ${reach[0]!.viewMatches} view matches, ${reach[0]!.users} watchers reached; baseline = the bulk edits' own commit time`,
      },
      {
        section: "watch",
        case: "edit with 1,000 watchers vs none (status change, mutation)",
        p50Ms: percentile(withWatchers, 50),
        p95Ms: p95With,
        baselineMs: p95Without,
        target: `p95 grows <= ${P95_GROWTH_TARGET_MS} ms`,
        met: p95With - p95Without <= P95_GROWTH_TARGET_MS,
        note: `p95 without watchers ${p95Without.toFixed(1)} ms (baseline column), with ${p95With.toFixed(1)} ms: +${(p95With - p95Without).toFixed(1)} ms; ${counts[0]!.watches} watches`,
      },
      {
        section: "watch",
        case: "one watcher's /changes (200 newest)",
        p50Ms: percentile(reads, 50),
        p95Ms: percentile(reads, 95),
        note: "watch list ∪ watched views, with the audit rows",
      },
    ];
  } finally {
    await worker?.stop();
    await receiver.close();
  }
}

export const watchSection: BenchSection = { name: "watch", run };
