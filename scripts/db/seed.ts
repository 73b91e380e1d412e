// `npm run db:seed`: seeds the database at DATABASE_URL (idempotent: existing records are left alone) and
// prints what it created. The schema must be migrated first (`npm run db:migrate`).
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { redactDatabaseUrl } from "../../lib/env.ts";
import { seedDatabase } from "../../prisma/seed/seed.ts";
import { assertDatabaseReachable } from "./reachable.ts";

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      "DATABASE_URL is not set. Set it to the PostgreSQL database to seed, e.g. " +
        "DATABASE_URL=postgresql://postgres@127.0.0.1:5432/pathway npm run db:seed (`npm start` seeds its embedded database by itself).",
    );
  }
  await assertDatabaseReachable(databaseUrl);

  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
  try {
    const started = performance.now();
    const counts = await seedDatabase(prisma);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded ${redactDatabaseUrl(databaseUrl)} in ${seconds} s.`);
    console.table(Object.fromEntries(Object.entries(counts).map(([what, count]) => [what, { count }])));
    if (counts.candidates === 0) console.log("Nothing new: every seed candidate, company and user was already present.");
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    // P2021 = a table is missing: the schema was never migrated. Say that instead of Prisma's stack.
    const unmigrated = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2021";
    const message = unmigrated
      ? "the database has no schema yet. Run `npm run db:migrate` first."
      : error instanceof Error
        ? error.message
        : String(error);
    console.error(`db:seed failed: ${message}`);
    process.exit(1);
  },
);
