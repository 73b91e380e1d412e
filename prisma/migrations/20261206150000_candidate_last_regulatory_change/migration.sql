-- The dashboard's "Last regulatory change" (lib/candidates/last-regulatory-change.ts): the newest stage,
-- application status, designation or listing step of each candidate, scheduled ends excluded. Every later
-- write keeps it current; this fills it for the candidates already recorded (same expression as the module).

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "lastRegulatoryChange" DATE;

UPDATE "Candidate" c SET "lastRegulatoryChange" = (SELECT max(day) FROM (
    SELECT e."eventDate" AS day FROM "StageEvent" e JOIN "Program" p ON p.id = e."programId" WHERE p."candidateId" = c.id
    UNION ALL SELECT s."changeDate" FROM "ApplicationStatusChange" s JOIN "Application" a ON a.id = s."applicationId" JOIN "Program" p ON p.id = a."programId" WHERE p."candidateId" = c.id
    UNION ALL SELECT unnest(ARRAY[d."requestedDate", d."publicityStartDate", d."grantedDate", d."terminatedDate"]) FROM "Designation" d JOIN "Program" p ON p.id = d."programId" WHERE p."candidateId" = c.id
    UNION ALL SELECT unnest(ARRAY[r."appliedDate", r."formalReviewDate", r."expertReviewDate", r."negotiationDate", r."publicationDate", r."effectiveDate", r."removedDate"]) FROM "ReimbursementListing" r JOIN "Program" p ON p.id = r."programId" WHERE p."candidateId" = c.id
  ) AS steps);

-- CreateIndex
CREATE INDEX "Candidate_lastRegulatoryChange_idx" ON "Candidate"("lastRegulatoryChange");
