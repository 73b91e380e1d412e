// "Last regulatory change": the effective date of a candidate's newest stage, application status, designation
// or listing step. The dashboard sorts by it (Candidate.lastRegulatoryChange, kept here by the write path);
// the candidate page names the fact itself from its chronology. Steps that are scheduled rather than taken
// (a publicity period's end, an agreement's end) are not changes, so neither form counts them.
// No `server-only` import: the seed (run by tsx, outside Next) refreshes through this module too.
import type { Prisma } from "@/generated/prisma/client";
import type { ChronologyEntry } from "@/lib/candidates/chronology";

/** Chronology codes of dates fixed in advance: they would put "last change" in the future. */
export const SCHEDULED_STEPS: ReadonlySet<string> = new Set(["PUBLICITY_END", "AGREEMENT_END"]);

/** The newest regulatory change of a chronology (oldest first, as buildChronology returns it); null if none. */
export function latestRegulatoryChange(chronology: readonly ChronologyEntry[]): ChronologyEntry | null {
  return chronology.findLast((entry) => !SCHEDULED_STEPS.has(entry.code)) ?? null;
}

/**
 * The same date in SQL, for the candidate `candidateIdSql`. Migration 20261206150000 backfills with this
 * text; keep the two in step.
 */
export function lastRegulatoryChangeSql(candidateIdSql: string): string {
  return `(SELECT max(day) FROM (
    SELECT e."eventDate" AS day FROM "StageEvent" e JOIN "Program" p ON p.id = e."programId" WHERE p."candidateId" = ${candidateIdSql}
    UNION ALL SELECT s."changeDate" FROM "ApplicationStatusChange" s JOIN "Application" a ON a.id = s."applicationId" JOIN "Program" p ON p.id = a."programId" WHERE p."candidateId" = ${candidateIdSql}
    UNION ALL SELECT unnest(ARRAY[d."requestedDate", d."publicityStartDate", d."grantedDate", d."terminatedDate"]) FROM "Designation" d JOIN "Program" p ON p.id = d."programId" WHERE p."candidateId" = ${candidateIdSql}
    UNION ALL SELECT unnest(ARRAY[r."appliedDate", r."formalReviewDate", r."expertReviewDate", r."negotiationDate", r."publicationDate", r."effectiveDate", r."removedDate"]) FROM "ReimbursementListing" r JOIN "Program" p ON p.id = r."programId" WHERE p."candidateId" = ${candidateIdSql}
  ) AS steps)`;
}

/**
 * Recomputes the candidates' stored dates in one raw statement: a derived value is not an edit, so it neither
 * bumps `version` nor touches `updatedAt` (Prisma's @updatedAt would).
 */
export async function refreshLastRegulatoryChangeOf(tx: Prisma.TransactionClient, candidateIds: readonly number[]): Promise<void> {
  if (candidateIds.length === 0) return;
  const latest = lastRegulatoryChangeSql("c.id");
  await tx.$executeRawUnsafe(
    `UPDATE "Candidate" c SET "lastRegulatoryChange" = ${latest} WHERE c.id = ANY($1::int[]) AND c."lastRegulatoryChange" IS DISTINCT FROM ${latest}`,
    [...candidateIds],
  );
}

export function refreshLastRegulatoryChange(tx: Prisma.TransactionClient, candidateId: number): Promise<void> {
  return refreshLastRegulatoryChangeOf(tx, [candidateId]);
}
