// Every mutation runs in one interactive transaction: the record, its derived fields and its audit rows
// commit together or not at all. A mutation called inside `inOneTransaction` joins that transaction instead
// of opening its own, so a channel that applies many changes at once (a capture) commits them together.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@/generated/prisma/client";
import { forgetInProcess } from "@/lib/cache/change-notified-cache";
import { prisma } from "@/lib/db";

export type Tx = Prisma.TransactionClient;

/**
 * The transaction a mutation joins, and, in a batch (`inOneTransaction`), the work its changes leave for the
 * end (collectAtCommit): refreshing a candidate's derived columns once however many of its records changed,
 * writing the audit rows and sending the outbox jobs in one insert each. Outside a batch `batch` is null and
 * each change does that work itself, at once.
 */
type Ambient = { tx: Tx; batch: Batch | null; undoOnRollback: (() => void)[] | null };

/** Per key, in the order first collected: the items the changes left, and what to do with them before the commit. */
type Batch = Map<string, { items: unknown[]; flush: (items: unknown[]) => Promise<void> }>;

const ambient = new AsyncLocalStorage<Ambient>();

export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = ambient.getStore();
  if (outer) return work(outer.tx);
  return prisma
    .$transaction((tx) => ambient.run({ tx, batch: null, undoOnRollback: null }, () => work(tx)), { maxWait: 10_000, timeout: 20_000 })
    .then(afterCommit);
}

/**
 * This process's cached answers forget what the commit may have changed before the writer reads again. For
 * the transactions opened here, and for a writer that opens its own (`.then(afterCommit)`).
 */
export function afterCommit<T>(result: T): T {
  forgetInProcess();
  return result;
}

/**
 * One transaction for many mutations (each joins it), with a longer time limit for large batches. What they
 * collect (collectAtCommit) is flushed after `work`, before the commit, outside any savepoint of `work`; a
 * flush may collect more (writing audit rows emits the events whose listeners send jobs), flushed in turn.
 * `isolationLevel` is for a batch that plans from what it reads before it writes (an import checked against
 * its preview) and must fail rather than write over a change committed meanwhile.
 */
export function inOneTransaction<T>(
  work: (tx: Tx) => Promise<T>,
  { timeoutMs = 120_000, isolationLevel }: { timeoutMs?: number; isolationLevel?: Prisma.TransactionIsolationLevel } = {},
): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      const batch: Batch = new Map();
      const result = await ambient.run({ tx, batch, undoOnRollback: null }, () => work(tx));
      while (batch.size > 0) {
        const pending = [...batch.values()];
        batch.clear();
        for (const { items, flush } of pending) await ambient.run({ tx, batch, undoOnRollback: null }, () => flush(items));
      }
      return result;
    },
    { maxWait: 10_000, timeout: timeoutMs, isolationLevel },
  ).then(afterCommit);
}

/**
 * In a batch transaction, adds `item` to the items collected under `key`, which `flush` (the first one given
 * for the key) receives once, in collection order, just before the commit; answers true. A savepoint rolled
 * back (inSavepoint: a refused capture proposal) takes the items collected inside it away again. Outside a
 * batch answers false, and the caller does the work for its one item now.
 */
export function collectAtCommit<T>(key: string, item: T, flush: (items: T[]) => Promise<void>): boolean {
  const store = ambient.getStore();
  if (!store?.batch) return false;
  let collected = store.batch.get(key);
  if (!collected) {
    collected = { items: [], flush: flush as (items: unknown[]) => Promise<void> };
    store.batch.set(key, collected);
  }
  const items = collected.items;
  items.push(item);
  store.undoOnRollback?.push(() => {
    const index = items.lastIndexOf(item);
    if (index >= 0) items.splice(index, 1);
  });
  return true;
}

/**
 * Runs `work` inside a savepoint of the transaction: when it throws, only its own writes are undone and the
 * transaction goes on (a refused or stale proposal does not abort the others).
 */
export async function inSavepoint<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  const undo: (() => void)[] = [];
  await tx.$executeRawUnsafe("SAVEPOINT one_change");
  try {
    const outer = ambient.getStore();
    const result = outer ? await ambient.run({ ...outer, undoOnRollback: undo }, work) : await work();
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT one_change");
    outer?.undoOnRollback?.push(...undo);
    return result;
  } catch (error) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT one_change");
    for (const step of undo.reverse()) step();
    throw error;
  }
}
