// Time to first byte of the dashboard before and after i18n (issue #12: "grows by <= 10%"), measured on two
// `next start` servers that already run, each on its own freshly migrated and seeded database:
//
//   git worktree add /work/wt/before12 a8e08f1        # the commit before i18n; npm ci, prisma generate, next build
//   createdb -h 127.0.0.1 -U postgres ttfb_before      # and ttfb_after; `npm start` migrates and seeds an empty one
//   (cd /work/wt/before12 && PORT=3101 DATABASE_URL=postgresql://postgres@127.0.0.1:5432/ttfb_before npx tsx scripts/start.ts)
//   (PORT=3102 DATABASE_URL=postgresql://postgres@127.0.0.1:5432/ttfb_after npx tsx scripts/start.ts)
//   npx tsx scripts/bench/i18n-ttfb.ts --before http://127.0.0.1:3101 --after http://127.0.0.1:3102 [--requests 200] [--warmup 20] [--path /]
//
// The machine is shared, so the targets are sampled interleaved, one request at a time, each round in another
// order: a burst of load elsewhere then lands on every target alike instead of on whichever was being
// measured. Targets: the build before i18n (twice, see below), the build after with `Accept-Language: en`,
// and the build after with `Accept-Language: zh-CN` (its Chinese catalogue and pinyin name sort). TTFB is the time
// from sending the request on a kept-alive connection to the response's first byte (the headers: Next
// flushes them with the first chunk of the streamed page); the whole response's time and size are reported
// beside it, since the messages the page carries to the browser are part of the document.
import http from "node:http";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { percentile } from "./harness.ts";

const { values: options } = parseArgs({
  options: {
    before: { type: "string" },
    after: { type: "string" },
    path: { type: "string", default: "/" },
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    json: { type: "boolean", default: false },
  },
});
if (!options.before || !options.after) {
  console.error("usage: npx tsx scripts/bench/i18n-ttfb.ts --before <url> --after <url> [--path /] [--requests 200] [--warmup 20] [--json]");
  process.exit(2);
}

type Target = { name: string; base: string; language: string; agent: http.Agent };
type Sample = { ttfbMs: number; totalMs: number; bytes: number };

const agent = () => new http.Agent({ keepAlive: true, maxSockets: 1 });
// Two targets on each server, so that each server is asked twice a round and a request follows one on its
// own server as often on one as on the other (what the previous request left behind, garbage to collect
// among it, lands on the next one there). With one "before" target, the two "after" targets followed each
// other on their server while "before" never did, and the tail of whichever came second looked worse.
// The build before i18n has one language, so its two targets are the same request, pooled in the report.
const targets: Target[] = [
  { name: "before (a8e08f1)", base: options.before, language: "en-GB,en;q=0.9", agent: agent() },
  { name: "before (a8e08f1)", base: options.before, language: "en-GB,en;q=0.9", agent: agent() },
  { name: "after, en", base: options.after, language: "en-GB,en;q=0.9", agent: agent() },
  { name: "after, zh-CN", base: options.after, language: "zh-CN,zh;q=0.9", agent: agent() },
];

/** One GET, timed to the first byte of the response and to its end. A non-200 stops the run: it is no page. */
function sample(target: Target): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(new URL(options.path!, target.base), { agent: target.agent, headers: { "accept-language": target.language } }, (response) => {
      const ttfbMs = performance.now() - started;
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => {
        if (response.statusCode !== 200) reject(new Error(`${target.name}: HTTP ${response.statusCode} for ${options.path}`));
        else resolve({ ttfbMs, totalMs: performance.now() - started, bytes });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

/** Every order of the items (n! of them). */
function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

/**
 * Each round asks every target once, the rounds going through every order of the targets in turn: none is
 * always first or last, and each follows each other target equally often. `rounds` (--requests: the
 * requests of each target; the pooled "before" row has twice as many) is rounded up to whole cycles.
 */
async function interleaved(rounds: number): Promise<Sample[][]> {
  const samples: Sample[][] = targets.map(() => []);
  const orders = permutations(targets.map((_, index) => index));
  // Whole cycles of the orders only: a part cycle would put some targets first more often than others.
  const wholeCycles = Math.ceil(rounds / orders.length) * orders.length;
  for (let round = 0; round < wholeCycles; round++) {
    for (const index of orders[round % orders.length]!) samples[index]!.push(await sample(targets[index]!));
  }
  return samples;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

await interleaved(Number(options.warmup));
const samples = await interleaved(Number(options.requests));
// Targets of the same name (the two "before" ones) are one row.
const names = [...new Set(targets.map((target) => target.name))];
const rows = names.map((name) => {
  const own = targets.flatMap((target, index) => (target.name === name ? samples[index]! : []));
  return {
    target: name,
    requests: own.length,
    ttfbP50Ms: round1(percentile(own.map((s) => s.ttfbMs), 50)),
    ttfbP95Ms: round1(percentile(own.map((s) => s.ttfbMs), 95)),
    totalP50Ms: round1(percentile(own.map((s) => s.totalMs), 50)),
    htmlKB: round1(percentile(own.map((s) => s.bytes), 50) / 1024),
  };
});
const baseline = rows[0]!;
const withChange = rows.map((row) => ({
  ...row,
  p50Change: `${row.ttfbP50Ms >= baseline.ttfbP50Ms ? "+" : ""}${round1((row.ttfbP50Ms / baseline.ttfbP50Ms - 1) * 100)}%`,
  p95Change: `${row.ttfbP95Ms >= baseline.ttfbP95Ms ? "+" : ""}${round1((row.ttfbP95Ms / baseline.ttfbP95Ms - 1) * 100)}%`,
}));
if (options.json) console.log(JSON.stringify(withChange, null, 2));
else console.table(withChange);
for (const target of targets) target.agent.destroy();
