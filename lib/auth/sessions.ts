// Browser sessions in PostgreSQL. The cookie carries a random token; the Session row keeps only its SHA-256
// and an absolute expiry. Expired rows are refused on read and removed when their owner next signs in.
import "server-only";
import { prisma } from "@/lib/db";
import type { AuthUser } from "@/lib/auth/roles";
import { generateSecret, hashSecret } from "@/lib/auth/secrets";

const DEFAULT_SESSION_HOURS = 12;

/** Session lifetime; SESSION_TTL_HOURS overrides the 12-hour default (a working day, then sign in again). */
export function sessionTtlMs(): number {
  const hours = Number(process.env.SESSION_TTL_HOURS ?? DEFAULT_SESSION_HOURS);
  return (Number.isFinite(hours) && hours > 0 ? hours : DEFAULT_SESSION_HOURS) * 3_600_000;
}

export const authUserSelect = { id: true, email: true, name: true, role: true } as const;

/**
 * The user of a session, with the interface language saved on their profile: a request without the language
 * cookie takes it from here (lib/i18n/request.ts) instead of asking the database again before anything renders.
 */
export type SessionUser = AuthUser & { locale: string | null };

/** Opens a session for the user; returns the token for the cookie (it is not stored) and its expiry. */
export async function createSession(userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = generateSecret();
  const expiresAt = new Date(now.getTime() + sessionTtlMs());
  await prisma.$transaction([
    prisma.session.deleteMany({ where: { userId, expiresAt: { lte: now } } }),
    prisma.session.create({ data: { tokenHash: hashSecret(token), userId, expiresAt } }),
  ]);
  return { token, expiresAt };
}

/** The user behind a session token, or null when the token is unknown, expired or its user is disabled. */
export async function findSessionUser(token: string | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { expiresAt: true, user: { select: { ...authUserSelect, locale: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  const { disabledAt: _disabledAt, ...user } = session.user;
  return user;
}

export async function deleteSession(token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashSecret(token) } });
}

/** Signs the user out everywhere (on disable, role change or password reset). */
export async function deleteUserSessions(userId: number): Promise<void> {
  await prisma.session.deleteMany({ where: { userId } });
}
