// A change leaves its candidate's derived columns stale (lead stage, search text, review deadlines, last
// regulatory change): the write step refreshes them. A single change refreshes at once; a batch (a capture
// applying a thousand proposals in one transaction) refreshes each candidate once, just before the commit,
// the deadlines and last regulatory changes of all in one statement each.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { calendarForWrite } from "@/lib/calendar/holiday-years";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import { refreshLastRegulatoryChangeOf } from "@/lib/candidates/last-regulatory-change";
import { collectAtCommit } from "@/lib/changes/transaction";
import { refreshReviewDeadlines, refreshReviewDeadlinesOf } from "@/lib/review-clock/refresh-review-deadlines";

/**
 * What a change leaves stale on its candidate, strongest first: the derived columns (which include the rest);
 * the review deadlines and the last regulatory change (an application status or designation step); only the
 * last regulatory change (a reimbursement step, a new listing or designation).
 */
export type CandidateRefresh = "derived" | "deadlines" | "lastChange";

const STRENGTH: Record<CandidateRefresh, number> = { derived: 2, deadlines: 1, lastChange: 0 };

/** Refreshes the candidate after a change: at once, or in a batch once before the commit (module header). */
export async function refreshCandidateAfterChange(tx: Prisma.TransactionClient, candidateId: number, what: CandidateRefresh): Promise<void> {
  if (collectAtCommit("refresh-candidates", { candidateId, what }, (planned) => refreshPlanned(tx, planned))) return;
  if (what === "derived") return refreshCandidateDerived(tx, candidateId);
  if (what === "deadlines") await refreshReviewDeadlines(tx, candidateId);
  await refreshLastRegulatoryChangeOf(tx, [candidateId]);
}

async function refreshPlanned(tx: Prisma.TransactionClient, planned: readonly { candidateId: number; what: CandidateRefresh }[]): Promise<void> {
  const refreshes = new Map<number, CandidateRefresh>();
  // A stronger refresh includes the weaker: "derived" replaces a planned "deadlines", never the other way round.
  for (const { candidateId, what } of planned) {
    const before = refreshes.get(candidateId);
    if (!before || STRENGTH[what] > STRENGTH[before]) refreshes.set(candidateId, what);
  }
  const idsOf = (kinds: readonly CandidateRefresh[]) => [...refreshes].filter(([, kind]) => kinds.includes(kind)).map(([id]) => id);
  const calendar = await calendarForWrite(tx);
  for (const id of idsOf(["derived"])) await refreshCandidateDerived(tx, id, calendar);
  await refreshReviewDeadlinesOf(tx, idsOf(["deadlines"]), calendar);
  await refreshLastRegulatoryChangeOf(tx, idsOf(["deadlines", "lastChange"]));
}
