// The review-deadline sort keys of the synthetic dataset. An SQL approximation, not the app's calendar: a
// working-day limit becomes limit x 365/249 calendar days (about 249 working days a year on China's official
// calendar), with no clock stops. The app computes exact deadlines in lib/review-clock; the bench only needs
// data of the same shape (a dated key on running reviews, null elsewhere) for the sort and its index.
import type pg from "pg";

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
