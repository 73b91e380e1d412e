"use server";
// Sign-in and sign-out: the only server actions open to anonymous callers (see test/authorization.test.ts).
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { deleteSession } from "@/lib/auth/sessions";
import { safeRedirectPath, signInWithPassword } from "@/lib/auth/sign-in";

const signInSchema = z.object({
  email: z.email("Enter your email address.").max(254),
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH),
  next: z.string().max(2000).optional(),
});

export const signIn = publicAction(signInSchema, async ({ input }) => {
  const { token, expiresAt } = await signInWithPassword(input.email, input.password);
  const https = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions(expiresAt, { https }));
  return { redirectTo: safeRedirectPath(input.next) };
});

export const signOut = publicAction(z.object({}), async () => {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  store.delete(SESSION_COOKIE);
  return { redirectTo: "/" };
});
