// Prisma's schema engine, run as WebAssembly over adapter-pg: the native migrate engine cannot be
// downloaded offline, so this module gives `migrate deploy | status | diff` and `migrate dev
// --create-only` with the same engine code and the same prisma/migrations format (the native
// `prisma migrate deploy` can take over wherever it exists). Background: the team's OFFLINE.md §2.
// PRISMA_ENGINE_DEBUG=1 prints the engine's own log.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface EngineOptions {
  databaseUrl: string;
  /** Defaults to prisma/migrations of this repository. */
  migrationsDir?: string;
  /** Defaults to prisma/schema.prisma of this repository. */
  schemaPath?: string;
}

export interface MigrationStatus {
  /** In prisma/migrations, not yet applied. */
  pending: string[];
  /** Started and never finished (the database refuses further deploys until resolved). */
  failed: string[];
  /** Applied, but migration.sql has changed since (checksum mismatch). */
  edited: string[];
  /** Applied and present in prisma/migrations. */
  applied: string[];
  /** Applied in the database but missing from prisma/migrations. */
  missingLocally: string[];
}

/** An engine error, with Prisma's code (P3009, P3006, ...) when the engine gave one. */
export class SchemaEngineError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "SchemaEngineError";
  }
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

/** Applies pending migrations (`prisma migrate deploy`). Refuses with P3009 after a failed one. */
export async function migrateDeploy(options: EngineOptions): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationsList(migrationsDirOf(options));
  const { result } = await withEngine(options, { schema: false }, (engine) =>
    engine.applyMigrations({ migrationsList, filters: noFilters }),
  );
  return { applied: result.appliedMigrationNames };
}

/** Compares prisma/migrations with the database's _prisma_migrations (`prisma migrate status`). */
export async function migrateStatus(options: EngineOptions): Promise<MigrationStatus> {
  const migrationsList = await readMigrationsList(migrationsDirOf(options));
  const local = migrationsList.migrationDirectories.map((dir) => dir.path);
  const { result } = await withEngine(options, { schema: false }, async (engine) => {
    // No shadow database: status must be safe to run against production.
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    const history = diagnosis.history;
    const pending =
      history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
    const missingLocally =
      history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [];
    const notApplied = new Set([...pending, ...diagnosis.failedMigrationNames]);
    return {
      pending,
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
      applied: diagnosis.hasMigrationsTable ? local.filter((name) => !notApplied.has(name)) : [],
      missingLocally,
    };
  });
  return result;
}

/**
 * SQL that would bring a database built from prisma/migrations to prisma/schema.prisma
 * (`prisma migrate diff --from-migrations --to-schema --script`). Replays the migrations in a
 * shadow database; returns "-- This is an empty migration." when they are in sync.
 */
export async function diffMigrationsToSchema(options: EngineOptions): Promise<string> {
  const migrationsList = await readMigrationsList(migrationsDirOf(options));
  const { result, shadowExtensions } = await withEngine(options, { schema: true }, (engine, files) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  const script = dropSatisfiedExtensions(result.stdout ?? "", shadowExtensions).trim();
  return script || EMPTY_MIGRATION;
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql for the changes between the migration
 * history and prisma/schema.prisma, or returns `created: null` when there are none. Like
 * `prisma migrate dev --create-only`, it first applies the pending migrations of the history to
 * the database (returned as `applied`); the new migration itself is not applied.
 */
export async function createMigration(
  name: string,
  options: EngineOptions & {
    /** Write the migration even without schema changes, to hold hand-written SQL (triggers...). */
    allowEmpty?: boolean;
  },
): Promise<{ created: string | null; path: string | null; applied: string[] }> {
  const migrationName = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!migrationName) throw new SchemaEngineError(`Invalid migration name "${name}".`);
  const migrationsDir = migrationsDirOf(options);
  const migrationsList = await readMigrationsList(migrationsDir);

  const { result, shadowExtensions } = await withEngine(options, { schema: true }, async (engine, files) => {
    const diagnose = async () => {
      const { action } = await engine.devDiagnostic({ migrationsList, filters: noFilters });
      if (action.tag === "reset") {
        throw new SchemaEngineError(
          `The database must be reset before a new migration can be created: ${action.reason}`,
        );
      }
    };
    // The wasm createMigration() has no adapter factory, so it cannot open a shadow database. It
    // reuses the history that devDiagnostic() replayed in one, but devDiagnostic() only replays
    // it on a database that is up to date: apply what is pending first, then diagnose again.
    await diagnose();
    const { appliedMigrationNames: applied } = await engine.applyMigrations({
      migrationsList,
      filters: noFilters,
    });
    if (applied.length) await diagnose();
    const output = await engine.createMigration({
      draft: options.allowEmpty ?? false,
      migrationName,
      migrationsList,
      schema: { files },
      filters: noFilters,
    });
    return { output, applied };
  });
  const { output, applied } = result;
  let script = dropSatisfiedExtensions(output.migrationScript ?? "", shadowExtensions);
  if (!script.trim()) {
    if (!options.allowEmpty) return { created: null, path: null, applied };
    script = `${EMPTY_MIGRATION}\n`;
  }

  // The same files, with the same content, as the Prisma CLI writes.
  const dir = path.join(migrationsDir, output.generatedMigrationName);
  await fs.mkdir(migrationsDir, { recursive: true });
  await fs.mkdir(dir); // fails if it exists, as in the CLI
  const file = path.join(dir, `migration.${output.extension}`);
  await fs.writeFile(file, script, "utf-8");
  const lockfile = [
    "# Please do not edit this file manually",
    "# It should be added in your version-control system (e.g., Git)",
    `provider = "${output.connectorType}"`,
  ];
  await fs.writeFile(path.join(migrationsDir, migrationsList.lockfile.path), `${lockfile.join("\n")}\n`, "utf-8");
  return { created: output.generatedMigrationName, path: file, applied };
}

const EMPTY_MIGRATION = "-- This is an empty migration.";

/**
 * The wasm engine opens its driver-adapter shadow database without the schema's preview features
 * (native builds pass them), so the replayed history always looks extension-less and every diff
 * or new migration repeats `CREATE EXTENSION IF NOT EXISTS` for extensions the history already
 * creates. On that history the statement is a no-op; drop it for the extensions the shadow
 * database really had.
 */
function dropSatisfiedExtensions(script: string, installed: ReadonlySet<string>): string {
  return script
    .replace(
      /-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS "([^"]+)"[^;\n]*;\n*/g,
      (statement, name: string) => (installed.has(name) ? "" : statement),
    )
    .replace(/^\s+/, "");
}

// ---------------------------------------------------------------------------------------------
// Engine lifecycle
// ---------------------------------------------------------------------------------------------

const noFilters = { externalTables: [], externalEnums: [] };

function migrationsDirOf(options: EngineOptions): string {
  return path.resolve(options.migrationsDir ?? path.join(repoRoot, "prisma/migrations"));
}

/** Exactly the list the Prisma CLI builds (its `listMigrations`): directory names, sorted. */
async function readMigrationsList(baseDir: string): Promise<MigrationList> {
  const lockfile = {
    path: "migration_lock.toml",
    content: await fs.readFile(path.join(baseDir, "migration_lock.toml"), "utf-8").catch(() => null),
  };
  const entries = await fs.readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: "migration.sql",
          content: await fs
            .readFile(path.join(baseDir, entry.name, "migration.sql"), "utf-8")
            .then((value) => ({ tag: "ok" as const, value }))
            .catch((error: Error) => ({ tag: "error" as const, value: error.message })),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile, migrationDirectories, shadowDbInitScript: "" };
}

type SchemaFiles = { path: string; content: string }[];

/**
 * Runs `fn` with a fresh engine, then frees it and closes every pool it opened (engine.free()
 * does not dispose the adapters, and an open pg pool keeps node alive). Also returns the
 * extensions found in the shadow database(s) the engine used, see dropSatisfiedExtensions().
 */
async function withEngine<T>(
  options: EngineOptions,
  { schema }: { schema: boolean },
  fn: (engine: SchemaEngine, schemaFiles: SchemaFiles) => Promise<T>,
): Promise<{ result: T; shadowExtensions: Set<string> }> {
  const schemaPath = path.resolve(options.schemaPath ?? path.join(repoRoot, "prisma/schema.prisma"));
  const schemaFiles: SchemaFiles = schema
    ? [{ path: schemaPath, content: await fs.readFile(schemaPath, "utf-8") }]
    : [];
  const adapters = createAdapterFactory(options.databaseUrl);
  const bound = bindMigrationAwareSqlAdapterFactory(adapters.factory);
  const call = async <R>(step: () => Promise<R>): Promise<R> => {
    try {
      return await step();
    } catch (raw) {
      throw toEngineError(raw, bound.errorRegistry);
    }
  };
  let engine: SchemaEngine | undefined;
  try {
    engine = await call(() =>
      loadWasm().SchemaEngine.new(
        // `[]` panics in the engine ("at least one file"); undefined means "no schema".
        { datamodels: schema ? schemaFiles.map((f) => [f.path, f.content]) : undefined },
        engineLog,
        bound,
      ),
    );
    const ready = engine;
    const result = await call(() => fn(ready, schemaFiles));
    await adapters.disposeAll(); // closing a shadow database records its extensions
    return { result, shadowExtensions: adapters.shadowExtensions };
  } finally {
    engine?.free();
    await adapters.disposeAll();
  }
}

function engineLog(line: string): void {
  if (process.env.PRISMA_ENGINE_DEBUG) console.error("[schema-engine]", line);
}

/**
 * Engine rejections are Errors (SchemaConnectorError, with a P-code for known cases) or strings;
 * an error thrown by our adapter code reaches the engine only as "External error id#N", the
 * original staying in the bound factory's registry. Give all of them one type and a readable text.
 */
function toEngineError(raw: unknown, registry: ErrorRegistry): SchemaEngineError {
  if (raw instanceof SchemaEngineError) return raw;
  const panic = lastPanicMessage;
  lastPanicMessage = undefined;
  const { code, message } = (typeof raw === "object" && raw !== null ? raw : {}) as {
    code?: unknown;
    message?: unknown;
  };
  const pCode = typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
  let text = typeof message === "string" ? message : String(raw);
  const external = /External error id#(\d+)/.exec(text);
  const original = external && registry.consumeError(Number(external[1]))?.error;
  if (original) {
    text = text.replace(external[0], original instanceof Error ? original.message : String(original));
  }
  const error = new SchemaEngineError(
    `${pCode ? `${pCode}: ` : ""}${text}${panic ? `\n(engine panic: ${panic})` : ""}`,
    pCode,
  );
  error.cause = raw;
  return error;
}

// ---------------------------------------------------------------------------------------------
// Loading the wasm without --experimental-wasm-modules
// ---------------------------------------------------------------------------------------------

let wasmLoaded = false;
let lastPanicMessage: string | undefined;

/**
 * The package entry point imports the .wasm as an ES module, which plain node, tsx and vitest
 * reject; the `schema_engine_bg` subpath holds the JS glue, so we instantiate the wasm ourselves
 * (as the Prisma CLI does for its own wasm). Done once per process.
 */
function loadWasm(): typeof wasmBindings {
  if (wasmLoaded) return wasmBindings;
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const imports: Record<string, unknown> = { ...wasmBindings };
  for (const [name, fn] of Object.entries(wasmBindings)) {
    // The engine arms a 10 s advisory-lock timeout on every applyMigrations and never clears it;
    // unref it so a finished command does not keep node alive for 10 s.
    if (name.startsWith("__wbg_setTimeout_")) {
      imports[name] = (...args: unknown[]) => {
        const timer = (fn as (...a: unknown[]) => NodeJS.Timeout)(...args);
        timer.unref?.();
        return timer;
      };
    }
  }
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  // Without a registry a Rust panic surfaces as "Cannot read properties of undefined".
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message: string) => {
      lastPanicMessage = message;
    },
  };
  wasmBindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  wasmLoaded = true;
  return wasmBindings;
}

// ---------------------------------------------------------------------------------------------
// adapter-pg, with the fixes the engine needs (adapter-pg 7.10.1)
// ---------------------------------------------------------------------------------------------

/**
 * adapter-pg cannot map column type OID 18 ("char"), which the engine's introspection queries
 * return (pg_constraint.contype, ...). Relabel it as text (OID 25) before the adapter sees it; the
 * value is already a one-character string.
 */
class CharAsTextClient extends pg.Client {
  _handleRowDescription(message: { fields: { dataTypeID: number }[] }): void {
    for (const field of message.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    // @ts-expect-error -- internal pg method, stable across pg 8.x
    super._handleRowDescription(message);
  }
}

interface AdapterHooks {
  /** Runs on the new pool before the engine gets the adapter. */
  afterOpen?: (pool: pg.Pool) => Promise<void>;
  /** Runs on the open pool just before it is closed. */
  beforeClose?: (pool: pg.Pool) => Promise<void>;
  /** Runs once the pool is closed. */
  afterClose?: () => Promise<void>;
}

/** One pooled adapter on `url`, with adapter-pg's script and dispose behaviour fixed. */
async function openAdapter(url: string, hooks: AdapterHooks = {}): Promise<SqlDriverAdapter> {
  // Small pool: the engine runs one statement at a time, and every connection counts against
  // PGlite's maxConnections when DATABASE_URL points at the embedded server.
  const pool = new pg.Pool({ connectionString: url, Client: CharAsTextClient, max: 2 });
  const adapter = await new PrismaPg(pool).connect();
  // adapter-pg splits scripts on ";" (breaking $$ bodies and strings) and runs the pieces one by
  // one (a failed migration leaves its first statements behind). A simple-protocol query without
  // parameters sends the script whole, and PostgreSQL runs a multi-statement query atomically.
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  // adapter.dispose() leaves an external pool open; close it here, once.
  let disposed: Promise<void> | undefined;
  adapter.dispose = () =>
    (disposed ??= (async () => {
      try {
        await hooks.beforeClose?.(pool);
      } finally {
        await pool.end();
        await hooks.afterClose?.();
      }
    })());
  try {
    await hooks.afterOpen?.(pool);
  } catch (error) {
    await adapter.dispose();
    throw error;
  }
  return adapter;
}

/**
 * Replaces PrismaPg's own shadow database handling, which (with a connection string) connects the
 * "shadow" to the main database, and drops it before closing its pool ("being accessed by other
 * users"), leaving prisma_migrate_shadow_db_* behind. Adds to `created` the extensions that the
 * replayed migration history installed (see dropSatisfiedExtensions).
 */
async function openShadowAdapter(url: string, created: Set<string>): Promise<SqlDriverAdapter> {
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "_")}`;
  await runAdminStatement(url, `CREATE DATABASE "${name}"`);
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const listExtensions = async (pool: pg.Pool) =>
    (await pool.query<{ extname: string }>("SELECT extname FROM pg_extension")).rows.map((row) => row.extname);
  let preinstalled: string[] = []; // whatever template1 gives every new database
  return openAdapter(shadowUrl.toString(), {
    afterOpen: async (pool) => {
      // pglite-socket serves its one database whatever name is asked for: the "shadow" would be
      // the real database, which the engine would then replay the whole history into.
      const { rows } = await pool.query<{ db: string }>("SELECT current_database() AS db");
      if (rows[0]?.db !== name) {
        throw new SchemaEngineError(
          "This server does not give the shadow database its own connection (an embedded PGlite?). " +
            "Run `create` and `diff` against a PostgreSQL server.",
        );
      }
      preinstalled = await listExtensions(pool);
    },
    beforeClose: async (pool) => {
      for (const ext of await listExtensions(pool)) if (!preinstalled.includes(ext)) created.add(ext);
    },
    afterClose: () => runAdminStatement(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  });
}

async function runAdminStatement(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The engine's adapter factory, remembering every adapter so that all of them get closed. */
function createAdapterFactory(databaseUrl: string) {
  const opened: SqlDriverAdapter[] = [];
  const shadowExtensions = new Set<string>();
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const ready = await adapter;
    opened.push(ready);
    return ready;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => track(openAdapter(databaseUrl)),
    connectToShadowDb: () => track(openShadowAdapter(databaseUrl, shadowExtensions)),
  };
  const disposeAll = async () => {
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  };
  return { factory, disposeAll, shadowExtensions };
}
