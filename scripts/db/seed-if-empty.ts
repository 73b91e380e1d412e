// Seeds on first start: only an empty database is seeded unless forced, so a user's data is never mixed with demo data by accident.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { seedDatabase } from "../../prisma/seed/seed.ts";

export async function seedIfEmpty({ databaseUrl, force = false }: { databaseUrl: string; force?: boolean }): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
  try {
    if (!force && (await prisma.candidate.count()) > 0) return false;
    await seedDatabase(prisma);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
