// Slows password guessing: after MAX_FAILURES failed sign-ins for one email within WINDOW_MINUTES, further
// attempts for that email are refused until the oldest of them leaves the window. The failures live in
// PostgreSQL and are timed by its clock, so every app process behind a load balancer counts the same ones
// and a restart clears nothing.
import "server-only";
import { prisma } from "@/lib/db";

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;

/** Minutes until the next attempt is allowed, or 0 when it is allowed now. */
export async function signInLockMinutes(email: string): Promise<number> {
  const [row] = await prisma.$queryRaw<{ minutes: number | null }[]>`
    SELECT ceil(extract(epoch FROM (min("failedAt") + make_interval(mins => ${WINDOW_MINUTES}::int) - now())) / 60)::int AS minutes
    FROM (
      SELECT "failedAt" FROM "SignInFailure"
      WHERE email = ${email} AND "failedAt" > now() - make_interval(mins => ${WINDOW_MINUTES}::int)
      ORDER BY "failedAt" DESC LIMIT ${MAX_FAILURES}::int
    ) recent
    HAVING count(*) >= ${MAX_FAILURES}::int`;
  return Math.max(row?.minutes ?? 0, row ? 1 : 0);
}

/** Records a failure and forgets this email's failures that have left the window. */
export async function recordSignInFailure(email: string): Promise<void> {
  await prisma.$transaction([
    prisma.$executeRaw`DELETE FROM "SignInFailure" WHERE email = ${email} AND "failedAt" <= now() - make_interval(mins => ${WINDOW_MINUTES}::int)`,
    prisma.signInFailure.create({ data: { email } }),
  ]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { email } });
}
