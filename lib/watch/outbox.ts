// The outbox hook of the write path: called inside the transaction of every audited change, it sends the
// change's fan-out job in that same transaction (pg-boss `send` with the transaction as its executor), so a
// rolled-back change sends nothing and a committed one is never lost. The seed's bulk load and changes to
// accounts and views are nobody's news and send no job.
import type { Prisma } from "@/generated/prisma/client";
import { enqueueChange } from "@/lib/watch/queue";

/** Entity types that belong to a candidate (the fan-out resolves which one). */
const CANDIDATE_ENTITY_TYPES = new Set(["Candidate", "Program", "StageEvent", "Application", "ApplicationStatusChange", "ClockStop", "Designation", "ReimbursementListing"]);

export async function enqueueWatchedChange(
  tx: Prisma.TransactionClient,
  change: { changeId: string; channel: string; entityTypes: readonly string[]; candidateId?: number | null },
): Promise<void> {
  if (change.channel === "seed" || !change.entityTypes.some((type) => CANDIDATE_ENTITY_TYPES.has(type))) return;
  await enqueueChange(tx, { changeId: change.changeId, candidateId: change.candidateId ?? null });
}
