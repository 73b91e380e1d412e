// Email + password sign-in, independent of Next so it can be tested on a database directly.
import "server-only";
import { prisma } from "@/lib/db";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import type { AuthUser } from "@/lib/auth/roles";
import { createSession } from "@/lib/auth/sessions";
import { clearSignInFailures, recordSignInFailure, signInLockMinutes } from "@/lib/auth/sign-in-throttle";
import { appError } from "@/lib/i18n/app-error";
import { errorText } from "@/lib/i18n/error-messages";

/** One message for every failure, so the form does not reveal which emails have accounts. */
export const SIGN_IN_FAILED = errorText("signInFailed");

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks the credentials and opens a session; throws UNAUTHORIZED with one generic message otherwise. */
export async function signInWithPassword(
  emailInput: string,
  password: string,
): Promise<{ user: AuthUser; token: string; expiresAt: Date; locale: string | null }> {
  const email = normalizeEmail(emailInput);
  const lockMinutes = await signInLockMinutes(email);
  if (lockMinutes > 0) {
    throw appError("UNAUTHORIZED", "signInLocked", { minutes: lockMinutes });
  }
  const record = await prisma.user.findUnique({ where: { email } });
  const valid =
    record && !record.disabledAt ? await verifyPassword(record.passwordHash, password) : await verifyAgainstDummy(password);
  if (!record || !valid) {
    await recordSignInFailure(email);
    throw appError("UNAUTHORIZED", "signInFailed");
  }
  await clearSignInFailures(email);
  const { token, expiresAt } = await createSession(record.id);
  return { user: { id: record.id, email: record.email, name: record.name, role: record.role }, token, expiresAt, locale: record.locale };
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
