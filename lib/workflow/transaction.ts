// Every mutation runs in one interactive transaction: the record, its derived fields and its audit rows
// commit together or not at all.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";

export type Tx = Prisma.TransactionClient;

export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
}
