// Reads of saved views (reading needs no sign-in, like the dashboard itself).
import "server-only";
import { prisma } from "@/lib/db";

export const savedViewSelect = {
  id: true,
  name: true,
  query: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { name: true } },
} as const;

type SavedViewRecord = NonNullable<Awaited<ReturnType<typeof findSavedView>>>;
export type SavedView = { id: number; name: string; query: string; version: number; ownerName: string | null; createdAt: Date; updatedAt: Date };

export function toSavedView(record: SavedViewRecord): SavedView {
  const { owner, ...view } = record;
  return { ...view, ownerName: owner?.name ?? null };
}

/** Every saved view, by name. */
export async function listSavedViews(): Promise<SavedView[]> {
  const records = await prisma.savedView.findMany({ select: savedViewSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return records.map(toSavedView);
}

export async function findSavedView(id: number) {
  return prisma.savedView.findUnique({ where: { id }, select: savedViewSelect });
}

/** One saved view, or null. */
export async function getSavedView(id: number): Promise<SavedView | null> {
  const record = await findSavedView(id);
  return record ? toSavedView(record) : null;
}
