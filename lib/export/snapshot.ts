// Reads a long export inside one database snapshot. Batches are fetched one query at a time (so memory
// stays flat), but all of them inside a single REPEATABLE READ transaction, so an edit made while the file
// downloads can neither duplicate nor drop a row (a keyset over `updatedAt` would otherwise do both).
import { Prisma, type PrismaClient } from "@/generated/prisma/client";

export type SnapshotReader = Prisma.TransactionClient;

export type SnapshotOptions = {
  /** Upper bound for the whole read; past it the transaction is rolled back and the download fails. */
  timeoutMs?: number;
  /** How long to wait for a free connection. */
  maxWaitMs?: number;
};

const DEFAULT_TIMEOUT_MS = 30 * 60_000;
const DEFAULT_MAX_WAIT_MS = 10_000;

class ReadCancelled extends Error {
  constructor() {
    super("export cancelled by the reader");
  }
}

/**
 * Runs `produce` in a read-only REPEATABLE READ transaction and hands its items to the caller one by one.
 * One item is fetched ahead while the caller works on the previous one; the producer waits beyond that.
 * Calling `return()` (a cancelled download) stops the producer and rolls the transaction back.
 */
export function readInSnapshot<T>(
  prisma: PrismaClient,
  produce: (reader: SnapshotReader) => AsyncIterable<T>,
  { timeoutMs = DEFAULT_TIMEOUT_MS, maxWaitMs = DEFAULT_MAX_WAIT_MS }: SnapshotOptions = {},
): AsyncIterableIterator<T> {
  const buffered: T[] = [];
  let finished = false;
  let failure: { error: unknown } | null = null;
  let cancelled = false;
  let transaction: Promise<void> | null = null;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;

  const wake = (which: "consumer" | "producer") => {
    const resume = which === "consumer" ? wakeConsumer : wakeProducer;
    if (which === "consumer") wakeConsumer = null;
    else wakeProducer = null;
    resume?.();
  };

  const start = () => {
    transaction = prisma
      .$transaction(
        async (tx) => {
          await tx.$executeRaw`SET TRANSACTION READ ONLY`;
          for await (const item of produce(tx)) {
            while (buffered.length > 0 && !cancelled) await new Promise<void>((resolve) => (wakeProducer = resolve));
            if (cancelled) throw new ReadCancelled();
            buffered.push(item);
            wake("consumer");
          }
        },
        { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: timeoutMs, maxWait: maxWaitMs },
      )
      .then(
        () => {
          finished = true;
        },
        (error: unknown) => {
          finished = true;
          if (!(error instanceof ReadCancelled)) failure = { error };
        },
      )
      .finally(() => wake("consumer"));
  };

  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      if (!transaction) start();
      for (;;) {
        if (buffered.length > 0) {
          const value = buffered.shift() as T;
          wake("producer");
          return { value, done: false };
        }
        if (failure) throw failure.error;
        if (finished || cancelled) return { value: undefined, done: true };
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    },
    async return(): Promise<IteratorResult<T>> {
      cancelled = true;
      buffered.length = 0;
      wake("producer");
      await transaction;
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
