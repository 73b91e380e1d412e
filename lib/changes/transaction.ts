// Every mutation runs in one interactive transaction: the record, its derived fields and its audit rows
// commit together or not at all. A mutation called inside `inOneTransaction` joins that transaction instead
// of opening its own, so a channel that applies many changes at once (a capture) commits them together.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

export type Tx = Prisma.TransactionClient;

const ambient = new AsyncLocalStorage<Tx>();

export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = ambient.getStore();
  if (outer) return work(outer);
  return prisma.$transaction((tx) => ambient.run(tx, () => work(tx)), { maxWait: 10_000, timeout: 20_000 });
}

/** One transaction for many mutations (each joins it), with a longer time limit for large batches. */
export function inOneTransaction<T>(work: (tx: Tx) => Promise<T>, { timeoutMs = 120_000 } = {}): Promise<T> {
  return prisma.$transaction((tx) => ambient.run(tx, () => work(tx)), { maxWait: 10_000, timeout: timeoutMs });
}

/**
 * Runs `work` inside a savepoint of the transaction: when it throws, only its own writes are undone and the
 * transaction goes on (a refused or stale proposal does not abort the others).
 */
export async function inSavepoint<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  await tx.$executeRawUnsafe("SAVEPOINT one_change");
  try {
    const result = await work();
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT one_change");
    return result;
  } catch (error) {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT one_change");
    throw error;
  }
}
