// `npm start` (and `npm run dev -- --dev`): serve the dashboard with no setup.
// No DATABASE_URL: an embedded PGlite under .data/ is opened, migrated and seeded on first start.
// With DATABASE_URL: migrate on start, seed only when the database is empty or with --seed.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded-postgres.ts";
import { assertDatabaseReachable } from "./db/reachable.ts";
import { migrateDeploy } from "./db/engine.ts";
import { seedIfEmpty } from "./db/seed-if-empty.ts";
import { backfillDerivedColumns } from "./db/backfill.ts";
import { redactDatabaseUrl } from "../lib/env.ts";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");

const { values: flags } = parseArgs({
  options: { dev: { type: "boolean", default: false }, seed: { type: "boolean", default: false }, rebuild: { type: "boolean", default: false } },
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main(): Promise<number> {
  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.join(root, ".data", "pglite");
    console.log(`No DATABASE_URL: using the embedded PostgreSQL (PGlite) in ${path.relative(root, dataDir)}/`);
    embedded = await openEmbeddedPostgres({ dataDir });
    databaseUrl = embedded.databaseUrl;
  }
  try {
    await assertDatabaseReachable(databaseUrl);
    const { applied } = await migrateDeploy({ databaseUrl });
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
    const { pinyinSortKeys } = await backfillDerivedColumns(databaseUrl);
    if (pinyinSortKeys) console.log(`Filled the pinyin name order of ${pinyinSortKeys} candidate(s).`);
    const seeded = await seedIfEmpty({ databaseUrl, force: flags.seed });
    if (seeded) console.log("Seeded the database with the reference candidates.");

    const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
    const port = process.env.PORT ?? "3000";
    if (flags.dev) return await run(nextBin, ["dev", "-p", port], env);
    if (flags.rebuild || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
      console.log("Building the app (first start only; `npm start -- --rebuild` to rebuild)…");
      const code = await run(nextBin, ["build"], env);
      if (code !== 0) return code;
    }
    console.log(`Serving on http://localhost:${port} (database ${redactDatabaseUrl(databaseUrl)})`);
    return await run(nextBin, ["start", "-p", port], env);
  } finally {
    await embedded?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Known failures (unreachable database, failed migration) carry a message meant for a person.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
