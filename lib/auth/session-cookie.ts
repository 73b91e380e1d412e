// The session cookie: httpOnly (no script can read it), SameSite=Lax (not sent on cross-site POSTs), path /.
// Secure when the request arrived over HTTPS (directly or via a proxy's X-Forwarded-Proto), so a plain-HTTP
// install on a LAN still works; SESSION_COOKIE_SECURE=true|false overrides the detection.
export const SESSION_COOKIE = "pt_session";

export function sessionCookieOptions(expiresAt: Date, { https }: { https: boolean }) {
  const forced = process.env.SESSION_COOKIE_SECURE;
  const secure = forced === "true" ? true : forced === "false" ? false : https;
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", expires: expiresAt };
}

/** The session token from a Cookie header, or undefined. */
export function readSessionCookie(cookieHeader: string | null): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}
