// The zero-setup database: PGlite (PostgreSQL compiled to wasm) in this process, served over
// pglite-socket so the app, migrations and seed use the same DATABASE_URL code path as a real server.
import net from "node:net";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * pglite-socket accepts one connection by default; every pg pool in every process that connects
 * (next-server, migrations, seed) must fit under this limit or pg fails with "Connection terminated".
 */
const MAX_CONNECTIONS = 32;

export type EmbeddedPostgres = { databaseUrl: string; close: () => Promise<void> };

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Opens (creating on first use) a PGlite database in `dataDir`, or in memory when dataDir is omitted. */
export async function openEmbeddedPostgres({ dataDir, port }: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  const listenPort = port ?? (await findFreePort());
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: listenPort, maxConnections: MAX_CONNECTIONS });
  await server.start();
  return {
    databaseUrl: `postgresql://postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    close: async () => {
      await server.stop();
      await db.close();
    },
  };
}
