// `npm test`: every suite, on real parts, from a fresh machine.
//   0. lint (ESLint, zero warnings) and the type check;
//   1. unit + integration (vitest) on a real PostgreSQL; on embedded PGlite when none is reachable
//      (and said so), except under CI=true, which insists on the real server;
//   2. end-to-end (Playwright, Debian chromium) against `next start` on a fresh, seeded database;
//   3. the container image, built and run (scripts/container/), when a Docker daemon answers; under CI=true
//      a missing daemon is a failure (.ci/run installs and starts one).
// Ends with one line `N passed, N failed` summing every suite; exits non-zero on any failure.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { assertDatabaseReachable } from "./db/reachable.ts";
import { findFreePort } from "./db/embedded-postgres.ts";
import { redactDatabaseUrl } from "../lib/env.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
// `npm run test:e2e -- e2e/captures.spec.ts` runs the named specs only (positionals go to Playwright).
const { values: flags, positionals: playwrightArgs } = parseArgs({ options: { only: { type: "string" } }, allowPositionals: true });
const runUnit = !flags.only || flags.only === "unit";
const runE2e = !flags.only || flags.only === "e2e";
const runContainer = !flags.only || flags.only === "container";

type Tally = { suite: string; passed: number; failed: number; skipped: number };

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function chooseDatabaseMode(): Promise<"postgres" | "pglite"> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  process.env.TEST_DATABASE_URL = serverUrl;
  try {
    await assertDatabaseReachable(serverUrl);
    console.log(`Database suites run on PostgreSQL at ${redactDatabaseUrl(serverUrl)} (a fresh database per run).`);
    return "postgres";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === "true") throw new Error(`${reason}\nCI=true requires a real PostgreSQL server.`);
    console.log(`${reason}\n>>> No PostgreSQL reachable: running the database suites on embedded PGlite instead.`);
    return "pglite";
  }
}

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing: installing Debian's package (apt-get install chromium)…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    const installed = findChromium();
    if (installed) return installed;
  }
  console.log("Trying Playwright's own Chromium download…");
  const download = spawnSync(bin("playwright"), ["install", "chromium"], { stdio: "inherit" });
  if (download.status === 0) return "";
  throw new Error("No Chromium found. Install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH.");
}

async function runLint(env: NodeJS.ProcessEnv): Promise<Tally> {
  console.log("Lint (eslint --max-warnings 0 .)…");
  const { code } = await run(bin("eslint"), ["--max-warnings", "0", "."], env);
  return { suite: "lint", passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

async function runTypecheck(env: NodeJS.ProcessEnv): Promise<Tally> {
  console.log("Type check (tsc --noEmit)…");
  const { code } = await run(bin("tsc"), ["--noEmit"], env);
  return { suite: "typecheck", passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

async function runVitest(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Tally> {
  const { code, output } = await run(bin("vitest"), ["run", ...args], env);
  const match = /vitest: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(output);
  if (!match) return { suite: "vitest", passed: 0, failed: Math.max(code, 1), skipped: 0 };
  const [, passed, failed, skipped] = match.map(Number) as [number, number, number, number];
  // A non-zero exit with no failed test (e.g. a crash after the run) still counts as a failure.
  return { suite: "vitest", passed, failed: failed || (code !== 0 ? 1 : 0), skipped };
}

async function runPlaywright(env: NodeJS.ProcessEnv): Promise<Tally> {
  const { createTestDatabase } = await import("../test/db.ts");
  const { createTestPrisma } = await import("../test/db.ts");
  const { seedDatabase } = await import("../prisma/seed/seed.ts");
  const database = await createTestDatabase({ prefix: "e2e" });
  try {
    const prisma = createTestPrisma(database.databaseUrl);
    try {
      await seedDatabase(prisma);
    } finally {
      await prisma.$disconnect();
    }
    // Standalone output, as the container image builds it, so e2e/standalone.spec.ts can smoke-test that server.
    const e2eEnv = { ...env, DATABASE_URL: database.databaseUrl, E2E_PORT: String(await findFreePort()), NEXT_OUTPUT: "standalone" };
    const build = await run(bin("next"), ["build"], e2eEnv);
    if (build.code !== 0) return { suite: "playwright", passed: 0, failed: 1, skipped: 0 };
    const resultsFile = path.join(root, "test-results", "e2e-results.json");
    rmSync(resultsFile, { force: true });
    const { code } = await run(bin("playwright"), ["test", ...playwrightArgs], e2eEnv);
    if (!existsSync(resultsFile)) return { suite: "playwright", passed: 0, failed: Math.max(code, 1), skipped: 0 };
    const stats = JSON.parse(readFileSync(resultsFile, "utf8")).stats as { expected: number; unexpected: number; flaky: number; skipped: number };
    return { suite: "playwright", passed: stats.expected, failed: stats.unexpected + stats.flaky || (code !== 0 ? 1 : 0), skipped: stats.skipped };
  } finally {
    await database.drop();
  }
}

function dockerProblem(): string | null {
  const info = spawnSync("docker", ["info", "--format", "{{.ServerVersion}}"], { encoding: "utf8" });
  if (info.error) return `no docker command (${info.error.message})`;
  return info.status === 0 ? null : (info.stderr.trim().split("\n").at(-1) ?? `docker info exited ${info.status}`);
}

async function runContainerSuite(env: NodeJS.ProcessEnv): Promise<Tally | null> {
  const problem = dockerProblem();
  if (problem) {
    console.log(`Container suite not run: ${problem}.`);
    return process.env.CI === "true" ? { suite: "container", passed: 0, failed: 1, skipped: 0 } : null;
  }
  console.log("Container image: build and run (several minutes)…");
  const tally = await runVitest(env, ["--config", "vitest.container.config.ts"]);
  return { ...tally, suite: "container" };
}

async function main(): Promise<number> {
  const mode = await chooseDatabaseMode();
  const env: NodeJS.ProcessEnv = { ...process.env, TEST_DB_MODE: mode, NEXT_TELEMETRY_DISABLED: "1" };
  if (mode === "pglite") process.env.TEST_DB_MODE = "pglite";
  const tallies: Tally[] = [];
  if (runUnit) {
    tallies.push(await runLint(env));
    tallies.push(await runTypecheck(env));
    tallies.push(await runVitest(env));
  }
  if (runE2e) {
    const chromium = ensureChromium();
    if (chromium) env.CHROMIUM_PATH = chromium;
    tallies.push(await runPlaywright(env));
  }
  if (runContainer && mode === "postgres") {
    const tally = await runContainerSuite(env);
    if (tally) tallies.push(tally);
  }
  const total = tallies.reduce((sum, t) => ({ passed: sum.passed + t.passed, failed: sum.failed + t.failed, skipped: sum.skipped + t.skipped }), { passed: 0, failed: 0, skipped: 0 });
  console.log("");
  for (const t of tallies) console.log(`${t.suite}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 || total.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
