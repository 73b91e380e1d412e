// A change leaves its candidate's derived columns stale (lead stage, search text, review deadlines): the write
// step refreshes them. A single change refreshes at once; a batch (a capture applying a thousand proposals in
// one transaction) refreshes each candidate once, just before the commit, the deadlines of all in one go.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { calendarForWrite } from "@/lib/calendar/holiday-years";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import { collectAtCommit } from "@/lib/changes/transaction";
import { refreshReviewDeadlines, refreshReviewDeadlinesOf } from "@/lib/review-clock/refresh-review-deadlines";

/** What a change leaves stale on its candidate: the derived columns (which include the deadlines), or only the deadlines. */
export type CandidateRefresh = "derived" | "deadlines";

/** Refreshes the candidate after a change: at once, or in a batch once before the commit (module header). */
export async function refreshCandidateAfterChange(tx: Prisma.TransactionClient, candidateId: number, what: CandidateRefresh): Promise<void> {
  if (collectAtCommit("refresh-candidates", { candidateId, what }, (planned) => refreshPlanned(tx, planned))) return;
  if (what === "derived") await refreshCandidateDerived(tx, candidateId);
  else await refreshReviewDeadlines(tx, candidateId);
}

async function refreshPlanned(tx: Prisma.TransactionClient, planned: readonly { candidateId: number; what: CandidateRefresh }[]): Promise<void> {
  const refreshes = new Map<number, CandidateRefresh>();
  // "derived" includes the deadlines: it replaces a planned "deadlines", never the other way round.
  for (const { candidateId, what } of planned) if (what === "derived" || !refreshes.has(candidateId)) refreshes.set(candidateId, what);
  const calendar = await calendarForWrite(tx);
  for (const [id, kind] of refreshes) if (kind === "derived") await refreshCandidateDerived(tx, id, calendar);
  await refreshReviewDeadlinesOf(tx, [...refreshes].filter(([, kind]) => kind === "deadlines").map(([id]) => id), calendar);
}
