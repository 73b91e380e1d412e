// The outbox of the write path: a standing change listener (lib/changes/listeners.ts), so it runs inside
// the transaction of every committed change and sends the change's fan-out job in that same transaction
// (pg-boss `send` with the transaction as its executor): a rolled-back change sends nothing and a committed
// one is never lost. Changes to accounts and views are nobody's news and send no job; the seed writes its
// audit rows without commitChange, so its bulk load sends none either.
import "server-only";
import type { ChangeListener } from "@/lib/changes/listeners";
import { deferToCommit, type Tx } from "@/lib/changes/transaction";
import { enqueueChange, enqueueChanges, type ChangeJob } from "@/lib/watch/queue";

/** Entity types that belong to a candidate (the fan-out resolves which one). */
const CANDIDATE_ENTITY_TYPES = new Set(["Candidate", "Program", "StageEvent", "Application", "ApplicationStatusChange", "ClockStop", "Designation", "ReimbursementListing", "ProvincialAccess"]);

/** A batch's jobs, sent in one insert before it commits (a job of a change rolled back meanwhile finds no audit rows and is skipped). */
const batchJobs = new WeakMap<Tx, ChangeJob[]>();

export const watchOutboxListener: ChangeListener = {
  name: "watch-outbox",
  async onChange(tx, event) {
    if (!event.rows.some((row) => CANDIDATE_ENTITY_TYPES.has(row.entityType))) return;
    const job: ChangeJob = { changeId: event.changeId, candidateId: event.candidateId };
    const batch = batchJobs.get(tx);
    if (batch) {
      batch.push(job);
      return;
    }
    const deferred = deferToCommit("watch-outbox", async () => {
      const jobs = batchJobs.get(tx) ?? [];
      batchJobs.delete(tx);
      await enqueueChanges(tx, jobs);
    });
    if (deferred) batchJobs.set(tx, [job]);
    else await enqueueChange(tx, job);
  },
};
