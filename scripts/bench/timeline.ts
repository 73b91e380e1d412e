// `npm run bench -- timeline`: the portfolio timeline for 1,000 lanes on the 50,000-candidate dataset.
// Measures the server data function (what the page and /api/timeline call), the HTTP round trips of the
// JSON API and the rendered page, and the review-clock sort, each beside a raw-SQL baseline of the same reads.
import { parseCandidateSearchParams } from "../../lib/search-params.ts";
import { loadTimeline } from "../../lib/timeline/load-timeline.ts";
import { TIMELINE_MAX_CANDIDATES } from "../../lib/timeline/view-params.ts";
import { measure, percentile, sqlExecutionMs, type BenchContext, type BenchRow, type BenchSection } from "./harness.ts";

const TARGET_MS = 500;
const today = new Date(Date.UTC(2026, 10, 24));

/** Every row the timeline reads for the first 1,000 candidates in `orderBy`, fetched by PostgreSQL alone. */
function baselineSql(candidateFilter: string, orderBy: string): string {
  return `
    WITH c AS (SELECT id FROM "Candidate" c WHERE ${candidateFilter} ORDER BY ${orderBy} LIMIT ${TIMELINE_MAX_CANDIDATES}),
         p AS (SELECT p.* FROM "Program" p WHERE p."candidateId" IN (SELECT id FROM c)),
         e AS (SELECT e.* FROM "StageEvent" e WHERE e."programId" IN (SELECT id FROM p)),
         a AS (SELECT a.* FROM "Application" a WHERE a."programId" IN (SELECT id FROM p)),
         s AS (SELECT s.* FROM "ClockStop" s WHERE s."applicationId" IN (SELECT id FROM a)),
         d AS (SELECT d.* FROM "Designation" d WHERE d."programId" IN (SELECT id FROM p)),
         r AS (SELECT r.* FROM "ReimbursementListing" r WHERE r."programId" IN (SELECT id FROM p))
    SELECT (SELECT count(*) FROM "Candidate" c WHERE ${candidateFilter}) AS total,
           (SELECT count(*) FROM p) AS programs, (SELECT count(*) FROM e) AS events, (SELECT count(*) FROM a) AS applications,
           (SELECT count(*) FROM s) AS stops, (SELECT count(*) FROM d) AS designations, (SELECT count(*) FROM r) AS listings`;
}

const BTD_FILTER = `EXISTS (SELECT 1 FROM "Program" p JOIN "Designation" d ON d."programId" = p.id
                            WHERE p."candidateId" = c.id AND d.type = 'BREAKTHROUGH_THERAPY')`;

const CASES = [
  { name: "1,000 lanes, no filter", query: "", filter: "true", orderBy: `c."nameEn", c.id` },
  {
    name: "1,000 lanes, designation=BTD, sort=reviewClock",
    query: "designation=BREAKTHROUGH_THERAPY&sort=reviewClock",
    filter: BTD_FILTER,
    orderBy: `c."reviewDeadline" NULLS LAST, c.id`,
  },
];

function row(section: string, name: string, samples: number[], baselineMs: number, note?: string): BenchRow {
  const p95 = percentile(samples, 95);
  return { section, case: name, p50Ms: percentile(samples, 50), p95Ms: p95, baselineMs, target: `p95 <= ${TARGET_MS} ms`, met: p95 <= TARGET_MS, note };
}

async function run({ prisma, pool, baseUrl }: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const benchCase of CASES) {
    const { search, errors } = parseCandidateSearchParams(new URLSearchParams(benchCase.query));
    if (errors.length) throw new Error(`bench query ${benchCase.query}: ${JSON.stringify(errors)}`);
    const baseline = await sqlExecutionMs(pool, baselineSql(benchCase.filter, benchCase.orderBy));
    let lanes = 0;
    let items = 0;
    const dataSamples = await measure(
      async () => {
        const data = await loadTimeline(prisma, search, { today });
        lanes = data.candidates.length;
        items = data.candidates.reduce((sum, candidate) => sum + candidate.programs.reduce((n, program) => n + program.items.length, 0), 0);
      },
      { iterations: 15, warmup: 2 },
    );
    rows.push(row("timeline", `data function: ${benchCase.name}`, dataSamples, baseline, `${lanes} candidates, ${items} items`));

    let bytes = 0;
    const apiSamples = await measure(
      async () => {
        const response = await fetch(`${baseUrl}/api/timeline${benchCase.query ? `?${benchCase.query}` : ""}`);
        if (!response.ok) throw new Error(`/api/timeline answered ${response.status}`);
        bytes = (await response.arrayBuffer()).byteLength;
      },
      { iterations: 15, warmup: 2 },
    );
    rows.push(row("timeline", `GET /api/timeline: ${benchCase.name}`, apiSamples, baseline, `${(bytes / 1e6).toFixed(1)} MB JSON`));

    // The page carries the first screen's items; the browser then reads every lane from /api/timeline.
    const fetchPage = async () => {
      const response = await fetch(`${baseUrl}/timeline${benchCase.query ? `?${benchCase.query}` : ""}`);
      if (!response.ok) throw new Error(`/timeline answered ${response.status}`);
      return (await response.arrayBuffer()).byteLength;
    };
    const pageSamples = await measure(async () => void (bytes = await fetchPage()), { iterations: 15, warmup: 2 });
    rows.push(row("timeline", `GET /timeline page (first screen): ${benchCase.name}`, pageSamples, baseline, `${(bytes / 1e6).toFixed(1)} MB HTML`));
    const wholeSamples = await measure(
      async () => {
        await fetchPage();
        const response = await fetch(`${baseUrl}/api/timeline${benchCase.query ? `?${benchCase.query}` : ""}`);
        if (!response.ok) throw new Error(`/api/timeline answered ${response.status}`);
        await response.arrayBuffer();
      },
      { iterations: 10, warmup: 1 },
    );
    rows.push({
      ...row("timeline", `page, then every lane's items: ${benchCase.name}`, wholeSamples, baseline, "what a browser fetches in all"),
      target: undefined,
      met: undefined,
    });
  }

  const sortBaseline = await sqlExecutionMs(pool, `SELECT id FROM "Candidate" ORDER BY "reviewDeadline" ASC NULLS LAST, id ASC LIMIT 50`);
  const sortSamples = await measure(async () => {
    const response = await fetch(`${baseUrl}/api/candidates?sort=reviewClock`);
    if (!response.ok) throw new Error(`/api/candidates answered ${response.status}`);
    await response.arrayBuffer();
  });
  rows.push(row("timeline", "GET /api/candidates?sort=reviewClock (50 rows)", sortSamples, sortBaseline, "Candidate.reviewDeadline index"));
  return rows;
}

export const timelineBench: BenchSection = { name: "timeline", run };
