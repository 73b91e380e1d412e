// The PostgreSQL job queue (pg-boss) behind watching: the outbox of committed changes, webhook deliveries
// with retries and a dead letter, and the daily digest. Its tables live in the `pgboss` schema, created by
// this project's migration, so the outbox insert inside a change's transaction always has a table to go to.
// No `server-only` import: the worker script (tsx) and the bench use it too.
import PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { watchConfig } from "@/lib/watch/config";

export const QUEUES = {
  /** One job per committed change: the outbox, sent inside the change's own transaction. */
  change: "watch-change",
  /** One job per (endpoint, change). */
  delivery: "webhook-delivery",
  /** Deliveries that failed every attempt land here (pg-boss deadLetter). */
  dead: "webhook-dead",
  digest: "watch-digest",
} as const;

export const PGBOSS_SCHEMA = "pgboss";

/** What the outbox carries: the change's id (its audit rows hold the rest) and, when known, its candidate. */
export type ChangeJob = { changeId: string; candidateId: number | null };

export type DeliveryJob = { deliveryId: string };

/** A pg-boss `db` executor over a Prisma transaction: the job insert commits or rolls back with the change. */
export function transactionExecutor(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => (value === undefined ? null : value)));
      return { rows };
    },
  } as PgBoss.Db;
}

export function createBoss(connectionString: string, options: Partial<PgBoss.ConstructorOptions> = {}): PgBoss {
  return new PgBoss({ connectionString, schema: PGBOSS_SCHEMA, application_name: "pathway-watch", max: 4, ...options });
}

const globalForBoss = globalThis as unknown as { pathwaySender?: { url: string; boss: PgBoss } };

/**
 * A pg-boss instance used only to build job inserts (never started: it opens no connection of its own,
 * every insert goes through the executor it is given).
 */
function sender(): PgBoss {
  const url = process.env.DATABASE_URL ?? "postgresql://unused";
  if (globalForBoss.pathwaySender?.url !== url) globalForBoss.pathwaySender = { url, boss: createBoss(url) };
  return globalForBoss.pathwaySender.boss;
}

/** Sends the change's outbox job inside `tx` (call it from the write step's in-transaction listener). */
export async function enqueueChange(tx: Prisma.TransactionClient, job: ChangeJob): Promise<void> {
  const id = await sender().send(QUEUES.change, job, { db: transactionExecutor(tx) });
  if (!id) throw new Error(`The ${QUEUES.change} queue is missing: run the migrations (npm run db:migrate)`);
}

/** The outbox jobs of a batch of changes in one insert (same queue settings as `send`). */
export async function enqueueChanges(tx: Prisma.TransactionClient, jobs: readonly ChangeJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await sender().insert(jobs.map((job) => ({ name: QUEUES.change, data: job })), { db: transactionExecutor(tx) });
}

/**
 * Delivery jobs for new deliveries, inside the transaction that records them. The job id is the delivery id,
 * so the delivery log can ask pg-boss when the next retry is due.
 */
export async function enqueueDeliveries(tx: Prisma.TransactionClient, deliveryIds: readonly string[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  const config = watchConfig();
  await sender().insert(
    deliveryIds.map((id) => ({
      id,
      name: QUEUES.delivery,
      data: { deliveryId: id } satisfies DeliveryJob,
      retryLimit: config.webhookMaxAttempts - 1,
      retryDelay: config.webhookRetryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: Math.ceil(config.webhookTimeoutMs / 1000) + 60,
      deadLetter: QUEUES.dead,
    })),
    { db: transactionExecutor(tx) },
  );
}
