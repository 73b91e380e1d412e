// Does a committed change's candidate fall in a saved view right now? Evaluated by the fan-out job just after
// the change, for the views someone watches, follows as a feed or filters a webhook by, so a candidate that
// newly enters a view is news for it. The test is the dashboard's own selection (lib/candidates/selection.ts)
// restricted to the changed candidates' ids: one statement per view for a whole batch of changes.
import "server-only";
import { filterCandidateIds } from "@/lib/candidates/selection";
import { prisma } from "@/lib/db";
import { parseCandidateSearchParams } from "@/lib/search-params";

export type WatchedView = { id: number; query: string };

/** Saved views that someone watches, follows as a feed, or filters an active webhook by. */
export async function findSubscribedViews(): Promise<WatchedView[]> {
  return prisma.$queryRaw<WatchedView[]>`
    SELECT v.id, v.query FROM "SavedView" v
    WHERE EXISTS (SELECT 1 FROM "Watch" w WHERE w."viewId" = v.id)
       OR EXISTS (SELECT 1 FROM "FeedToken" f WHERE f."viewId" = v.id AND f."revokedAt" IS NULL)
       OR EXISTS (SELECT 1 FROM "Webhook" h WHERE h."viewId" = v.id AND h.active)
    ORDER BY v.id`;
}

/** Of `candidateIds`, those the view's query matches now. */
export async function candidatesInView(view: WatchedView, candidateIds: readonly number[]): Promise<number[]> {
  const { search } = parseCandidateSearchParams(new URLSearchParams(view.query));
  return filterCandidateIds(prisma, search, candidateIds);
}
