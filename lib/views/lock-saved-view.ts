import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { appError } from "@/lib/i18n/app-error";
import { savedViewSelect, toSavedView, type SavedView } from "@/lib/views/queries";

/**
 * Reads a view and locks its row until the transaction ends, so the version check and the write that
 * follows see the same row: a concurrent writer waits here, then reads the version the first one left.
 */
export async function lockSavedView(tx: Prisma.TransactionClient, id: number): Promise<SavedView> {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "SavedView" WHERE id = ${id} FOR UPDATE`;
  if (locked.length === 0) throw appError("NOT_FOUND", "savedViewGone", { id: String(id) });
  return toSavedView(await tx.savedView.findUniqueOrThrow({ where: { id }, select: savedViewSelect }));
}
