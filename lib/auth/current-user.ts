// Who is asking. Server components and server actions read the session cookie (getCurrentUser); route
// handlers also accept a personal API token (authenticateRequest). Both return null for anonymous callers;
// the role check is requireRole's job.
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { findApiTokenUser } from "@/lib/auth/api-tokens";
import type { AuthUser } from "@/lib/auth/roles";
import { readSessionCookie, SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { findSessionUser, type SessionUser } from "@/lib/auth/sessions";
import { noteRequestUser } from "@/lib/server/request-context";

/** The signed-in user of this request (cookie session), once per request, with their saved interface language. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  const user = await findSessionUser(store.get(SESSION_COOKIE)?.value);
  if (user) noteRequestUser(user.id);
  return user;
});

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The caller of a route handler: a bearer token when the request carries one (and only then: a bad token is
 * not rescued by a cookie), else the session cookie. A cookie on a state-changing request from another origin
 * is ignored, because SameSite=Lax still lets sibling subdomains send it.
 */
export async function authenticateRequest(request: Request): Promise<AuthUser | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    return match?.[1] ? findApiTokenUser(match[1]) : null;
  }
  if (!SAFE_METHODS.has(request.method.toUpperCase()) && isCrossOrigin(request)) return null;
  return findSessionUser(readSessionCookie(request.headers.get("cookie")));
}

function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false; // not a browser-initiated cross-origin request (curl, server-to-server)
  // X-Forwarded-Host is client-supplied unless a proxy you run sets it: honour it only when told so.
  const forwardedHost = process.env.TRUST_PROXY === "1" ? request.headers.get("x-forwarded-host") : null;
  const host = forwardedHost ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
