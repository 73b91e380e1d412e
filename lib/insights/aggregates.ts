// The insights' chart data: one GROUP BY statement per chart, each over the candidates the dashboard's
// filters select, taken as a CTE from the dashboard's one selection (lib/candidates/selection.ts, the
// statement its rows and total use), so nothing but the aggregated rows leaves PostgreSQL. No `server-only`:
// the benchmark runs these too.
import { Prisma } from "@/generated/prisma/client";
import type {
  DesignationType,
  MechanismClass,
  ProgramStage,
  ReimbursementState,
  ReviewPath,
} from "@/generated/prisma/enums";
import { buildCandidateIdsSql, buildCandidateTotalSql } from "@/lib/candidates/selection";
import { DECIDED_REVIEW_SQL } from "@/lib/insights/decision-window-stats";
import type { CandidateFilters } from "@/lib/search-params";

const sql = Prisma.sql;

type Db = { $queryRaw<T = unknown>(query: Prisma.Sql): Prisma.PrismaPromise<T> };

/** `WITH filtered AS (…)`: the ids of the filtered candidates, the same set as the dashboard's total. */
const withFiltered = (filters: CandidateFilters) => sql`WITH filtered AS (${buildCandidateIdsSql(filters)})`;

export type PipelineRow = { stage: ProgramStage; mechanismClass: MechanismClass; candidates: number };
export type DesignationYearRow = { type: DesignationType; year: number; opened: number; granted: number };
export type ReviewDurationRow = { path: ReviewPath; year: number; n: number; min: number; p25: number; median: number; p75: number; max: number };
export const REIMBURSEMENT_OUTCOMES = ["listed", "renewed", "negotiationFailed", "reviewFailed", "removed", "inProgress"] as const;
export type ReimbursementOutcome = (typeof REIMBURSEMENT_OUTCOMES)[number];
export type ReimbursementListFamily = "NRDL" | "CHI" | "PROVINCIAL";
export type ReimbursementRow = { family: ReimbursementListFamily; year: number; outcome: ReimbursementOutcome; listings: number };

/** Which reimbursement states count as which outcome (the chart's series). */
export const OUTCOME_OF_STATE: Record<ReimbursementState, ReimbursementOutcome> = {
  NOT_ELIGIBLE: "inProgress",
  ELIGIBLE: "inProgress",
  APPLIED: "inProgress",
  FORMAL_REVIEW_PASSED: "inProgress",
  EXPERT_REVIEW_PASSED: "inProgress",
  FORMAL_REVIEW_FAILED: "reviewFailed",
  EXPERT_REVIEW_FAILED: "reviewFailed",
  NEGOTIATION_SUCCEEDED: "listed",
  LISTED: "listed",
  CONVERTED_TO_REGULAR: "listed",
  NEGOTIATION_FAILED: "negotiationFailed",
  RENEWED: "renewed",
  RENEGOTIATED: "renewed",
  REMOVED: "removed",
};

/** The dashboard's total for the filters (the selection's own count statement). */
export function buildTotalSql(filters: CandidateFilters): Prisma.Sql {
  return buildCandidateTotalSql(filters);
}

/**
 * Candidates with a programme at each stage, by mechanism class. A segment counts what the dashboard lists
 * for the same filters with `stage` and `class` set to the segment's (a candidate with programmes at two
 * stages is in both). The stage filter means "a programme at one of these stages", so a candidate with a
 * programme at a selected stage S is in the filtered set whatever its other programmes: restricting the
 * counted programmes to the selected stages gives each segment's dashboard view.
 */
export function buildPipelineSql(filters: CandidateFilters): Prisma.Sql {
  const stages = filters.stage.length ? sql`AND p."currentStage" = ANY(CAST(${filters.stage} AS "ProgramStage"[]))` : sql``;
  return sql`
    ${withFiltered(filters)}
    SELECT p."currentStage" AS stage, c."mechanismClass" AS "mechanismClass", count(DISTINCT c.id)::int AS candidates
    FROM filtered f JOIN "Candidate" c ON c.id = f.id JOIN "Program" p ON p."candidateId" = c.id
    WHERE TRUE ${stages}
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

/** Designations of the filtered candidates' programmes: opened (requested, else first public notice) and granted, per year. */
export function buildDesignationsSql(filters: CandidateFilters): Prisma.Sql {
  return sql`
    ${withFiltered(filters)}, d AS (
      SELECT d."type", extract(year FROM coalesce(d."requestedDate", d."publicityStartDate"))::int AS opened_year,
             extract(year FROM d."grantedDate")::int AS granted_year
      FROM "Designation" d JOIN "Program" p ON p.id = d."programId"
      WHERE p."candidateId" IN (SELECT id FROM filtered)
    )
    SELECT "type", year, sum(opened)::int AS opened, sum(granted)::int AS granted FROM (
      SELECT "type", opened_year AS year, 1 AS opened, 0 AS granted FROM d WHERE opened_year IS NOT NULL
      UNION ALL
      SELECT "type", granted_year, 0, 1 FROM d WHERE granted_year IS NOT NULL
    ) e
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

/** NDA reviews of the filtered candidates decided on their merits: working days (clock stops excluded) per path and year decided. */
export function buildReviewDurationsSql(filters: CandidateFilters): Prisma.Sql {
  return sql`
    ${withFiltered(filters)}
    SELECT a."reviewPath" AS path, extract(year FROM a."reviewEndDate")::int AS year, count(*)::int AS n,
           min(a."reviewWorkingDays")::int AS min,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY a."reviewWorkingDays") AS p25,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY a."reviewWorkingDays") AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY a."reviewWorkingDays") AS p75,
           max(a."reviewWorkingDays")::int AS max
    FROM "Application" a JOIN "Program" p ON p.id = a."programId"
    WHERE a."type" = 'NDA' AND ${DECIDED_REVIEW_SQL} AND p."candidateId" IN (SELECT id FROM filtered)
    GROUP BY 1, 2 ORDER BY 1, 2`;
}

function outcomeCase(): Prisma.Sql {
  const branches = Object.entries(OUTCOME_OF_STATE).map(([state, outcome]) => sql`WHEN CAST(${state} AS "ReimbursementState") THEN ${outcome}`);
  return sql`CASE r."state" ${Prisma.join(branches, " ")} END`;
}

/** Listings of the filtered candidates' programmes per NHSA cycle (list year) and outcome, NRDL lists together, the commercial list apart. */
export function buildReimbursementSql(filters: CandidateFilters): Prisma.Sql {
  return sql`
    ${withFiltered(filters)}
    SELECT CASE WHEN r."list" IN ('NRDL_A', 'NRDL_B', 'NRDL_NEGOTIATED') THEN 'NRDL' WHEN r."list" = 'CHI_INNOVATIVE' THEN 'CHI' ELSE 'PROVINCIAL' END AS family,
           r."listYear" AS year, ${outcomeCase()} AS outcome, count(*)::int AS listings
    FROM "ReimbursementListing" r JOIN "Program" p ON p.id = r."programId"
    WHERE p."candidateId" IN (SELECT id FROM filtered)
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}

export type InsightsData = {
  total: number;
  pipeline: PipelineRow[];
  designations: DesignationYearRow[];
  reviewDurations: ReviewDurationRow[];
  reimbursement: ReimbursementRow[];
};

/** Every chart's rows for the filters, the statements run side by side. */
export async function loadInsights(db: Db, filters: CandidateFilters): Promise<InsightsData> {
  const [total, pipeline, designations, durations, reimbursement] = await Promise.all([
    db.$queryRaw<{ total: number }[]>(buildTotalSql(filters)),
    db.$queryRaw<PipelineRow[]>(buildPipelineSql(filters)),
    db.$queryRaw<DesignationYearRow[]>(buildDesignationsSql(filters)),
    db.$queryRaw<ReviewDurationRow[]>(buildReviewDurationsSql(filters)),
    db.$queryRaw<ReimbursementRow[]>(buildReimbursementSql(filters)),
  ]);
  return {
    total: total[0]?.total ?? 0,
    pipeline,
    designations,
    // percentile_cont answers double precision; one decimal is plenty for working days.
    reviewDurations: durations.map((row) => ({
      ...row,
      p25: round1(row.p25),
      median: round1(row.median),
      p75: round1(row.p75),
    })),
    reimbursement,
  };
}

const round1 = (value: number | string) => Math.round(Number(value) * 10) / 10;
