"use server";
// Sign-in and sign-out: the only server actions open to anonymous callers (see test/authorization.test.ts).
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/auth/guarded-action";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { isLocale, LOCALE_COOKIE, localeCookieOptions } from "@/lib/i18n/config";
import { deleteSession } from "@/lib/auth/sessions";
import { safeRedirectPath, signInWithPassword } from "@/lib/auth/sign-in";

const signInSchema = z.object({
  email: z.email("Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH),
  next: z.string().max(2000).optional(),
});

export const signIn = publicAction(signInSchema, async ({ input }) => {
  const { token, expiresAt, locale } = await signInWithPassword(input.email, input.password);
  const https = (await headers()).get("x-forwarded-proto") === "https";
  const store = await cookies();
  store.set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt, { https }));
  // The language chosen on another browser follows the user here.
  if (isLocale(locale)) store.set(LOCALE_COOKIE, locale, localeCookieOptions({ https }));
  return { redirectTo: safeRedirectPath(input.next) };
});

export const signOut = publicAction(z.object({}), async () => {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  store.delete(SESSION_COOKIE);
  return { redirectTo: "/" };
});
