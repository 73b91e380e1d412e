// The benchmark's synthetic pipeline, generated inside PostgreSQL (INSERT … SELECT generate_series),
// because 50,000 candidates and ~500,000 events through an ORM would take minutes.
// Distributions are skewed like the real field: a few sponsors and classes dominate, most candidates
// never get a designation or a reimbursement listing, most programmes stop early.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { approximateReviewDeadlines, approximateReviewDurations } from "./dataset-review-deadlines.ts";

export type DatasetOptions = { databaseUrl: string; pool: pg.Pool; candidates?: number; sponsors?: number };
export type DatasetSummary = Record<string, number>;

const STAGES_BY_WEIGHT = `CASE
  WHEN r < 0.20 THEN 'PRECLINICAL' WHEN r < 0.27 THEN 'PRE_IND_MEETING' WHEN r < 0.36 THEN 'IND_FILED'
  WHEN r < 0.45 THEN 'IND_CLEARED' WHEN r < 0.58 THEN 'PHASE_1' WHEN r < 0.69 THEN 'PHASE_2'
  WHEN r < 0.77 THEN 'PHASE_3' WHEN r < 0.80 THEN 'PRE_NDA_MEETING' WHEN r < 0.83 THEN 'NDA_FILED'
  WHEN r < 0.87 THEN 'NDA_UNDER_REVIEW' WHEN r < 0.91 THEN 'APPROVED' WHEN r < 0.92 THEN 'CONDITIONALLY_APPROVED'
  WHEN r < 0.94 THEN 'LAUNCHED' WHEN r < 0.95 THEN 'POST_APPROVAL' WHEN r < 0.96 THEN 'NOT_APPROVED'
  ELSE 'DISCONTINUED' END`;

const CLASSES_BY_WEIGHT = `CASE
  WHEN r < 0.42 THEN 'GLP1_RA' WHEN r < 0.60 THEN 'GIP_GLP1_RA' WHEN r < 0.70 THEN 'GCG_GLP1_RA'
  WHEN r < 0.75 THEN 'GLP1_PYY' WHEN r < 0.80 THEN 'GIP_GLP1_GCG_RA' WHEN r < 0.85 THEN 'AMYLIN_ANALOG'
  WHEN r < 0.90 THEN 'GH_SECRETAGOGUE' WHEN r < 0.93 THEN 'GHRH_ANALOG' WHEN r < 0.97 THEN 'RESEARCH_PEPTIDE'
  ELSE 'OTHER' END`;

const INDICATIONS = ["Type 2 diabetes", "Chronic weight management", "MASH", "Obstructive sleep apnoea", "Heart failure (HFpEF)", "Chronic kidney disease", "Growth hormone deficiency"];

/** Runs one generation step and prints how long it took (the whole dataset takes tens of seconds). */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`  dataset: ${name} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

export async function generateDataset({ pool, candidates = 50_000, sponsors = 2_000 }: DatasetOptions): Promise<DatasetSummary> {
  const client = await pool.connect();
  try {
    await client.query("SELECT setseed(0.42)");
    await step("sponsors", () => client.query(
      `INSERT INTO "Company" ("nameEn", "nameZh", "updatedAt")
       SELECT 'Sponsor ' || g || ' Pharma', '医药' || g || '有限公司', now() FROM generate_series(1, $1) g`,
      [sponsors],
    ));
    // Sponsor ids skewed towards the first ones (random()^3): a few large sponsors, a long tail.
    await step("candidates", () => client.query(
      `INSERT INTO "Candidate" (slug, "nameEn", "nameZh", "codeNames", "brandNamesEn", "brandNamesZh", modality,
         "mechanismClass", targets, "originatorId", "researchOnly", "illustrative", "updatedAt")
       SELECT 'syn-' || g,
              initcap(substr(md5(g::text), 1, 6)) || 'glutide ' || g,
              '合成肽' || g,
              ARRAY['SYN-' || g], ARRAY[]::text[], ARRAY[]::text[],
              (CASE WHEN random() < 0.7 THEN 'SYNTHETIC_PEPTIDE' ELSE 'RECOMBINANT_PEPTIDE' END)::"Modality",
              (${CLASSES_BY_WEIGHT})::"MechanismClass",
              ARRAY['GLP-1R'],
              1 + floor($2 * power(random(), 3))::int,
              random() < 0.03, true, now() - random() * interval '900 days'
       FROM (SELECT g, random() AS r FROM generate_series(1, $1) g) s`,
      [candidates, sponsors],
    ));
    // 1 to 3 programmes per candidate (mean about 1.4). Every random draw sits in a target list over a
    // per-row source: an uncorrelated LATERAL (SELECT random()) is evaluated once for the whole query.
    await step("programs", () => client.query(
      `INSERT INTO "Program" ("candidateId", "indicationEn", "sponsorId", "drugCategory", origin, "currentStage",
         "illustrative", "updatedAt")
       SELECT s.id, ($1::text[])[1 + floor(s.ri * array_length($1::text[], 1))::int],
              -- most programmes are the originator's; some are licensed to another sponsor
              CASE WHEN s.rl < 0.85 THEN s."originatorId" ELSE 1 + floor($2 * power(s.rl, 4))::int END,
              (CASE WHEN s.rc < 0.6 THEN 'CHEMICAL' ELSE 'BIOLOGICAL' END)::"DrugCategory",
              (CASE WHEN s.ro < 0.8 THEN 'DOMESTIC' ELSE 'IMPORTED' END)::"Origin",
              (${STAGES_BY_WEIGHT})::"ProgramStage", true, now()
       FROM (SELECT c.id, c."originatorId", random() AS r, random() AS ri, random() AS rl, random() AS rc, random() AS ro
             FROM (SELECT id, "originatorId", CASE WHEN random() < 0.7 THEN 1 WHEN random() < 0.8 THEN 2 ELSE 3 END AS n
                   FROM "Candidate") c
             CROSS JOIN LATERAL generate_series(1, c.n)) s`,
      [INDICATIONS, sponsors],
    ));
    // 3 to 11 dated milestones per programme (about seven), spread over 2018-2026.
    await step("events", () => client.query(
      `INSERT INTO "StageEvent" ("programId", stage, "eventDate", "eventPrecision", "sourceConfidence", "illustrative")
       SELECT s.id, (${STAGES_BY_WEIGHT})::"ProgramStage", date '2018-01-01' + (s.rd * 3200)::int,
              (CASE WHEN s.rp < 0.85 THEN 'DAY' WHEN s.rp < 0.9 THEN 'MONTH' ELSE 'YEAR' END)::"DatePrecision",
              'UNVERIFIED', true
       FROM (SELECT p.id, random() AS r, random() AS rd, random() AS rp
             FROM (SELECT id, 3 + floor(random() * 9)::int AS n FROM "Program") p
             CROSS JOIN LATERAL generate_series(1, p.n)) s`,
    ));
    // An IND for programmes past filing, an NDA for those past NDA filing; unique acceptance numbers.
    await step("INDs", () => client.query(
      `INSERT INTO "Application" ("programId", "acceptanceNumber", type, "applicantId", "acceptanceDate", "acceptancePrecision",
         "reviewTrack", status, "illustrative", "updatedAt")
       SELECT p.id, 'CXHL' || to_char(18 + p.id % 8, 'FM00') || to_char(p.id / 8, 'FM00000'), 'IND', p."sponsorId",
              date '2018-01-01' + (random() * 3000)::int, 'DAY', 'IND_60',
              (CASE WHEN random() < 0.8 THEN 'IMPLIED_APPROVAL' ELSE 'UNDER_REVIEW' END)::"ApplicationStatus", true, now()
       FROM "Program" p WHERE p."currentStage" NOT IN ('PRECLINICAL', 'PRE_IND_MEETING', 'RESEARCH_ONLY')`,
    ));
    await step("NDAs", () => client.query(
      `INSERT INTO "Application" ("programId", "acceptanceNumber", type, "applicantId", "acceptanceDate", "acceptancePrecision",
         "reviewTrack", status, "illustrative", "updatedAt")
       SELECT p.id, 'CXHS' || to_char(18 + p.id % 8, 'FM00') || to_char(p.id / 8, 'FM00000'), 'NDA', p."sponsorId",
              date '2022-01-01' + (random() * 1700)::int, 'DAY',
              (CASE WHEN random() < 0.8 THEN 'STANDARD_200' ELSE 'PRIORITY_130' END)::"ReviewTrack",
              (CASE WHEN p."currentStage" IN ('NDA_FILED', 'NDA_UNDER_REVIEW') THEN 'UNDER_REVIEW' ELSE 'CERTIFICATE_ISSUED' END)::"ApplicationStatus",
              true, now()
       FROM "Program" p
       WHERE p."currentStage" IN ('NDA_FILED', 'NDA_UNDER_REVIEW', 'APPROVED', 'CONDITIONALLY_APPROVED', 'LAUNCHED', 'POST_APPROVAL', 'NOT_APPROVED')`,
    ));
    await step("review deadlines", () => approximateReviewDeadlines(client));
    await step("review durations", () => approximateReviewDurations(client));
    // Designations for about 8% of programmes (a quarter of those past phase 2), mostly breakthrough and
    // priority review.
    await step("designations", () => client.query(
      `INSERT INTO "Designation" ("programId", type, state, "requestedDate", "requestedPrecision", "grantedDate", "grantedPrecision",
         "illustrative", "updatedAt")
       SELECT d.id, d.type::"DesignationType", d.state::"DesignationState",
              date '2020-07-01' + (random() * 2000)::int, 'DAY',
              CASE WHEN d.state = 'GRANTED' THEN date '2021-01-01' + (random() * 2100)::int END,
              CASE WHEN d.state = 'GRANTED' THEN 'DAY'::"DatePrecision" END,
              true, now()
       FROM (
         SELECT t.id, t.type, CASE
             WHEN t.type = 'CONDITIONAL_APPROVAL' THEN (CASE WHEN t.r < 0.5 THEN 'REQUESTED' ELSE 'CONDITIONALLY_APPROVED' END)
             WHEN t.r < 0.45 THEN 'GRANTED' WHEN t.r < 0.6 THEN 'PUBLICIZED' WHEN t.r < 0.75 THEN 'UNDER_ASSESSMENT'
             WHEN t.r < 0.85 THEN 'REQUESTED' WHEN t.r < 0.92 THEN 'REJECTED' ELSE 'TERMINATED' END AS state
         FROM (
           SELECT p.id, p.r, CASE WHEN p.rt < 0.55 THEN 'BREAKTHROUGH_THERAPY' WHEN p.rt < 0.8 THEN 'PRIORITY_REVIEW'
                                  WHEN p.rt < 0.9 THEN 'CONDITIONAL_APPROVAL' ELSE 'IND_FAST_CHANNEL' END AS type
           FROM (SELECT id, "currentStage", random() AS r, random() AS rt, random() AS rs FROM "Program") p
           WHERE p.rs < CASE WHEN p."currentStage" >= 'PHASE_3' AND p."currentStage" < 'NOT_APPROVED' THEN 0.25 ELSE 0.05 END
         ) t
       ) d`,
    ));
    // Reimbursement listings for about 5% of programmes, mostly approved ones.
    await step("listings", () => client.query(
      `INSERT INTO "ReimbursementListing" ("programId", list, "listYear", state, "effectiveDate", "effectivePrecision",
         "illustrative", "updatedAt")
       SELECT l.id, l.list::"ReimbursementList", 2020 + floor(random() * 6)::int, l.state::"ReimbursementState",
              CASE WHEN l.state = 'LISTED' THEN date '2021-01-01' + (random() * 1800)::int END,
              CASE WHEN l.state = 'LISTED' THEN 'DAY'::"DatePrecision" END, true, now()
       FROM (
         SELECT p.id,
                CASE WHEN p.rl < 0.5 THEN 'NRDL_NEGOTIATED' WHEN p.rl < 0.7 THEN 'NRDL_B'
                     WHEN p.rl < 0.85 THEN 'CHI_INNOVATIVE' ELSE 'NRDL_A' END AS list,
                CASE WHEN p.rs < 0.5 THEN 'LISTED' WHEN p.rs < 0.6 THEN 'APPLIED' WHEN p.rs < 0.7 THEN 'NEGOTIATION_FAILED'
                     WHEN p.rs < 0.8 THEN 'RENEWED' ELSE 'EXPERT_REVIEW_PASSED' END AS state
         FROM (SELECT id, "currentStage", random() AS r, random() AS rl, random() AS rs FROM "Program") p
         WHERE (p."currentStage" IN ('APPROVED', 'LAUNCHED', 'POST_APPROVAL') AND p.r < 0.5) OR p.r < 0.02
       ) l`,
    ));
    // Statistics first: on never-analysed tables the planner runs the correlated sub-selects below as
    // sequential scans, which turns seconds into many minutes.
    await step("analyze", () => client.query("ANALYZE"));
    // Derived columns, as the write path keeps them: lead stage and search text.
    await step("derived columns", () => client.query(
      `UPDATE "Candidate" c SET "leadStage" = d.lead, "searchText" = d.search
       FROM (
         SELECT c2.id,
                (SELECT p."currentStage" FROM "Program" p WHERE p."candidateId" = c2.id ORDER BY p."currentStage" DESC LIMIT 1) AS lead,
                lower(concat_ws(' ', c2."nameEn", c2."nameZh", array_to_string(c2."codeNames", ' '),
                  (SELECT string_agg(DISTINCT co."nameEn" || ' ' || coalesce(co."nameZh", ''), ' ')
                     FROM "Program" p JOIN "Company" co ON co.id = p."sponsorId" WHERE p."candidateId" = c2.id),
                  (SELECT string_agg(a."acceptanceNumber", ' ') FROM "Program" p JOIN "Application" a ON a."programId" = p.id
                    WHERE p."candidateId" = c2.id))) AS search
         FROM "Candidate" c2
       ) d
       WHERE d.id = c.id`,
    ));
    await step("analyze again", () => client.query("ANALYZE"));
    const counts = await client.query<{ table: string; n: string }>(
      `SELECT 'candidates' AS table, count(*)::text AS n FROM "Candidate" UNION ALL
       SELECT 'programs', count(*)::text FROM "Program" UNION ALL
       SELECT 'events', count(*)::text FROM "StageEvent" UNION ALL
       SELECT 'applications', count(*)::text FROM "Application" UNION ALL
       SELECT 'designations', count(*)::text FROM "Designation" UNION ALL
       SELECT 'listings', count(*)::text FROM "ReimbursementListing" UNION ALL
       SELECT 'sponsors', count(*)::text FROM "Company"`,
    );
    return Object.fromEntries(counts.rows.map((row) => [row.table, Number(row.n)]));
  } finally {
    client.release();
  }
}
