// Personal API tokens: `Authorization: Bearer pt_…`. A token acts as its user, with that user's current role;
// only the SHA-256 of the token is stored, and a revoked token or a disabled user is refused.
import "server-only";
import { prisma } from "@/lib/db";
import { authUserSelect } from "@/lib/auth/sessions";
import type { AuthUser } from "@/lib/auth/roles";
import { hashSecret } from "@/lib/auth/secrets";

export const API_TOKEN_PREFIX = "pt_";

/** lastUsedAt is refreshed at most this often, so a busy integration does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function findApiTokenUser(token: string, now = new Date()): Promise<AuthUser | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashSecret(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { ...authUserSelect, disabledAt: true } } },
  });
  if (!row || row.revokedAt || row.user.disabledAt) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const { disabledAt: _disabledAt, ...user } = row.user;
  return user;
}
