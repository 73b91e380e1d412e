// The outbox and the webhook pipeline against a real PostgreSQL: a change's job commits or rolls back with the
// change; committed jobs wait for a worker (as after a server stop) and are delivered once even with two
// workers; deliveries are signed; a failing receiver is retried with backoff and one that never answers is
// dead-lettered with every attempt logged. Changes reach /changes and the Atom feed through the same fan-out.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Tx } from "@/lib/changes/transaction";
import type { WatchWorker } from "@/lib/watch/worker";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createPipeline, type Pipeline } from "./support/fixtures.ts";
import { createUser, type TestUser } from "./support/users.ts";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver.ts";

process.env.WEBHOOK_MAX_ATTEMPTS = "4";
process.env.WEBHOOK_RETRY_DELAY_SECONDS = "1";
process.env.WEBHOOK_TIMEOUT_MS = "300";
process.env.WATCH_POLLING_INTERVAL_SECONDS = "0.5";
process.env.PUBLIC_URL = "http://tracker.test";

let app: AppDatabase;
let receiver: WebhookReceiver;
let admin: TestUser;
let watcher: TestUser;
let pipeline: Pipeline;
const workers: WatchWorker[] = [];
const SECRET = "a-webhook-secret-of-some-length";

const watch = async () => ({
  ...(await import("@/lib/watch/queue")),
  ...(await import("@/lib/watch/worker")),
  ...(await import("@/lib/watch/webhooks/admin")),
  ...(await import("@/lib/watch/webhooks/sign")),
  ...(await import("@/lib/watch/watches")),
  ...(await import("@/lib/watch/changes")),
  ...(await import("@/lib/watch/feeds")),
});

beforeAll(async () => {
  app = await openAppDatabase("watch_delivery");
  receiver = await startWebhookReceiver();
  admin = await createUser(app.prisma, "ADMIN");
  watcher = await createUser(app.prisma, "VIEWER", "watcher@test.local");
  pipeline = await createPipeline(app.prisma);
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await receiver?.close();
  await app?.drop();
});

/** A committed (or, with `rollBack`, rolled-back) audited change to the pipeline's designation (commitChange sends its outbox job). */
async function designationChange({ reason, rollBack = false }: { reason: string; rollBack?: boolean }): Promise<string> {
  const { commitChange } = await import("@/lib/changes/commit-change");
  let changeId = "";
  const work = async (tx: Tx) => {
    const written = await commitChange(tx, {
      candidateId: pipeline.candidateId,
      subject: { entityType: "Designation", entityId: pipeline.designationId },
      summary: reason,
      actor: { id: admin.id, label: admin.email },
      channel: "api",
      reason,
      evidenceUrl: "https://www.cde.org.cn/example",
      changes: [{ entityType: "Designation", entityId: pipeline.designationId, action: "TRANSITION", field: "state", before: "UNDER_ASSESSMENT", after: "PUBLICIZED" }],
    });
    changeId = written.changeId;
    if (rollBack) throw new Error("roll back");
  };
  if (rollBack) await expect(app.prisma.$transaction(work)).rejects.toThrow("roll back");
  else await app.prisma.$transaction(work);
  return changeId;
}

const jobsOf = async (name: string) =>
  app.prisma.$queryRawUnsafe<{ id: string; state: string; data: { changeId?: string } }[]>(`SELECT id::text, state::text, data FROM pgboss.job WHERE name = $1`, name);

describe("outbox and webhooks", () => {
  it("sends nothing for a rolled-back change and keeps a committed one until a worker starts", async () => {
    const { createWebhook, watch: watchTarget } = await watch();
    await createWebhook({ url: receiver.url("/ok"), secret: SECRET }, { userId: admin.id });
    await watchTarget(watcher.id, { candidateId: pipeline.candidateId });

    const rolledBack = await designationChange({ reason: "rolled back", rollBack: true });
    const committed = await designationChange({ reason: "committed while no worker runs" });
    const jobs = await jobsOf("watch-change");
    expect(jobs.map((job) => job.data.changeId)).toEqual([committed]);
    expect(jobs[0]?.state).toBe("created");
    expect(await app.prisma.auditEvent.count({ where: { changeId: rolledBack } })).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });

  it("delivers the committed change exactly once with two workers, signed, with a delivery id", async () => {
    const { startWatchWorker, verifySignature, QUEUES } = await watch();
    for (let index = 0; index < 2; index += 1) workers.push(await startWatchWorker({ databaseUrl: app.database.databaseUrl, scheduleDigest: false }));
    const second = await designationChange({ reason: "committed while two workers run" });

    await vi.waitFor(() => expect(receiver.on("/ok")).toHaveLength(2), { timeout: 20_000, interval: 100 });
    // Every job is finished: no further request can come.
    await vi.waitFor(async () => expect((await jobsOf(QUEUES.delivery)).map((job) => job.state)).toEqual(["completed", "completed"]), { timeout: 20_000, interval: 100 });
    expect(receiver.on("/ok")).toHaveLength(2);

    const bodies = receiver.on("/ok").map((request) => ({ request, body: JSON.parse(request.body) as { id: string; event: string; change: { id: string; reason: string; candidate: { url: string } } } }));
    expect(bodies.map(({ body }) => body.change.reason).sort()).toEqual(["committed while no worker runs", "committed while two workers run"]);
    for (const { request, body } of bodies) {
      expect(verifySignature(SECRET, request.body, request.headers["x-pathway-signature"] as string)).toBe(true);
      expect(verifySignature("another-secret-entirely", request.body, request.headers["x-pathway-signature"] as string)).toBe(false);
      expect(request.headers["x-pathway-delivery"]).toBe(body.id);
      expect(body.change.candidate.url).toBe(`http://tracker.test/candidates/${pipeline.candidateId}`);
    }
    expect(new Set(bodies.map(({ body }) => body.id)).size).toBe(2);
    expect(bodies.some(({ body }) => body.change.id === second)).toBe(true);
  });

  it("shows the delivered changes in the watcher's /changes and Atom feed", async () => {
    const { findWatchedChanges, countUnread, markAllRead, createFeedToken, renderFeed, revokeFeedToken } = await watch();
    const changes = await findWatchedChanges(watcher.id, { kinds: [], limit: 50 });
    expect(changes.map((change) => change.reason)).toEqual(["committed while two workers run", "committed while no worker runs"]);
    expect(changes[0]?.fields[0]).toMatchObject({ field: "state", before: "UNDER_ASSESSMENT", after: "PUBLICIZED" });
    expect(await findWatchedChanges(watcher.id, { kinds: ["stage"], limit: 50 })).toEqual([]);
    expect(await countUnread(watcher.id)).toBe(2);
    await markAllRead(watcher.id);
    expect(await countUnread(watcher.id)).toBe(0);

    const { token, id } = await createFeedToken(watcher.id);
    const atom = await renderFeed(token);
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    for (const change of changes) expect(atom).toContain(`<id>urn:uuid:${change.id}</id>`);
    expect(await renderFeed(token)).toBe(atom);
    await revokeFeedToken(watcher.id, id);
    expect(await renderFeed(token)).toBeNull();
    expect(await renderFeed("ptf_unknown")).toBeNull();
  });

  it("retries a receiver answering 500 three times and dead-letters one that never answers, logging every attempt", async () => {
    const { createWebhook, listDeliveries } = await watch();
    const flaky = await createWebhook({ url: receiver.url("/flaky/3"), secret: SECRET, kinds: ["designation"] }, { userId: admin.id });
    const hang = await createWebhook({ url: receiver.url("/hang"), secret: SECRET, kinds: ["designation"] }, { userId: admin.id });
    const ignored = await createWebhook({ url: receiver.url("/stage-only"), secret: SECRET, kinds: ["stage"] }, { userId: admin.id });
    await designationChange({ reason: "retried" });

    await vi.waitFor(async () => expect((await listDeliveries(flaky.id))[0]?.status).toBe("delivered"), { timeout: 40_000, interval: 200 });
    await vi.waitFor(async () => expect((await listDeliveries(hang.id))[0]?.status).toBe("dead"), { timeout: 40_000, interval: 200 });
    const [flakyLog] = await listDeliveries(flaky.id);
    expect(flakyLog?.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, 500, 500, 200]);
    expect(receiver.on("/flaky/3")).toHaveLength(4);
    const gaps = receiver.on("/flaky/3").slice(1).map((request, index) => request.at - receiver.on("/flaky/3")[index]!.at);
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!); // exponential backoff
    const [hangLog] = await listDeliveries(hang.id);
    expect(hangLog?.attemptLog.map((attempt) => [attempt.attempt, attempt.statusCode, attempt.error])).toEqual([1, 2, 3, 4].map((n) => [n, null, "no answer within 300 ms"]));
    expect(hangLog?.nextRetryAt).toBeNull();
    expect(await listDeliveries(ignored.id)).toEqual([]);
    const dead = await jobsOf("webhook-dead");
    expect(dead).toHaveLength(1);
  }, 90_000);
});
