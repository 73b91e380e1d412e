// Derived columns a migration adds empty because SQL cannot compute them (Candidate.pinyinSortKey needs
// pinyin-pro). Run right after migrating, by `npm run db:migrate` and `npm start`; a no-op once filled.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { backfillPinyinSortKeys } from "../../lib/candidates/name-sort.ts";

export async function backfillDerivedColumns(databaseUrl: string): Promise<{ pinyinSortKeys: number }> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 1 }) });
  try {
    return { pinyinSortKeys: await backfillPinyinSortKeys(prisma) };
  } finally {
    await prisma.$disconnect();
  }
}
