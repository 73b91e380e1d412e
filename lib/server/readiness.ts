// Readiness: may this process take traffic? Only when it is not shutting down, the database answers, and
// every migration in prisma/migrations is applied (a server started before `db:migrate` finished, or
// against another database, would fail on the first query that needs the new schema).
import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { shutdownSignal } from "@/lib/server/shutdown";

// Generous enough for a cold first query on a loaded machine, short enough that a probe never hangs.
const DATABASE_TIMEOUT_MS = 5_000;

let expected: string[] | undefined;

/** The migrations this build ships with (prisma/migrations, copied beside the server in the image). */
function expectedMigrations(): string[] {
  expected ??= readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return expected;
}

export type Readiness = { ready: true } | { ready: false; reason: string; pending?: string[] };

export async function checkReadiness(): Promise<Readiness> {
  if (shutdownSignal().aborted) return { ready: false, reason: "shutting down" };
  let applied: Set<string>;
  try {
    const rows = await Promise.race([
      prisma.$queryRaw<{ name: string }[]>`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error("timeout")), DATABASE_TIMEOUT_MS).unref()),
    ]);
    applied = new Set(rows.map((row) => row.name));
  } catch {
    return { ready: false, reason: "database unreachable" };
  }
  const pending = expectedMigrations().filter((name) => !applied.has(name));
  return pending.length === 0 ? { ready: true } : { ready: false, reason: "migrations pending", pending };
}
