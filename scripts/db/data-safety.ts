// Backups, restores and the move from the embedded database to PostgreSQL (`npm run db:backup | db:restore |
// db:move`). PostgreSQL is dumped by its own tools (pg_dump / pg_restore, custom format); the embedded PGlite
// by its own data-directory dump. The move copies table by table through SQL on both ends, after the target
// got its schema from the migrations, and proves itself with a row count and a checksum per table.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import pg from "pg";
import { migrateDeploy } from "./engine.ts";

const run = promisify(execFile);

/** pg_dump's custom format: compressed, and pg_restore can restore it selectively and in one transaction. */
export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/**
 * Replaces everything in the database by the backup, in one transaction: on failure nothing changes.
 * pg_restore's own --clean drops object by object and cannot drop the job queue's partitioned tables
 * (their inherited keys), so the schemas are dropped whole and the backup's SQL replayed by psql, both in
 * one transaction.
 */
export async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  const prelude = "DROP SCHEMA IF EXISTS pgboss CASCADE;\nDROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n";
  const psql = spawn("psql", ["--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1", `--dbname=${databaseUrl}`], { stdio: ["pipe", "ignore", "pipe"] });
  const restore = spawn("pg_restore", ["--no-owner", "--no-privileges", "--file=-", file], { stdio: ["ignore", "pipe", "pipe"] });
  psql.stdin.write(prelude);
  restore.stdout.pipe(psql.stdin);
  const [restored, replayed] = await Promise.all([finished(restore, "pg_restore"), finished(psql, "psql")]);
  if (restored.code !== 0) throw new Error(`pg_restore could not read ${file}: ${restored.stderr.trim()}`);
  if (replayed.code !== 0) throw new Error(`The restore was rolled back, nothing changed: ${replayed.stderr.trim()}`);
}

function finished(child: ChildProcess, name: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.on("close", (code) => resolve({ code: code ?? 1, stderr }));
  });
}

/** PGlite's own dump of its data directory (a tarball); the database must not be open elsewhere. */
export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  try {
    const dump = await db.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

/** Rebuilds the data directory from a dump; the old directory is kept until the new one has opened. */
export async function restoreEmbedded(dataDir: string, file: string): Promise<void> {
  const staging = `${dataDir}.restoring`;
  rmSync(staging, { recursive: true, force: true });
  const db = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([readFileSync(file)]), extensions: { pg_trgm } });
  await db.query("SELECT 1");
  await db.close();
  const previous = `${dataDir}.before-restore`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dataDir)) renameSync(dataDir, previous);
  renameSync(staging, dataDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Tables of the app (not Prisma's migration log), parents before children so foreign keys hold. */
async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((table) => table.name));
  while (pending.size > 0) {
    const ready = [...pending].filter((table) => !edges.some((edge) => edge.child === table && pending.has(edge.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among ${[...pending].join(", ")}.`);
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered;
}

export type TableCheck = { table: string; rows: number; checksum: string };

/** Row count and an md5 over every row's text form, read in a fixed order with fixed output settings. */
export async function tableChecks(client: pg.Client, tables: readonly string[]): Promise<TableCheck[]> {
  await client.query("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 1");
  const checks: TableCheck[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ rows: string; checksum: string | null }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM "${table}" t`,
    );
    checks.push({ table, rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum ?? "" });
  }
  return checks;
}

const BATCH_ROWS = 2_000;

/**
 * Copies every row of `sourceUrl` into the empty PostgreSQL at `targetUrl`: schema by the migrations, rows in
 * foreign-key order (audit rows included, as the append-only triggers allow inserts), sequences at the
 * source's positions, then a count and checksum per table compared. Returns the checks.
 */
export async function moveDatabase(sourceUrl: string, targetUrl: string, onTable: (check: TableCheck) => void = () => {}): Promise<TableCheck[]> {
  const target = new pg.Client({ connectionString: targetUrl });
  await target.connect();
  try {
    const { rows: existing } = await target.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' LIMIT 5",
    );
    if (existing.length > 0) {
      throw new Error(`The target database is not empty (it has ${existing.map((row) => row.name).join(", ")}); move into an empty database.`);
    }
  } finally {
    await target.end();
  }
  await migrateDeploy({ databaseUrl: targetUrl });

  const source = new pg.Client({ connectionString: sourceUrl });
  const into = new pg.Client({ connectionString: targetUrl });
  await source.connect();
  await into.connect();
  try {
    await source.query("SET TimeZone = 'UTC'");
    await into.query("SET TimeZone = 'UTC'");
    const tables = await tablesInDependencyOrder(source);
    await into.query("BEGIN");
    // The migrations seed rows (the holiday years, the calendar's revision) and triggers derive rows from
    // writes (the revision bump): the target must end as a copy of the source, so its triggers stay off
    // while the copy runs (the owner may; the app role may not) and the seeded rows give way to the source's.
    for (const table of tables) await into.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    await into.query(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")}`);
    for (const table of tables) {
      const cursorRows = await source.query<{ row: unknown }>(`SELECT row_to_json(t) AS row FROM "${table}" t`);
      for (let start = 0; start < cursorRows.rows.length; start += BATCH_ROWS) {
        const batch = cursorRows.rows.slice(start, start + BATCH_ROWS).map((row) => row.row);
        await into.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(batch)]);
      }
    }
    const { rows: sequences } = await source.query<{ name: string }>(
      "SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public'",
    );
    for (const { name } of sequences) {
      const { rows } = await source.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM "${name}"`);
      await into.query("SELECT setval($1::regclass, $2::bigint, $3::boolean)", [`"${name}"`, rows[0]!.last_value, rows[0]!.is_called]);
    }
    for (const table of tables) await into.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await into.query("COMMIT");

    const expected = await tableChecks(source, tables);
    const actual = await tableChecks(into, tables);
    for (const [index, check] of expected.entries()) {
      const copied = actual[index]!;
      if (copied.rows !== check.rows || copied.checksum !== check.checksum) {
        throw new Error(`${check.table}: ${check.rows} rows (checksum ${check.checksum}) in the source, ${copied.rows} (${copied.checksum}) in the target.`);
      }
      onTable(check);
    }
    return expected;
  } catch (error) {
    await into.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await source.end();
    await into.end();
  }
}
