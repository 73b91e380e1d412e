// `npm run db:refresh-deadlines`: recomputes the stored review-deadline sort keys (Application and
// Candidate.reviewDeadline) of the database at DATABASE_URL. Writes keep them current by themselves; run
// this after adding a year to lib/domain/china-holidays.ts, or once on a database migrated from before
// the keys existed.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { redactDatabaseUrl } from "../../lib/env.ts";
import { refreshAllReviewDeadlines } from "../../lib/review-clock/refresh-review-deadlines.ts";
import { assertDatabaseReachable } from "./reachable.ts";

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set. Point it at the database whose review deadlines to refresh.");
  await assertDatabaseReachable(databaseUrl);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }) });
  try {
    const { candidates, withDeadline } = await refreshAllReviewDeadlines(prisma);
    console.log(`${redactDatabaseUrl(databaseUrl)}: refreshed ${candidates} candidates; ${withDeadline} have a known review deadline.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
