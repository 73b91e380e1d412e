// The job worker: fans committed changes out (watch-change), delivers webhooks (webhook-delivery) and sends
// the daily digest (watch-digest). It runs inside `next start` (instrumentation.ts) unless WATCH_WORKER=off,
// and alone with `npm run worker`; any number of processes may run it on one database, since pg-boss hands
// each job to one of them (SELECT … FOR UPDATE SKIP LOCKED).
import "server-only";
import type PgBoss from "pg-boss";
import { watchConfig } from "@/lib/watch/config";
import { sendDailyDigests } from "@/lib/watch/digest";
import { fanOutChanges } from "@/lib/watch/fanout";
import { createBoss, QUEUES, type ChangeJob, type DeliveryJob } from "@/lib/watch/queue";
import { attemptDeliveries } from "@/lib/watch/webhooks/deliver";

export type WatchWorker = { boss: PgBoss; stop: () => Promise<void> };

export type WorkerOptions = {
  databaseUrl: string;
  /** Where errors go (default console.error). */
  onError?: (error: unknown) => void;
  /** Schedule the daily digest (default true; tests send digests by hand). */
  scheduleDigest?: boolean;
};

const DELIVERY_LOOPS = 2;

export async function startWatchWorker({ databaseUrl, onError = (error) => console.error("[watch worker]", error), scheduleDigest = true }: WorkerOptions): Promise<WatchWorker> {
  const config = watchConfig();
  const boss = createBoss(databaseUrl, { max: 3 + DELIVERY_LOOPS });
  boss.on("error", onError);
  await boss.start();
  const polling = { pollingIntervalSeconds: config.pollingIntervalSeconds };
  const deliveryWorkers: string[] = [];

  await boss.work<ChangeJob>(QUEUES.change, { ...polling, batchSize: 200 }, async (jobs) => {
    const result = await fanOutChanges(jobs.map((job) => job.data));
    if (result.deliveries > 0) for (const id of deliveryWorkers) boss.notifyWorker(id);
  });

  for (let loop = 0; loop < DELIVERY_LOOPS; loop += 1) {
    deliveryWorkers.push(
      await boss.work<DeliveryJob>(QUEUES.delivery, { ...polling, batchSize: 50, includeMetadata: true }, async (jobs) => {
        // Each job succeeds or fails on its own: failures are reported one by one, and pg-boss completes the rest.
        const outcomes = await attemptDeliveries(jobs.map((job) => ({ deliveryId: job.data.deliveryId, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit })));
        await Promise.all(outcomes.map((outcome, index) => (outcome.ok ? undefined : boss.fail(QUEUES.delivery, jobs[index]!.id, { message: outcome.error ?? "failed" }))));
      }),
    );
  }

  await boss.work(QUEUES.digest, polling, async () => {
    await sendDailyDigests({ day: previousUtcDay(new Date()) });
  });
  if (scheduleDigest) await boss.schedule(QUEUES.digest, `0 ${config.digestHourUtc} * * *`, {}, { tz: "UTC" });

  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

function previousUtcDay(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
}
