// The candidates of a filtered view, in the view's order, a batch of ids at a time. It uses the dashboard's
// own where/orderBy builders, so an export holds exactly the rows /api/candidates pages through.
// Keyset (cursor) pagination: each batch continues after the last id of the previous one, so late batches
// cost as much as early ones (OFFSET would rescan every skipped row).
import { buildCandidateOrderBy, buildCandidateWhere } from "@/lib/candidates/filters";
import type { SnapshotReader } from "@/lib/export/snapshot";
import type { CandidateSearch } from "@/lib/search-params";

export const DEFAULT_CANDIDATE_BATCH = 1_000;

export async function* matchingCandidateIdBatches(
  reader: SnapshotReader,
  search: Pick<CandidateSearch, "sort"> & Parameters<typeof buildCandidateWhere>[0],
  batchSize: number = DEFAULT_CANDIDATE_BATCH,
): AsyncGenerator<number[]> {
  const where = buildCandidateWhere(search);
  const orderBy = buildCandidateOrderBy(search.sort);
  let after: number | null = null;
  for (;;) {
    const rows: { id: number }[] = await reader.candidate.findMany({
      where,
      orderBy,
      select: { id: true },
      take: batchSize,
      ...(after === null ? {} : { cursor: { id: after }, skip: 1 }),
    });
    if (rows.length === 0) return;
    yield rows.map((row) => row.id);
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Sorts rows by their candidate's position in the batch (stable: ties keep their order). */
export function inBatchOrder<Row>(rows: Row[], ids: readonly number[], candidateIdOf: (row: Row) => number): Row[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  return rows
    .map((row, index) => ({ row, index, at: position.get(candidateIdOf(row)) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((entry) => entry.row);
}
