// One clear line when the database cannot be reached, instead of a driver stack trace.
import pg from "pg";
import { redactDatabaseUrl } from "../../lib/env.ts";

export class DatabaseUnreachableError extends Error {
  constructor(databaseUrl: string, reason: string) {
    super(`Cannot reach the database at ${redactDatabaseUrl(databaseUrl)}: ${reason}`);
    this.name = "DatabaseUnreachableError";
  }
}

export async function assertDatabaseReachable(databaseUrl: string, timeoutMs = 5_000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new DatabaseUnreachableError(databaseUrl, reason);
  } finally {
    await client.end().catch(() => undefined);
  }
}
