// Email + password sign-in, independent of Next so it can be tested on a database directly.
import "server-only";
import { prisma } from "@/lib/db";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import type { AuthUser } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/sessions";
import { clearSignInFailures, recordSignInFailure, signInLockMinutes } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/http/errors";

/** One message for every failure, so the form does not reveal which emails have accounts. */
export const SIGN_IN_FAILED = "That email and password do not match an active account.";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks the credentials and opens a session; throws UNAUTHORIZED with one generic message otherwise. */
export async function signInWithPassword(
  emailInput: string,
  password: string,
): Promise<{ user: AuthUser; token: string; expiresAt: Date }> {
  const email = normalizeEmail(emailInput);
  const lockMinutes = signInLockMinutes(email);
  if (lockMinutes > 0) {
    throw new AppError("UNAUTHORIZED", `Too many failed attempts for this email; try again in ${lockMinutes} minute(s).`);
  }
  const record = await prisma.user.findUnique({ where: { email } });
  const valid =
    record && !record.disabledAt ? await verifyPassword(record.passwordHash, password) : await verifyAgainstDummy(password);
  if (!record || !valid) {
    recordSignInFailure(email);
    throw new AppError("UNAUTHORIZED", SIGN_IN_FAILED);
  }
  clearSignInFailures(email);
  const { token, expiresAt } = await createSession(record.id);
  return { user: { id: record.id, email: record.email, name: record.name, role: record.role }, token, expiresAt };
}

/** A post-sign-in destination that stays on this site ("/x", never "//host" or "https://host"). */
export function safeRedirectPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/")) return "/";
  // Resolve it as a browser would (which drops tabs and newlines and reads "/\\" as "//"): only a path on
  // this origin survives, so a crafted `next` can neither leave the site nor break the Location header.
  const base = "http://pathway-tracker.invalid";
  try {
    const url = new URL(next, base);
    if (url.origin !== base) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
