// The outbox of the write path: a standing change listener (lib/changes/listeners.ts), so it runs inside
// the transaction of every committed change and sends the change's fan-out job in that same transaction
// (pg-boss `send` with the transaction as its executor): a rolled-back change sends nothing and a committed
// one is never lost. Changes to accounts and views are nobody's news and send no job; the seed writes its
// audit rows without commitChange, so its bulk load sends none either.
import "server-only";
import type { ChangeListener } from "@/lib/changes/listeners";
import { collectAtCommit } from "@/lib/changes/transaction";
import { enqueueChange, enqueueChanges, type ChangeJob } from "@/lib/watch/queue";

/** Entity types that belong to a candidate (the fan-out resolves which one). */
const CANDIDATE_ENTITY_TYPES = new Set(["Candidate", "Program", "StageEvent", "Application", "ApplicationStatusChange", "ClockStop", "Designation", "ReimbursementListing", "ProvincialAccess"]);

export const watchOutboxListener: ChangeListener = {
  name: "watch-outbox",
  async onChange(tx, event) {
    if (!event.rows.some((row) => CANDIDATE_ENTITY_TYPES.has(row.entityType))) return;
    const job: ChangeJob = { changeId: event.changeId, candidateId: event.candidateId };
    // A batch's jobs are sent in one insert before it commits.
    if (!collectAtCommit("watch-outbox", job, (jobs) => enqueueChanges(tx, jobs))) await enqueueChange(tx, job);
  },
};
