// Databases for integration suites: each suite gets a fresh, migrated database of its own and
// drops it afterwards, so suites never see each other's rows.
//
// Where the database lives:
// - default: a PostgreSQL server, taken from TEST_DATABASE_URL, else DATABASE_URL, else
//   postgresql://postgres@127.0.0.1:5432/postgres (only its host, port and credentials are used);
//   each call creates `pt_<prefix>_<random>` there and drop() removes it WITH (FORCE).
// - TEST_DB_MODE=pglite: the fallback when no PostgreSQL server is reachable (`npm test` switches
//   to it by itself, except under CI=true). Each call starts an in-memory PGlite (PostgreSQL in wasm,
//   with pg_trgm) in this process, served over pglite-socket on a free port, so code that takes a
//   DATABASE_URL works unchanged. The socket ignores database names: the URL names `postgres`.
//   Every pg pool on that URL counts against its 32 connections (a PrismaClient uses up to 10).
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { openEmbeddedPostgres } from "../scripts/db/embedded-postgres.ts";
import { migrateDeploy } from "../scripts/db/engine.ts";

export interface TestDatabase {
  /** Connection string of the new database (migrated unless `migrate: false`). */
  databaseUrl: string;
  /** `pt_<prefix>_<random>`; with PGlite only a label. */
  name: string;
  /** Disconnects the clients made by createTestPrisma() for it, then removes the database. */
  drop(): Promise<void>;
}

const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Clients handed out per database URL, disconnected by drop(). */
const clients = new Map<string, Set<PrismaClient>>();

export async function createTestDatabase({
  prefix = "test",
  migrate = true,
}: {
  /** Names the database after the suite, which helps when one is left behind. */
  prefix?: string;
  /** Apply prisma/migrations (default). Tests of the migrations themselves pass false. */
  migrate?: boolean;
} = {}): Promise<TestDatabase> {
  const name = `pt_${prefix.toLowerCase().replace(/[^a-z0-9]+/g, "_")}_${randomBytes(4).toString("hex")}`;
  const database =
    process.env.TEST_DB_MODE === "pglite" ? await openPglite(name) : await createOnServer(name);
  try {
    if (migrate) await migrateDeploy({ databaseUrl: database.databaseUrl });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** A PrismaClient on `databaseUrl` (the app's adapter), disconnected by the database's drop(). */
export function createTestPrisma(databaseUrl: string): PrismaClient {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  const forUrl = clients.get(databaseUrl) ?? new Set();
  forUrl.add(prisma);
  clients.set(databaseUrl, forUrl);
  return prisma;
}

async function disconnectClients(databaseUrl: string): Promise<void> {
  const forUrl = clients.get(databaseUrl);
  clients.delete(databaseUrl);
  await Promise.allSettled([...(forUrl ?? [])].map((prisma) => prisma.$disconnect()));
}

async function createOnServer(name: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? DEFAULT_SERVER_URL;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    databaseUrl,
    name,
    drop: async () => {
      await disconnectClients(databaseUrl);
      // FORCE: a pool the test forgot to close must not keep the database alive.
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `No PostgreSQL server for test databases at ${new URL(serverUrl).host} (${(error as Error).message}). ` +
        "Start it, set TEST_DATABASE_URL, or run with TEST_DB_MODE=pglite.",
    );
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function openPglite(name: string): Promise<TestDatabase> {
  const embedded = await openEmbeddedPostgres(); // in memory, on a free port, pg_trgm loaded
  return {
    databaseUrl: embedded.databaseUrl,
    name,
    drop: async () => {
      await disconnectClients(embedded.databaseUrl);
      await embedded.close();
    },
  };
}
