// Every dated fact of a list of candidates, as one SQL statement: stage events, application status
// changes, and the dated steps of designations and reimbursement listings (one row per filled date).
// Raw SQL because this is the export's bulk (about ten rows per programme): PostgreSQL unpivots and sorts,
// and rows reach the CSV writer without per-record ORM objects. `$1` is the list of candidate ids in the
// view's order; rows come back in that order, then by date (coarser precision first, as the timeline).
import type { DatePrecision, SourceConfidence } from "@/generated/prisma/enums";

export type EventKind = "stage" | "application" | "designation" | "reimbursement";

/** One dated fact with its candidate and programme, as the events statements return it. */
export type EventFactRow = {
  candidate_id: number;
  name_en: string;
  name_zh: string | null;
  program_id: number;
  indication_en: string;
  indication_zh: string | null;
  kind: EventKind;
  /** ProgramStage / ApplicationStatus / DESIGNATION_STEPS / REIMBURSEMENT_STEPS code. */
  code: string;
  /** Acceptance number, DesignationType or ReimbursementList; null for stage events. */
  subject: string | null;
  list_year: number | null;
  /** The calendar day as YYYY-MM-DD (text: no time-zone round trip). */
  day: string;
  precision: DatePrecision;
  note: string | null;
  source_url: string | null;
  confidence: SourceConfidence;
  illustrative: boolean;
};

/** Dated steps of a designation, in the order they happen. */
export const DESIGNATION_STEPS = [
  ["REQUESTED", "requestedDate", "requestedPrecision"],
  ["PUBLICITY_START", "publicityStartDate", "publicityStartPrecision"],
  ["PUBLICITY_END", "publicityEndDate", "publicityEndPrecision"],
  ["GRANTED", "grantedDate", "grantedPrecision"],
  ["TERMINATED", "terminatedDate", "terminatedPrecision"],
  ["OBLIGATION_DEADLINE", "obligationDeadline", "obligationPrecision"],
] as const;

export const REIMBURSEMENT_STEPS = [
  ["APPLIED", "appliedDate", "appliedPrecision"],
  ["FORMAL_REVIEW", "formalReviewDate", "formalReviewPrecision"],
  ["EXPERT_REVIEW", "expertReviewDate", "expertReviewPrecision"],
  ["NEGOTIATION", "negotiationDate", "negotiationPrecision"],
  ["PUBLISHED", "publicationDate", "publicationPrecision"],
  ["EFFECTIVE", "effectiveDate", "effectivePrecision"],
  ["AGREEMENT_START", "agreementStartDate", "agreementStartPrecision"],
  ["AGREEMENT_END", "agreementEndDate", "agreementEndPrecision"],
  ["REMOVED", "removedDate", "removedPrecision"],
] as const;

function unpivot(alias: string, steps: ReadonlyArray<readonly [string, string, string]>): string {
  const values = steps
    .map(([code, dateField, precisionField], index) => `(${index + 1}, '${code}', ${alias}."${dateField}", ${alias}."${precisionField}")`)
    .join(", ");
  return `CROSS JOIN LATERAL (VALUES ${values}) AS step(rank, code, date, precision)`;
}

/** Candidates to export as (id, ord): the ids passed as `$1`, in the given order. */
export const BATCH_SOURCE = "SELECT b.id, b.ord FROM unnest($1::int[]) WITH ORDINALITY AS b(id, ord)";

/**
 * The statement over any (id, ord) source of candidates: the export runs it per batch (EVENTS_BATCH_SQL) or
 * over the whole view (EVENTS_CURSOR_SQL), the benchmark inside `COPY … TO STDOUT` for its baseline.
 * Each branch carries its programme's columns itself: joining the facts back to `programs` afterwards let
 * the planner, which estimates the CTE at one row, loop over the whole union once per programme
 * (quadratic: 15 s for a batch of 1,000 candidates on the bench dataset).
 */
export function eventsSql(batchSource: string, candidateFilter = ""): string {
  const program = `pr.id AS program_id, pr.ord, pr.candidate_id, pr.name_en, pr.name_zh, pr.indication_en, pr.indication_zh`;
  return `
WITH batch AS (${batchSource}), programs AS MATERIALIZED (
  SELECT p.id, batch.ord, c.id AS candidate_id, c."nameEn" AS name_en, c."nameZh" AS name_zh,
         p."indicationEn" AS indication_en, p."indicationZh" AS indication_zh
  FROM batch
  JOIN "Program" p ON p."candidateId" = batch.id
  JOIN "Candidate" c ON c.id = batch.id
  ${candidateFilter}
), facts AS (
  SELECT ${program}, 1 AS kind_rank, 'stage' AS kind, e.id AS record_id, 0 AS step_rank,
         e.stage::text AS code, NULL::text AS subject, NULL::int AS list_year, e."eventDate" AS date,
         e."eventPrecision" AS precision, e.note, e."sourceUrl" AS source_url, e."sourceConfidence" AS confidence,
         e.illustrative
  FROM programs pr JOIN "StageEvent" e ON e."programId" = pr.id
  UNION ALL
  SELECT ${program}, 2, 'application', ch.id, 0, ch."toStatus"::text, a."acceptanceNumber", NULL, ch."changeDate",
         ch."changePrecision", ch.note, coalesce(ch."sourceUrl", a."sourceUrl"), ch."sourceConfidence", a.illustrative
  FROM programs pr JOIN "Application" a ON a."programId" = pr.id JOIN "ApplicationStatusChange" ch ON ch."applicationId" = a.id
  UNION ALL
  SELECT ${program}, 3, 'designation', d.id, step.rank, step.code, d.type::text, NULL, step.date,
         coalesce(step.precision, 'DAY'), NULL, d."sourceUrl", d."sourceConfidence", d.illustrative
  FROM programs pr JOIN "Designation" d ON d."programId" = pr.id ${unpivot("d", DESIGNATION_STEPS)}
  WHERE step.date IS NOT NULL
  UNION ALL
  SELECT ${program}, 4, 'reimbursement', r.id, step.rank, step.code, r.list::text, r."listYear", step.date,
         coalesce(step.precision, 'DAY'), NULL, r."sourceUrl", r."sourceConfidence", r.illustrative
  FROM programs pr JOIN "ReimbursementListing" r ON r."programId" = pr.id ${unpivot("r", REIMBURSEMENT_STEPS)}
  WHERE step.date IS NOT NULL
)
SELECT f.candidate_id, f.name_en, f.name_zh, f.program_id, f.indication_en, f.indication_zh, f.kind, f.code, f.subject,
       f.list_year, to_char(f.date, 'YYYY-MM-DD') AS day, f.precision::text AS precision, f.note, f.source_url,
       f.confidence::text AS confidence, f.illustrative
FROM facts f
ORDER BY f.ord, f.date, f.precision DESC, f.kind_rank, f.record_id, f.step_rank`;
}

/**
 * The statement for one batch of candidates (`$1`: their ids, in the view's order). The batch is repeated
 * as `= ANY($1)`, which gives the planner a row estimate for the programmes.
 */
export const EVENTS_BATCH_SQL = eventsSql(BATCH_SOURCE, `WHERE p."candidateId" = ANY($1::int[])`);

/**
 * The statement for a cursor over the whole view at once (`$1`: every candidate id, in order), used where
 * batches cannot be read in parallel: PostgreSQL then runs the joins and the sort once, as COPY would.
 * Without the `= ANY($1)` repetition, which would scan the whole array for every programme.
 */
export const EVENTS_CURSOR_SQL = eventsSql(BATCH_SOURCE);
