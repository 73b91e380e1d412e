// `npm run bench -- captures`: official-list captures against the 50,000-candidate dataset, over HTTP as the
// review screen and integrations call them (bearer token).
// - diff: POST /api/captures with a 5,000-row acceptance directory (4,000 recorded 受理号, 1,000 new ones
//   on known candidates, matched by name): read, detect, diff, store. Target p95 <= 2 s. Baseline: the same
//   受理号 lookup as one `= ANY($1)` query.
// - apply: 1,000 accepted status changes (a review-task capture moving INDs to 发补 and back), one transaction
//   through the mutations. Target <= 5 s. Baseline: one UPDATE of the same rows.
// - memory: the server's resident set before and after the section. Target growth < 100 MB.
import { createHash, randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { percentile, residentSetBytes, type BenchContext, type BenchRow, type BenchSection } from "./harness.ts";

const DIFF_ROWS = 5_000;
const NEW_ROWS = 1_000;
const APPLY_ROWS = 1_000;
const DIFF_ITERATIONS = 8;
const APPLY_ITERATIONS = 4;
const TARGET_DIFF_P95_MS = 2_000;
const TARGET_APPLY_MS = 5_000;
const TARGET_GROWTH_MB = 100;

/** In every capture's title: a kept dataset (BENCH_DATABASE_URL) must not find this run's captures already stored. */
const BENCH_RUN = Date.now().toString(36);

const ACCEPTANCE_HEADER = ["序号", "受理号", "药品名称", "药品类型", "申请类型", "注册分类", "企业名称", "承办日期"];
const REVIEW_HEADER = ["序号", "受理号", "药品名称", "进入中心时间", "审评状态", "药理毒理", "临床", "药学", "统计", "临床药理", "合规", "备注"];

async function bearerToken(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ id: number }>(
    `INSERT INTO "User" (email, name, "passwordHash", role, "updatedAt") VALUES ('bench-captures@example.com', 'Bench', 'x', 'ANALYST', now())
     ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id`,
  );
  const token = `pt_${randomBytes(32).toString("base64url")}`;
  await pool.query(`INSERT INTO "ApiToken" (name, "tokenHash", "userId") VALUES ('bench-captures', $1, $2)`, [createHash("sha256").update(token).digest("hex"), rows[0]!.id]);
  return token;
}

type AcceptanceRow = { acceptanceNumber: string; name: string; company: string | null; acceptanceDate: string };

async function acceptanceRows(pool: pg.Pool): Promise<AcceptanceRow[]> {
  const recorded = await pool.query<AcceptanceRow>(
    `SELECT a."acceptanceNumber", c."nameZh" AS name, co."nameZh" AS company, to_char(a."acceptanceDate", 'YYYY/FMMM/FMDD') AS "acceptanceDate"
     FROM "Application" a JOIN "Program" p ON p.id = a."programId" JOIN "Candidate" c ON c.id = p."candidateId" LEFT JOIN "Company" co ON co.id = a."applicantId"
     WHERE a."acceptancePrecision" = 'DAY' ORDER BY md5(a.id::text) LIMIT $1`,
    [DIFF_ROWS - NEW_ROWS],
  );
  const fresh = await pool.query<AcceptanceRow>(
    `SELECT 'CXHL27' || to_char(row_number() OVER (), 'FM00000') AS "acceptanceNumber", c."nameZh" AS name, NULL AS company, '2026/11/20' AS "acceptanceDate"
     FROM "Candidate" c WHERE EXISTS (SELECT 1 FROM "Program" p WHERE p."candidateId" = c.id AND p."drugCategory" = 'CHEMICAL')
     ORDER BY md5(c.id::text) LIMIT $1`,
    [NEW_ROWS],
  );
  return [...recorded.rows, ...fresh.rows];
}

function acceptancePaste(rows: readonly AcceptanceRow[], run: number): string {
  const lines = [`受理品种目录（基准 ${BENCH_RUN} 第 ${run} 次）`, ACCEPTANCE_HEADER.join("\t")];
  rows.forEach((row, index) => {
    const type = row.acceptanceNumber.startsWith("CXHL") ? "临床试验" : "新药";
    lines.push([String(index + 1), row.acceptanceNumber, `${row.name}注射液`, "化药", type, "1", row.company ?? "", row.acceptanceDate].join("\t"));
  });
  lines.push(`共 ${rows.length} 条`);
  return lines.join("\n");
}

async function post(context: BenchContext, token: string, path: string, body: unknown): Promise<{ ms: number; body: Record<string, unknown> }> {
  const start = performance.now();
  const response = await fetch(`${context.baseUrl}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  return { ms, body: json };
}

async function wallMs(pool: pg.Pool, sql: string, params: unknown[], runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await pool.query(sql, params);
    samples.push(performance.now() - start);
  }
  return percentile(samples, 50);
}

async function benchDiff(context: BenchContext, token: string): Promise<BenchRow> {
  const rows = await acceptanceRows(context.pool);
  const samples: number[] = [];
  let proposals: unknown;
  for (let run = 0; run <= DIFF_ITERATIONS; run++) {
    const { ms, body } = await post(context, token, "/api/captures", { text: acceptancePaste(rows, run), sourceUrl: "https://www.cde.org.cn/main/xxgk/listpage/bench" });
    if (run > 0) samples.push(ms);
    proposals = body.proposals;
  }
  const numbers = rows.map((row) => row.acceptanceNumber);
  const baseline = await wallMs(context.pool, `SELECT id, "acceptanceNumber", status, version, "programId" FROM "Application" WHERE "acceptanceNumber" = ANY($1)`, [numbers]);
  const p95 = percentile(samples, 95);
  return {
    section: "captures",
    case: `diff ${rows.length}-row acceptance directory (HTTP)`,
    p50Ms: percentile(samples, 50),
    p95Ms: p95,
    baselineMs: baseline,
    target: `p95 <= ${TARGET_DIFF_P95_MS} ms`,
    met: p95 <= TARGET_DIFF_P95_MS,
    note: `read+detect+diff+store; proposals ${JSON.stringify(proposals)}; SQL = the 受理号 lookup alone`,
  };
}

async function benchApply(context: BenchContext, token: string): Promise<BenchRow> {
  const { rows } = await context.pool.query<{ id: number; acceptanceNumber: string; name: string }>(
    `SELECT a.id, a."acceptanceNumber", c."nameZh" AS name FROM "Application" a JOIN "Program" p ON p.id = a."programId" JOIN "Candidate" c ON c.id = p."candidateId"
     WHERE a.type = 'IND' AND a.status = 'UNDER_REVIEW' AND a."statusDate" IS NULL ORDER BY a.id LIMIT $1`,
    [APPLY_ROWS],
  );
  if (rows.length < APPLY_ROWS) throw new Error(`The dataset has only ${rows.length} INDs under review`);
  const samples: number[] = [];
  for (let run = 0; run < APPLY_ITERATIONS; run++) {
    // 发补 then back to 正在审评: an allowed round trip, so every run applies 1,000 real changes.
    const wording = run % 2 === 0 ? "发补" : "正在审评";
    const lines = [`审评任务公示（基准 ${BENCH_RUN} 第 ${run} 次）`, REVIEW_HEADER.join("\t")];
    rows.forEach((row, index) => lines.push([String(index + 1), row.acceptanceNumber, `${row.name}注射液`, "2026-01-05", wording, "", "", "", "", "", "", ""].join("\t")));
    const capture = await post(context, token, "/api/captures", { text: lines.join("\n") });
    const counts = capture.body.proposals as Record<string, number>;
    if (counts.STATUS_CHANGE !== APPLY_ROWS) throw new Error(`Expected ${APPLY_ROWS} status changes, got ${JSON.stringify(counts)}`);
    const { ms, body } = await post(context, token, `/api/captures/${capture.body.id}/apply`, { accept: "all-valid" });
    if ((body.applied as unknown[]).length !== APPLY_ROWS) throw new Error(`Applied ${(body.applied as unknown[]).length} of ${APPLY_ROWS}: ${JSON.stringify(body).slice(0, 500)}`);
    samples.push(ms);
  }
  const ids = rows.map((row) => row.id);
  const client = await context.pool.connect();
  let baseline: number;
  try {
    await client.query("BEGIN");
    const start = performance.now();
    await client.query(`UPDATE "Application" SET version = version + 1, "updatedAt" = now() WHERE id = ANY($1)`, [ids]);
    baseline = performance.now() - start;
    await client.query("ROLLBACK");
  } finally {
    client.release();
  }
  const p95 = percentile(samples, 95);
  return {
    section: "captures",
    case: `apply ${APPLY_ROWS} accepted proposals (HTTP)`,
    p50Ms: percentile(samples, 50),
    p95Ms: p95,
    baselineMs: baseline,
    target: `<= ${TARGET_APPLY_MS} ms`,
    met: p95 <= TARGET_APPLY_MS,
    note: `one transaction, ${APPLY_ITERATIONS} runs (${samples.map((ms) => (ms / 1000).toFixed(1)).join(" / ")} s); each change through advanceApplicationStatus (checks, history, audit, deadlines); SQL = one UPDATE of the rows`,
  };
}

/**
 * One small capture diffed and applied before the memory baseline is taken: the first request of a route
 * loads and compiles its code, which is the server starting, not the captures' memory.
 */
async function warmUp(context: BenchContext, token: string): Promise<void> {
  const rows = (await acceptanceRows(context.pool)).slice(0, 50);
  await post(context, token, "/api/captures", { text: acceptancePaste(rows, -1), sourceUrl: "https://www.cde.org.cn/main/xxgk/listpage/bench" });
  const { rows: reviews } = await context.pool.query<{ acceptanceNumber: string; name: string }>(
    `SELECT a."acceptanceNumber", c."nameZh" AS name FROM "Application" a JOIN "Program" p ON p.id = a."programId" JOIN "Candidate" c ON c.id = p."candidateId"
     WHERE a.type = 'IND' AND a.status = 'UNDER_REVIEW' AND a."statusDate" IS NULL ORDER BY a.id DESC LIMIT 20`,
  );
  const lines = [`审评任务公示（基准 ${BENCH_RUN} 预热）`, REVIEW_HEADER.join("\t")];
  reviews.forEach((row, index) => lines.push([String(index + 1), row.acceptanceNumber, `${row.name}注射液`, "2026-01-05", "发补", "", "", "", "", "", "", ""].join("\t")));
  const capture = await post(context, token, "/api/captures", { text: lines.join("\n") });
  await post(context, token, `/api/captures/${capture.body.id}/apply`, { accept: "all-valid" });
}

/**
 * The server's resident memory once it has settled after the work. V8 keeps the heap it grew to while work
 * goes on and gives back what it no longer needs once the process is idle: its memory reducer starts 8 s after
 * the allocations stop (--gc-memory-reducer-start-delay-ms) and may run a few rounds. So: sampled every second
 * for at least 12 s, until five samples in a row differ by less than 2 MB (or 40 s pass). What stays is what
 * the work retained; the reading right after the work is printed beside it.
 */
async function settledResidentSet(pid: number): Promise<{ settled: number; samples: number[] }> {
  const samples = [residentSetBytes(pid)];
  const started = Date.now();
  for (let steady = 0; Date.now() - started < 40_000 && (steady < 5 || Date.now() - started < 12_000); ) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    samples.push(residentSetBytes(pid));
    steady = Math.abs(samples.at(-1)! - samples.at(-2)!) < 2 * 1024 * 1024 ? steady + 1 : 0;
  }
  return { settled: samples.at(-1)!, samples };
}

export const capturesBench: BenchSection = {
  name: "captures",
  async run(context) {
    const token = await bearerToken(context.pool);
    await warmUp(context, token);
    const before = residentSetBytes(context.serverPid);
    const diff = await benchDiff(context, token);
    const apply = await benchApply(context, token);
    const right = residentSetBytes(context.serverPid);
    const { settled, samples } = await settledResidentSet(context.serverPid);
    const mb = (bytes: number) => bytes / 1024 / 1024;
    const growthMb = mb(settled - before);
    return [
      diff,
      apply,
      {
        section: "captures",
        case: "server memory growth over the section",
        p50Ms: growthMb,
        p95Ms: growthMb,
        unit: "MB",
        target: `< ${TARGET_GROWTH_MB} MB`,
        met: growthMb < TARGET_GROWTH_MB,
        note: `RSS ${mb(before).toFixed(0)} MB before (warm), ${mb(right).toFixed(0)} MB right after the last apply, ${mb(settled).toFixed(0)} MB settled after ${samples.length - 1} s idle (${samples.map((bytes) => mb(bytes).toFixed(0)).join(" ")})`,
      },
    ];
  },
};
