// Extra connections that read the export's own snapshot, so PostgreSQL can compute the next batch while
// this process parses and formats the previous one. With the single transaction connection the two took
// turns, and a large export ran at about 0.4x the speed of `COPY … TO STDOUT` (`npm run bench -- export`).
//
// How: the export transaction publishes its snapshot (pg_export_snapshot), and each peer starts a
// REPEATABLE READ transaction on it (SET TRANSACTION SNAPSHOT), the mechanism pg_dump uses for its parallel
// workers. Every peer therefore sees exactly the rows the export transaction sees, no matter what commits
// meanwhile. The export transaction stays open for the whole read, which keeps the snapshot valid.
//
// Not on the embedded PGlite database: it serves every socket connection from one backend session, so a
// second "connection" would join the export's own transaction. There the caller reads on its own.
import "server-only";
import pg from "pg";
import { getDatabaseUrl } from "@/lib/env";
import type { SnapshotReader } from "@/lib/export/snapshot";

/** What pg_export_snapshot returns, e.g. "00000003-0000001B-1"; checked before it is spliced into SQL. */
const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i;

/** Connections the peers of all running exports may hold (each export takes at most its `count`). */
const MAX_PEER_CONNECTIONS = 8;

const pools = new Map<string, pg.Pool>();

function peerPool(databaseUrl: string): pg.Pool {
  let pool = pools.get(databaseUrl);
  if (!pool) {
    pool = new pg.Pool({ connectionString: databaseUrl, max: MAX_PEER_CONNECTIONS, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
    // An idle connection closed by the server (restart, a dropped test database) must not crash the process.
    pool.on("error", () => {});
    pools.set(databaseUrl, pool);
  }
  return pool;
}

export type SnapshotPeers = {
  clients: pg.PoolClient[];
  /** Ends the peers' transactions and returns their connections (a broken one is discarded). */
  release: () => Promise<void>;
};

/**
 * `count` connections inside `reader`'s snapshot, or null where that is impossible (PGlite), when other
 * exports hold the peer connections, or when the server refuses more; the caller then reads through
 * `reader` alone.
 */
export async function openSnapshotPeers(reader: SnapshotReader, count: number): Promise<SnapshotPeers | null> {
  const [info] = await reader.$queryRaw<{ embedded: boolean }[]>`SELECT version() LIKE '%PGlite%' AS embedded`;
  if (!info || info.embedded) return null;
  const [exported] = await reader.$queryRaw<{ snapshot: string }[]>`SELECT pg_export_snapshot() AS snapshot`;
  const snapshot = exported?.snapshot ?? "";
  if (!SNAPSHOT_ID.test(snapshot)) return null;

  const pool = peerPool(getDatabaseUrl());
  // Other exports hold every peer connection: read alone now rather than queue behind them.
  if (pool.totalCount - pool.idleCount + count > MAX_PEER_CONNECTIONS) return null;
  const clients: pg.PoolClient[] = [];
  const release = async () => {
    await Promise.all(
      clients.map(async (client) => {
        try {
          await client.query("ROLLBACK");
          client.release();
        } catch (error) {
          client.release(error instanceof Error ? error : true);
        }
      }),
    );
    clients.length = 0;
  };
  try {
    for (let i = 0; i < count; i++) {
      const client = await pool.connect();
      clients.push(client);
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`);
    }
  } catch {
    await release();
    return null;
  }
  return { clients, release };
}
