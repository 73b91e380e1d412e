// Users and credentials for tests, created straight in the database (the seed's demo users are not needed).
import type { PrismaClient } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { generateSecret, hashSecret } from "@/lib/auth/secrets";

export type TestUser = { id: number; email: string; name: string; role: Role; password: string };

export async function createUser(prisma: PrismaClient, role: Role, email = `${role.toLowerCase()}@test.local`): Promise<TestUser> {
  const password = `${role.toLowerCase()}-test-password`;
  const user = await prisma.user.create({
    data: { email, name: `Test ${role.toLowerCase()}`, role, passwordHash: await hashPassword(password) },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role, password };
}

/** A session row for the user, returning the cookie token (what the browser would hold). */
export async function createSessionToken(prisma: PrismaClient, userId: number, ttlMs = 3_600_000): Promise<string> {
  const token = generateSecret();
  await prisma.session.create({ data: { userId, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + ttlMs) } });
  return token;
}

export async function createApiToken(prisma: PrismaClient, userId: number): Promise<string> {
  const token = generateSecret("pt_");
  await prisma.apiToken.create({ data: { userId, name: "test", tokenHash: hashSecret(token) } });
  return token;
}
