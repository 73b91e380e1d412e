// The two ways the events export reads its facts, both inside the export's snapshot and in the view's order:
//   - in parallel: batches of candidates over peer connections sharing the snapshot (lib/export/
//     snapshot-peers.ts), the next batches computed by PostgreSQL while this process formats the current one;
//   - through a cursor on the export's own connection, where peers are impossible (embedded PGlite).
import type pg from "pg";
import type { SnapshotReader } from "@/lib/export/snapshot";
import { EVENTS_BATCH_SQL, EVENTS_CURSOR_SQL, type EventFactRow } from "@/lib/export/kinds/events-query";

/**
 * Runs EVENTS_BATCH_SQL for each batch, round-robin over `clients`, with one query in flight per client,
 * and yields the results in batch order. Queries still running when the reader stops are awaited (their
 * errors ignored) before this returns, so no connection is handed back mid-query.
 */
export async function* readEventBatchesInParallel(clients: readonly pg.PoolClient[], batches: readonly number[][]): AsyncGenerator<EventFactRow[]> {
  const inFlight: Promise<EventFactRow[]>[] = [];
  let started = 0;
  const startNext = () => {
    const client = clients[started % clients.length]!;
    const query = client.query<EventFactRow>(EVENTS_BATCH_SQL, [batches[started]]).then((result) => result.rows);
    // Observed at once, so a query failing while an earlier batch is being written is not "unhandled";
    // the failure still reaches the reader when its turn comes (the await below).
    query.catch(() => {});
    inFlight.push(query);
    started++;
  };
  try {
    while (started < Math.min(clients.length, batches.length)) startNext();
    while (inFlight.length > 0) {
      const rows = await inFlight.shift()!;
      // The client that answered is free again: give it the next batch before handing these rows on.
      if (started < batches.length) startNext();
      yield rows;
    }
  } finally {
    await Promise.allSettled(inFlight);
  }
}

/** The whole view through one cursor: PostgreSQL sorts once, then hands out `rowsPerFetch` rows a step. */
export async function* readEventsThroughCursor(reader: SnapshotReader, ids: readonly number[], rowsPerFetch: number): AsyncGenerator<EventFactRow[]> {
  await reader.$executeRawUnsafe(`DECLARE events_export NO SCROLL CURSOR FOR ${EVENTS_CURSOR_SQL}`, ids);
  for (;;) {
    const rows = await reader.$queryRawUnsafe<EventFactRow[]>(`FETCH ${rowsPerFetch} FROM events_export`);
    if (rows.length === 0) return;
    yield rows;
  }
}
