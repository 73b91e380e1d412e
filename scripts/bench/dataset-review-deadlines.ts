// The review-deadline sort keys of the synthetic dataset. An SQL approximation, not the app's calendar: a
// working-day limit becomes limit x 365/249 calendar days (about 249 working days a year on China's official
// calendar), with no clock stops. The app computes exact deadlines in lib/review-clock; the bench only needs
// data of the same shape (a dated key on running reviews, null elsewhere) for the sort and its index.
import type pg from "pg";

/**
 * Decided reviews for the insights and the predicted decision window, the same approximation: INDs
 * implied-approved on day 60; approved NDAs decided after a working-day duration drawn around the track's
 * limit (0.8-1.1x, a tenth of them a quarter longer), placed at 365/249 calendar days per working day.
 * Illustrative, like the whole dataset; review paths as the write path derives them (priority track or not).
 */
export async function approximateReviewDurations(client: pg.PoolClient): Promise<void> {
  await client.query(
    `UPDATE "Application" a SET "reviewPath" = (CASE WHEN a."reviewTrack" IN ('PRIORITY_130', 'PRIORITY_RARE_70') THEN 'PRIORITY' ELSE 'STANDARD' END)::"ReviewPath"`,
  );
  await client.query(
    `UPDATE "Application" a SET "decision" = 'IMPLIED_APPROVAL', "decisionDate" = a."acceptanceDate" + 88, "decisionPrecision" = 'DAY',
       "reviewEndDate" = a."acceptanceDate" + 88, "reviewWorkingDays" = 60
     WHERE a.type = 'IND' AND a.status = 'IMPLIED_APPROVAL'`,
  );
  await client.query(
    `UPDATE "Application" a SET "decision" = 'APPROVED', "decisionDate" = a."acceptanceDate" + round(d.days * 365.0 / 249)::int,
       "decisionPrecision" = 'DAY', "reviewEndDate" = a."acceptanceDate" + round(d.days * 365.0 / 249)::int, "reviewWorkingDays" = d.days
     FROM (SELECT id, round((CASE WHEN "reviewTrack" = 'PRIORITY_130' THEN 130 ELSE 200 END)
                  * (0.8 + 0.3 * random() + CASE WHEN random() < 0.1 THEN 0.25 ELSE 0 END))::int AS days
           FROM "Application" WHERE type = 'NDA' AND status = 'CERTIFICATE_ISSUED') d
     WHERE a.id = d.id`,
  );
}

export async function approximateReviewDeadlines(client: pg.PoolClient): Promise<void> {
  await client.query(
    `UPDATE "Application" SET "reviewDeadline" = "acceptanceDate" + round(
       (CASE "reviewTrack" WHEN 'IND_60' THEN 60 WHEN 'IND_FAST_30' THEN 30 WHEN 'PRIORITY_130' THEN 130
          WHEN 'PRIORITY_RARE_70' THEN 70 WHEN 'SUPPLEMENT_60' THEN 60 WHEN 'SUPPLEMENT_80' THEN 80 ELSE 200 END) * 365.0 / 249)::int
     WHERE status IN ('ACCEPTED', 'QUEUED_FOR_REVIEW', 'UNDER_REVIEW', 'SUPPLEMENT_REQUESTED')
       AND "reviewTrack" IS NOT NULL AND "acceptanceDate" IS NOT NULL`,
  );
  await client.query(
    `UPDATE "Candidate" c SET "reviewDeadline" = d.deadline
     FROM (SELECT p."candidateId", min(a."reviewDeadline") AS deadline
           FROM "Application" a JOIN "Program" p ON p.id = a."programId"
           WHERE a."reviewDeadline" IS NOT NULL GROUP BY p."candidateId") d
     WHERE d."candidateId" = c.id`,
  );
}
