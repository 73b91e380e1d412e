// The two ways the events export reads its facts, both inside the export's snapshot and in the view's order:
//   - in parallel: batches of candidates over peer connections sharing the snapshot (lib/export/
//     snapshot-peers.ts), the next batches computed by PostgreSQL while this process formats the current one;
//   - through a cursor on the export's own connection, where peers are impossible (embedded PGlite).
//
// In parallel, each row becomes its CSV line the moment the driver parses it, and only the line is kept
// until the batch is handed on. Collecting a batch's row objects first (one object and sixteen strings per
// row) kept them alive across the socket reads that deliver the batch, long enough for V8 to move them to
// its old generation: every row of a 500,000-row export ended up there as garbage, and the server's
// memory grew by up to 120 MB before a full collection (`npm run bench -- export`).
import pg from "pg";
import { CsvWriter } from "@/lib/export/csv-stream";
import type { SnapshotReader } from "@/lib/export/snapshot";
import { EVENTS_BATCH_SQL, EVENTS_CURSOR_SQL, type EventFactRow } from "@/lib/export/kinds/events-query";

/**
 * Runs `sql` on `client` and hands each row to `onRow` as it is parsed; no row is kept. If `onRow` throws,
 * the statement still runs to its end (the connection is never left mid-query) and the promise rejects
 * with that error.
 */
export function forEachRow<Row extends pg.QueryResultRow>(client: pg.ClientBase, sql: string, values: unknown[], onRow: (row: Row) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let failure: { error: unknown } | null = null;
    const query = new pg.Query<Row>({ text: sql, values });
    query.on("row", (row: Row) => {
      if (failure) return;
      try {
        onRow(row);
      } catch (error) {
        failure = { error };
      }
    });
    query.on("error", reject);
    query.on("end", () => (failure ? reject(failure.error) : resolve()));
    client.query(query);
  });
}

/** The CSV bytes of one batch of candidates' facts, read on `client`. */
async function eventCsvOfBatch(client: pg.ClientBase, candidateIds: readonly number[], toRecord: (row: EventFactRow) => string[]): Promise<Uint8Array[]> {
  const csv = new CsvWriter();
  await forEachRow<EventFactRow>(client, EVENTS_BATCH_SQL, [candidateIds], (row) => csv.add(toRecord(row)));
  return csv.take();
}

/**
 * The CSV bytes of each batch, in batch order, read round-robin over `clients` with one query in flight per
 * client. Queries still running when the reader stops are awaited (their errors ignored) before this
 * returns, so no connection is handed back mid-query.
 */
export async function* readEventCsvInParallel(
  clients: readonly pg.ClientBase[],
  batches: readonly number[][],
  toRecord: (row: EventFactRow) => string[],
): AsyncGenerator<Uint8Array[]> {
  const inFlight: Promise<Uint8Array[]>[] = [];
  let started = 0;
  const startNext = () => {
    const csv = eventCsvOfBatch(clients[started % clients.length]!, batches[started]!, toRecord);
    // Observed at once, so a query failing while an earlier batch is being written is not "unhandled";
    // the failure still reaches the reader when its turn comes (the await below).
    csv.catch(() => {});
    inFlight.push(csv);
    started++;
  };
  try {
    while (started < Math.min(clients.length, batches.length)) startNext();
    while (inFlight.length > 0) {
      const csv = await inFlight.shift()!;
      // The client that answered is free again: give it the next batch before handing this one on.
      if (started < batches.length) startNext();
      yield csv;
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
