// Points the app's own Prisma client (lib/db) at a fresh test database, so route handlers, server actions and
// mutations run unchanged in a test. One per test file: lib/db reads DATABASE_URL when first imported.
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../db.ts";

export type AppDatabase = { database: TestDatabase; prisma: PrismaClient; drop: () => Promise<void> };

export async function openAppDatabase(prefix: string): Promise<AppDatabase> {
  const database = await createTestDatabase({ prefix });
  process.env.DATABASE_URL = database.databaseUrl;
  const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };
  delete globalForPrisma.prisma;
  const { prisma } = await import("@/lib/db");
  return {
    database,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      delete globalForPrisma.prisma;
      await database.drop();
    },
  };
}

/** openAppDatabase with the seeded catalogue in it. */
export async function openSeededAppDatabase(prefix: string): Promise<AppDatabase> {
  const app = await openAppDatabase(prefix);
  const { seedDatabase } = await import("@/prisma/seed/seed");
  await seedDatabase(app.prisma);
  return app;
}
