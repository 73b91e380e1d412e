// `npm run bench -- export`: GET /api/export/events.csv against `next start` at two sizes of the same
// dataset (about 100,000 and 500,000 rows), beside PostgreSQL's own `COPY (the same query) TO STDOUT WITH
// CSV`, and the server's resident memory while it streams (on a server of its own: see `run`).
//   - Throughput: rows per second of the download (read to the end, bytes counted, not kept) over the
//     rows per second of the COPY, which runs the export's own statement (eventsSql) over the view's
//     candidates in the view's order in one pass. Target: >= 0.5x COPY. Measured as browsers ask (gzip;
//     this process then spends CPU decoding on the same two cores as the server) and without encoding.
//   - Memory: the server's RSS (process tree, /proc) sampled every 20 ms during the download, minus its
//     RSS just before. Target: < 100 MB, and about the same at both sizes (streaming, not buffering).
import { performance } from "node:perf_hooks";
import { to as copyTo } from "pg-copy-streams";
import { eventsSql } from "../../lib/export/kinds/events-query.ts";
import { percentile, residentSetBytes, startNextServer, type BenchContext, type BenchRow, type BenchSection } from "./harness.ts";

const TARGET_COPY_RATIO = 0.5;
const TARGET_GROWTH_MB = 100;
const RUNS = 3;
const MB = 1024 * 1024;

/** Two views of the dataset: one class (about a fifth of the rows) and everything. */
const CASES = [
  { name: "class=GIP_GLP1_RA", query: "class=GIP_GLP1_RA", candidates: `WHERE "mechanismClass" = 'GIP_GLP1_RA'` },
  { name: "every candidate", query: "", candidates: "" },
];

/** The view's candidates with their position in the view (the dashboard's default order: name, then id). */
const viewSource = (where: string) => `SELECT id, row_number() OVER (ORDER BY "nameEn", id) AS ord FROM "Candidate" ${where}`;

/** Counts the bytes and lines of chunks as they pass, keeping none of them. */
function byteAndLineCounter(): { count: (chunk: Uint8Array) => void; totals: { bytes: number; lines: number } } {
  const totals = { bytes: 0, lines: 0 };
  const count = (chunk: Uint8Array) => {
    totals.bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) totals.lines++;
  };
  return { count, totals };
}

async function copyBaseline(context: BenchContext, where: string): Promise<{ ms: number; rows: number; bytes: number }> {
  const client = await context.pool.connect();
  try {
    const { count, totals } = byteAndLineCounter();
    const start = performance.now();
    for await (const chunk of client.query(copyTo(`COPY (${eventsSql(viewSource(where))}) TO STDOUT WITH CSV`))) count(chunk as Buffer);
    return { ms: performance.now() - start, rows: totals.lines, bytes: totals.bytes };
  } finally {
    client.release();
  }
}

/** The Accept-Encoding of each measured download: what browsers send, and none. */
const ENCODINGS = ["gzip, deflate, br", "identity"] as const;

/** One download with the server's memory sampled meanwhile. */
async function download(context: BenchContext, query: string, acceptEncoding: string = ENCODINGS[0]): Promise<{ ms: number; rows: number; bytes: number; growthBytes: number; peakBytes: number; beforeBytes: number }> {
  const beforeBytes = residentSetBytes(context.serverPid);
  let peakBytes = beforeBytes;
  const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, residentSetBytes(context.serverPid))), 20);
  try {
    const start = performance.now();
    // fetch decodes a gzip body itself, so lines and bytes are counted on the CSV either way.
    const response = await fetch(`${context.baseUrl}/api/export/events.csv${query ? `?${query}` : ""}`, { headers: { "accept-encoding": acceptEncoding } });
    if (!response.ok || !response.body) throw new Error(`events.csv answered ${response.status}: ${await response.text()}`);
    const { count, totals } = byteAndLineCounter();
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) count(chunk.value);
    const ms = performance.now() - start;
    peakBytes = Math.max(peakBytes, residentSetBytes(context.serverPid));
    // The header line is not a row; quoted cells here hold no line breaks (a checked assumption: the row
    // count must equal COPY's, see below).
    return { ms, rows: totals.lines - 1, bytes: totals.bytes, growthBytes: peakBytes - beforeBytes, peakBytes, beforeBytes };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * The section runs on a server of its own. On the server the other sections had used, one download grew
 * RSS by 250-350 MB in each of three full runs (never with the export section alone): `--trace-gc` showed V8's old generation still holding
 * 300-500 MB of garbage from the dashboard and timeline sections, young objects surviving scavenges at about
 * 60% instead of 1% until the next full collection freed it, and the same downloads growing RSS by a few
 * MB afterwards. That is a measure of what ran before, not of the export.
 */
async function run(shared: BenchContext): Promise<BenchRow[]> {
  const server = await startNextServer(shared.databaseUrl);
  try {
    return await measure({ ...shared, baseUrl: server.baseUrl, serverPid: server.pid });
  } finally {
    await server.stop();
  }
}

async function measure(context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // One small export first, so the route's first-load cost (code, caches) is not counted as growth.
  await download(context, "class=OTHER");
  for (const benchCase of CASES) {
    const copies = [];
    for (let i = 0; i < RUNS; i++) copies.push(await copyBaseline(context, benchCase.candidates));
    const byEncoding = [];
    for (const encoding of ENCODINGS) {
      const downloads = [];
      for (let i = 0; i < RUNS; i++) downloads.push(await download(context, benchCase.query, encoding));
      byEncoding.push({ encoding, downloads });
    }
    const expectedRows = copies[0]!.rows;
    const copyMs = percentile(copies.map((result) => result.ms), 50);
    const rowsPerSecond = (ms: number) => Math.round(expectedRows / (ms / 1000)).toLocaleString("en");
    for (const { encoding, downloads } of byEncoding) {
      for (const result of downloads) {
        if (result.rows !== expectedRows) throw new Error(`${benchCase.name}: the export wrote ${result.rows} rows, COPY ${expectedRows}`);
      }
      const exportMs = downloads.map((result) => result.ms);
      const p50 = percentile(exportMs, 50);
      const ratio = copyMs / p50;
      rows.push({
        section: "export",
        case: `events.csv, ${benchCase.name}: download, Accept-Encoding ${encoding.split(",")[0]}`,
        p50Ms: p50,
        p95Ms: percentile(exportMs, 95),
        baselineMs: copyMs,
        target: `>= ${TARGET_COPY_RATIO}x COPY rows/s`,
        met: ratio >= TARGET_COPY_RATIO,
        note:
          `${expectedRows.toLocaleString("en")} rows, ${(downloads[0]!.bytes / MB).toFixed(0)} MB CSV (COPY ${(copies[0]!.bytes / MB).toFixed(0)} MB); ` +
          `${rowsPerSecond(p50)} rows/s vs COPY ${rowsPerSecond(copyMs)} rows/s = ${ratio.toFixed(2)}x`,
      });
    }
    const downloads = byEncoding.flatMap((entry) => entry.downloads);
    const growth = downloads.map((result) => result.growthBytes / MB);
    const worst = downloads.reduce((a, b) => (b.growthBytes > a.growthBytes ? b : a));
    rows.push({
      section: "export",
      case: `events.csv, ${benchCase.name}: server RSS growth`,
      p50Ms: percentile(growth, 50),
      p95Ms: Math.max(...growth),
      unit: "MB",
      target: `< ${TARGET_GROWTH_MB} MB`,
      met: Math.max(...growth) < TARGET_GROWTH_MB,
      note: `worst run: RSS ${(worst.beforeBytes / MB).toFixed(0)} -> peak ${(worst.peakBytes / MB).toFixed(0)} MB; p95 column = worst of ${downloads.length}`,
    });
  }
  return rows;
}

export const exportBench: BenchSection = { name: "export", run };
