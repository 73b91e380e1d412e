// Shared pieces of `npm run bench`: a fresh database, a running `next start` on it, and timing helpers
// that report p50/p95 beside the raw-SQL baseline of the same query.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { findFreePort } from "../db/embedded-postgres.ts";
import { processTree } from "../process-tree.ts";

export const root = path.resolve(import.meta.dirname, "..", "..");

export type BenchContext = {
  databaseUrl: string;
  prisma: PrismaClient;
  /** A raw pg pool for baselines (EXPLAIN ANALYZE, COPY). */
  pool: pg.Pool;
  /** Base URL of a `next start` serving this database, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** Process id of that server, for memory readings (see residentSetBytes). */
  serverPid: number;
};

export type BenchSection = { name: string; run: (context: BenchContext) => Promise<BenchRow[]> };

export type BenchRow = {
  section: string;
  case: string;
  p50Ms: number;
  p95Ms: number;
  /** What p50/p95 measure: milliseconds (default) or megabytes. */
  unit?: "ms" | "MB";
  baselineMs?: number;
  target?: string;
  /** Whether the target was met; undefined when there is no target. */
  met?: boolean;
  note?: string;
};

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times; returns the durations in ms. */
export async function measure(fn: () => Promise<unknown>, { iterations = 30, warmup = 3 } = {}): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** PostgreSQL's own execution time for a query (EXPLAIN ANALYZE "Execution Time"), median of runs. */
export async function sqlExecutionMs(pool: pg.Pool | pg.PoolClient, sql: string, params: unknown[] = [], runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const plan = result.rows[0]["QUERY PLAN"][0] as { "Execution Time": number; "Planning Time": number };
    times.push(plan["Execution Time"] + plan["Planning Time"]);
  }
  return percentile(times, 50);
}

/**
 * Starts `next start` on a free port against `databaseUrl`, with `extraEnv` added to this process's
 * environment (e.g. a cache switched off); builds first if there is no build.
 */
export async function startNextServer(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
): Promise<{ baseUrl: string; pid: number; stop: () => Promise<void> }> {
  const nextBin = path.join(root, "node_modules", ".bin", "next");
  const env = { ...process.env, ...extraEnv, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    await new Promise<void>((resolve, reject) => {
      const build = spawn(nextBin, ["build"], { cwd: root, env, stdio: "inherit" });
      build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build exited ${code}`))));
    });
  }
  const port = await findFreePort();
  // BENCH_SERVER_NODE_ARGS (e.g. --trace-gc, which NODE_OPTIONS refuses) and BENCH_SERVER_LOG (a file for the
  // server's output) are for looking inside a server while a section runs.
  const log = process.env.BENCH_SERVER_LOG ? openSync(process.env.BENCH_SERVER_LOG, "a") : null;
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const nextScript = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, nextScript, "start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", log ?? "ignore", log ?? "inherit"] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(baseUrl + "/api/ready");
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("next start did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (child.pid === undefined) throw new Error("next start did not start");
  return {
    baseUrl,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Resident memory of the process tree in bytes (VmRSS from /proc/<pid>/status). */
export function residentSetBytes(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${member}/status`, "utf8"));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

export function printTable(rows: BenchRow[]): void {
  const header = ["section", "case", "p50", "p95", "SQL ms", "target", "met", "note"];
  const lines = rows.map((row) => [
    row.section,
    row.case,
    `${row.p50Ms.toFixed(1)} ${row.unit ?? "ms"}`,
    `${row.p95Ms.toFixed(1)} ${row.unit ?? "ms"}`,
    row.baselineMs === undefined ? "" : row.baselineMs.toFixed(1),
    row.target ?? "",
    row.met === undefined ? "" : row.met ? "yes" : "NO",
    row.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ");
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
}
