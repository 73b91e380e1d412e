// Bulk edit from the dashboard: one designation change (type, target state, dates, one reason) applied to
// the selected candidates. Each candidate is validated on its own against its designation's current state, in
// its own savepoint of one transaction, so one refusal never blocks or rolls back the others; every success is
// audited with channel "bulk". One transaction rather than one per row: the rows' audit rows, deadline refreshes
// and webhook jobs are written once, set-wise, just before the commit (lib/changes/transaction.ts), which is
// what lets a 500-candidate change reach its watchers within seconds.
import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { labelOf } from "@/lib/domain/vocabulary";
import { changeDesignationState, DESIGNATION_TABLE } from "@/lib/designations/mutations";
import { primeLoads } from "@/lib/changes/write-step";
import { designationStateChangeShape } from "@/lib/designations/schemas";
import { designationTypeSchema } from "@/lib/domain/vocabulary-schemas";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/server/log";
import { currentRequestId } from "@/lib/server/request-context";
import { toAppError } from "@/lib/http/prisma-errors";
import type { Actor } from "@/lib/changes/actor";
import type { Refusal } from "@/lib/changes/refusals";
import { MAX_INT4 } from "@/lib/changes/inputs";
import { changeSchema } from "@/lib/changes/change-meta";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { chinaToday } from "@/lib/today";
import { throwIfRefused } from "@/lib/changes/refusals";
import { inOneTransaction, inSavepoint } from "@/lib/changes/transaction";

export const MAX_BULK_ROWS = 200;

const candidateIds = z
  .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
  .transform((value) => (Array.isArray(value) ? value : String(value).split(",")).map((id) => Number(String(id).trim())))
  .refine((ids) => ids.length > 0, "Select at least one candidate.")
  .refine((ids) => ids.every((id) => Number.isInteger(id) && id > 0 && id <= MAX_INT4), "candidateIds must be record ids.")
  .refine((ids) => ids.length <= MAX_BULK_ROWS, `At most ${MAX_BULK_ROWS} candidates per bulk edit.`)
  .transform((ids) => [...new Set(ids)]);

export const bulkDesignationStateSchema = changeSchema({
  candidateIds,
  type: designationTypeSchema,
  ...designationStateChangeShape,
});

export type BulkDesignationStateInput = z.output<typeof bulkDesignationStateSchema>;

export type BulkRowResult =
  | { candidateId: number; name: string; ok: true; designationId: number; version: number; changeId: string; summary: string; warnings: string[] }
  | { candidateId: number; name: string; ok: false; code: string; error: string; refusals?: Refusal[] };

export type BulkResult = { succeeded: number; failed: number; rows: BulkRowResult[]; summary: string };

export async function bulkChangeDesignationState({ actor, input }: { actor: Actor; input: BulkDesignationStateInput }): Promise<BulkResult> {
  const { candidateIds: ids, type, ...change } = input;
  // A future date is wrong for every row alike: refuse the request rather than report it once per candidate.
  throwIfRefused(checkNotInFuture(input.effectiveDate, chinaToday()));
  const candidates = await prisma.candidate.findMany({ where: { id: { in: ids } }, select: { id: true, nameEn: true } });
  const names = new Map(candidates.map((candidate) => [candidate.id, candidate.nameEn]));
  const designations = await prisma.designation.findMany({
    where: { type, program: { candidateId: { in: ids } } },
    select: { id: true, version: true, program: { select: { candidateId: true, indicationEn: true } } },
  });
  const typeLabel = labelOf("DesignationType", type);
  const rows: BulkRowResult[] = [];
  await inOneTransaction(async (tx) => {
    // Each row's change then finds its designation read already, instead of reading it itself.
    await primeLoads(tx, DESIGNATION_TABLE, designations.map((designation) => designation.id));
    for (const candidateId of ids) {
      const name = names.get(candidateId) ?? `#${candidateId}`;
      const mine = designations.filter((designation) => designation.program.candidateId === candidateId);
      const fail = (code: string, error: string, refusals?: Refusal[]) => rows.push({ candidateId, name, ok: false, code, error, refusals });
      if (!names.has(candidateId)) {
        fail("NOT_FOUND", `Candidate ${candidateId} does not exist.`);
      } else if (mine.length === 0) {
        const message = `No ${typeLabel} designation is recorded; open one on the candidate page first.`;
        fail("UNPROCESSABLE", `${message} (rule NO_DESIGNATION_OF_TYPE)`, [{ rule: "NO_DESIGNATION_OF_TYPE", message }]);
      } else if (mine.length > 1) {
        const programmes = mine.map((designation) => designation.program.indicationEn).join(", ");
        const message = `${mine.length} programmes have a ${typeLabel} designation (${programmes}); change each on the candidate page.`;
        fail("UNPROCESSABLE", `${message} (rule AMBIGUOUS_DESIGNATION)`, [{ rule: "AMBIGUOUS_DESIGNATION", message, values: { count: mine.length } }]);
      } else {
        const designation = mine[0]!;
        try {
          const result = await inSavepoint(tx, () => changeDesignationState({ actor, input: { designationId: designation.id, ...change }, expectedVersion: designation.version }));
          rows.push({ candidateId, name, ok: true, designationId: designation.id, version: result.version, changeId: result.changeId, summary: result.summary, warnings: result.warnings });
        } catch (caught) {
          // Every row reports its own outcome, even an unexpected failure: its savepoint rolled back, so nothing
          // was changed for it, and the other rows go on (aborting would leave the analyst without the list).
          const error = toAppError(caught);
          if (error instanceof AppError) fail(error.code, error.message, (error.details as { refusals?: Refusal[] } | undefined)?.refusals);
          else {
            log().error({ requestId: currentRequestId(), candidateId, err: error }, "bulk edit: unexpected error");
            fail("INTERNAL", "An unexpected error stopped this row; nothing was changed for it. Try it again on the candidate page.");
          }
        }
      }
    }
  });
  const succeeded = rows.filter((row) => row.ok).length;
  const failed = rows.length - succeeded;
  return { succeeded, failed, rows, summary: `${succeeded} updated, ${failed} refused.` };
}
