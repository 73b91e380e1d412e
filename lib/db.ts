// The one Prisma client of the app (server only). DATABASE_URL is set by scripts/start.ts, which
// opens the embedded PGlite server when the user gave none.
//
// The client is created on first use, not on import: `next build` imports every route to collect its
// configuration, and a build must not need a database (or fail for want of DATABASE_URL).
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getDatabaseUrl } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createPrismaClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: getDatabaseUrl() });
  return new PrismaClient({ adapter });
}

/** The client, kept on globalThis so that `next dev` reloads and tests re-pointing DATABASE_URL share it. */
function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
