// Watching a candidate or a saved view, and the list of what one watches. Any signed-in user may watch.
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";

const id = z.number().int().positive().max(2_147_483_647);

/** `{ candidateId }` or `{ viewId }`: exactly one. */
export const watchTargetSchema = z
  .strictObject({ candidateId: id.optional(), viewId: id.optional() })
  .refine((body) => (body.candidateId === undefined) !== (body.viewId === undefined), { message: "send exactly one of candidateId or viewId" })
  .transform((body): WatchTarget => (body.candidateId !== undefined ? { candidateId: body.candidateId } : { viewId: body.viewId! }));
export type WatchTarget = { candidateId: number } | { viewId: number };

async function assertTargetExists(target: WatchTarget): Promise<void> {
  if ("candidateId" in target) {
    if (!(await prisma.candidate.findUnique({ where: { id: target.candidateId }, select: { id: true } }))) throw appError("NOT_FOUND", "candidateMissing", { id: String(target.candidateId) });
  } else if (!(await prisma.savedView.findUnique({ where: { id: target.viewId }, select: { id: true } }))) {
    throw appError("NOT_FOUND", "savedViewMissing", { id: String(target.viewId) });
  }
}

/** Watches the target; watching it again changes nothing. Answers whether a new watch was made. */
export async function watch(userId: number, target: WatchTarget): Promise<{ created: boolean }> {
  await assertTargetExists(target);
  const { count } = await prisma.watch.createMany({ data: [{ userId, ...target }], skipDuplicates: true });
  return { created: count === 1 };
}

/** Stops watching; answers whether there was a watch. */
export async function unwatch(userId: number, target: WatchTarget): Promise<{ removed: boolean }> {
  const { count } = await prisma.watch.deleteMany({ where: { userId, ...target } });
  return { removed: count > 0 };
}

export type WatchListItem =
  | { kind: "candidate"; id: number; candidateId: number; name: string; nameZh: string | null; since: Date }
  | { kind: "view"; id: number; viewId: number; name: string; query: string; since: Date };

export async function listWatches(userId: number): Promise<WatchListItem[]> {
  const rows = await prisma.watch.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, candidate: { select: { id: true, nameEn: true, nameZh: true } }, view: { select: { id: true, name: true, query: true } } },
  });
  return rows.flatMap((row): WatchListItem[] => {
    if (row.candidate) return [{ kind: "candidate", id: row.id, candidateId: row.candidate.id, name: row.candidate.nameEn, nameZh: row.candidate.nameZh, since: row.createdAt }];
    if (row.view) return [{ kind: "view", id: row.id, viewId: row.view.id, name: row.view.name, query: row.view.query, since: row.createdAt }];
    return [];
  });
}

/** Of `candidateIds`, those the user watches directly (for the dashboard's row action and the candidate page). */
export async function watchedCandidateIds(userId: number, candidateIds: readonly number[]): Promise<Set<number>> {
  if (candidateIds.length === 0) return new Set();
  const rows = await prisma.watch.findMany({ where: { userId, candidateId: { in: [...candidateIds] } }, select: { candidateId: true } });
  return new Set(rows.flatMap((row) => (row.candidateId === null ? [] : [row.candidateId])));
}

export async function isWatchingView(userId: number, viewId: number): Promise<boolean> {
  return (await prisma.watch.count({ where: { userId, viewId } })) > 0;
}
