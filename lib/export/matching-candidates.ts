// The candidates of a filtered view, in the view's order, a batch of ids at a time. It reads them through
// the dashboard's own selection (lib/candidates/selection.ts), so an export holds exactly the rows
// /api/candidates pages through.
// The ordered ids are read once, as one int[] value: a few bytes per candidate (50,000 ids are well under a
// megabyte) and no per-row objects. Fetching each batch with its own keyset query cost about 40 ms a batch
// on the 50,000-candidate bench, two of the five and a half seconds an export of every event took.
import { selectCandidateIds } from "@/lib/candidates/selection";
import type { SnapshotReader } from "@/lib/export/snapshot";
import type { CandidateFilters, CandidateSearch } from "@/lib/search-params";

export const DEFAULT_CANDIDATE_BATCH = 1_000;

type ViewSearch = Pick<CandidateSearch, "sort"> & CandidateFilters;

/** Every matching candidate id, in the view's order. */
export async function matchingCandidateIds(reader: SnapshotReader, search: ViewSearch): Promise<number[]> {
  return selectCandidateIds(reader, search, { sort: search.sort });
}

/** `ids` cut into consecutive batches of `size`, order kept. */
export function inBatches(ids: readonly number[], size: number): number[][] {
  const batches: number[][] = [];
  for (let start = 0; start < ids.length; start += size) batches.push(ids.slice(start, start + size));
  return batches;
}

export async function* matchingCandidateIdBatches(
  reader: SnapshotReader,
  search: ViewSearch,
  batchSize: number = DEFAULT_CANDIDATE_BATCH,
): AsyncGenerator<number[]> {
  yield* inBatches(await matchingCandidateIds(reader, search), batchSize);
}

/** Sorts rows by their candidate's position in the batch (stable: ties keep their order). */
export function inBatchOrder<Row>(rows: Row[], ids: readonly number[], candidateIdOf: (row: Row) => number): Row[] {
  const position = new Map(ids.map((id, index) => [id, index]));
  return rows
    .map((row, index) => ({ row, index, at: position.get(candidateIdOf(row)) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((entry) => entry.row);
}
