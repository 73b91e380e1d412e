// Every mutation runs in one interactive transaction: the record, its derived fields and its audit rows
// commit together or not at all. A mutation called inside `inOneTransaction` joins that transaction instead
// of opening its own, so a channel that applies many changes at once (a capture) commits them together.
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

export type Tx = Prisma.TransactionClient;

/**
 * The transaction a mutation joins, and, in a batch (`inOneTransaction`), the work its changes leave for the
 * end: refreshing a candidate's derived columns once however many of its records changed, sending the outbox
 * jobs in one insert. Outside a batch `atCommit` is null and each change does that work itself, at once.
 */
type Ambient = { tx: Tx; atCommit: Map<string, () => Promise<void>> | null; undoOnRollback: (() => void)[] | null };

const ambient = new AsyncLocalStorage<Ambient>();

export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const outer = ambient.getStore();
  if (outer) return work(outer.tx);
  return prisma.$transaction((tx) => ambient.run({ tx, atCommit: null, undoOnRollback: null }, () => work(tx)), { maxWait: 10_000, timeout: 20_000 });
}

/**
 * One transaction for many mutations (each joins it), with a longer time limit for large batches. The work
 * they defer (deferToCommit) runs after `work`, before the commit, outside any savepoint of `work`.
 */
export function inOneTransaction<T>(work: (tx: Tx) => Promise<T>, { timeoutMs = 120_000 } = {}): Promise<T> {
  return prisma.$transaction(
    async (tx) => {
      const atCommit = new Map<string, () => Promise<void>>();
      const result = await ambient.run({ tx, atCommit, undoOnRollback: null }, () => work(tx));
      while (atCommit.size > 0) {
        const tasks = [...atCommit.values()];
        atCommit.clear();
        for (const task of tasks) await ambient.run({ tx, atCommit, undoOnRollback: null }, task);
      }
      return result;
    },
    { maxWait: 10_000, timeout: timeoutMs },
  );
}

/**
 * In a batch transaction, registers `task` to run once before the commit (the first task under `key` wins)
 * and answers true; outside a batch answers false, and the caller does the work now.
 */
export function deferToCommit(key: string, task: () => Promise<void>): boolean {
  const atCommit = ambient.getStore()?.atCommit;
  if (!atCommit) return false;
  if (!atCommit.has(key)) atCommit.set(key, task);
  return true;
}

/**
 * Inside a savepoint (inSavepoint), registers `undo` to run if the savepoint is rolled back: work a change
 * left for the commit (its audit rows, its event) is then dropped with the change. Outside, does nothing.
 */
export function onSavepointRollback(undo: () => void): void {
  ambient.getStore()?.undoOnRollback?.push(undo);
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
