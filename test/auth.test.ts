// Sign-in, sessions, API tokens and the route guard, against a real database.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { cookieJar, nextCacheMock, nextHeadersMock } from "./support/next-request.ts";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createApiToken, createSessionToken, createUser, type TestUser } from "./support/users.ts";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);

let app: AppDatabase;
let viewer: TestUser;
let analyst: TestUser;
let admin: TestUser;

beforeAll(async () => {
  app = await openAppDatabase("auth");
  viewer = await createUser(app.prisma, "VIEWER");
  analyst = await createUser(app.prisma, "ANALYST");
  admin = await createUser(app.prisma, "ADMIN");
});
afterAll(async () => app?.drop());
beforeEach(() => cookieJar.signInWith(undefined));

describe("signInWithPassword", () => {
  it("opens a session whose row holds only the SHA-256 of the cookie token", async () => {
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const { hashSecret } = await import("@/lib/auth/secrets");
    const { user, token, expiresAt } = await signInWithPassword(` ${analyst.email.toUpperCase()} `, analyst.password);
    expect(user).toEqual({ id: analyst.id, email: analyst.email, name: analyst.name, role: "ANALYST" });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    const rows = await app.prisma.session.findMany({ where: { userId: analyst.id } });
    expect(rows.map((row) => row.tokenHash)).toContain(hashSecret(token));
    expect(rows.some((row) => row.tokenHash === token)).toBe(false);
  });

  it.each([
    ["a wrong password", () => ({ email: viewer.email, password: "not-the-password" })],
    ["an unknown email", () => ({ email: "nobody@test.local", password: "whatever-password" })],
  ])("refuses %s with the same message", async (_case, credentials) => {
    const { signInWithPassword, SIGN_IN_FAILED } = await import("@/lib/auth/sign-in");
    const { email, password } = credentials();
    await expect(signInWithPassword(email, password)).rejects.toMatchObject({ code: "UNAUTHORIZED", message: SIGN_IN_FAILED });
  });

  it("refuses a disabled account even with the right password", async () => {
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const disabled = await createUser(app.prisma, "ANALYST", "disabled@test.local");
    await app.prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await expect(signInWithPassword(disabled.email, disabled.password)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("locks an email after ten failures, even for the right password", async () => {
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const target = await createUser(app.prisma, "VIEWER", "locked@test.local");
    for (let i = 0; i < 10; i++) await expect(signInWithPassword(target.email, "wrong-password!")).rejects.toThrow();
    await expect(signInWithPassword(target.email, target.password)).rejects.toThrow(/Too many failed attempts/);
    // The failures are rows in PostgreSQL, so every process (and a restarted one) sees the lock.
    expect(await app.prisma.signInFailure.count({ where: { email: target.email } })).toBe(10);
  });

  it("lifts the lock once the failures leave the 15-minute window, and forgets them on success", async () => {
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const target = await createUser(app.prisma, "VIEWER", "aged@test.local");
    for (let i = 0; i < 10; i++) await expect(signInWithPassword(target.email, "wrong-password!")).rejects.toThrow();
    await app.prisma.$executeRaw`UPDATE "SignInFailure" SET "failedAt" = "failedAt" - interval '16 minutes' WHERE email = ${target.email}`;
    await expect(signInWithPassword(target.email, target.password)).resolves.toMatchObject({ user: { id: target.id } });
    expect(await app.prisma.signInFailure.count({ where: { email: target.email } })).toBe(0);
  });
});

describe("sessions", () => {
  it("refuses an expired session and a disabled user's session", async () => {
    const { findSessionUser } = await import("@/lib/auth/sessions");
    const expired = await createSessionToken(app.prisma, viewer.id, -1000);
    expect(await findSessionUser(expired)).toBeNull();
    const temp = await createUser(app.prisma, "ANALYST", "temp@test.local");
    const token = await createSessionToken(app.prisma, temp.id);
    expect(await findSessionUser(token)).toMatchObject({ id: temp.id });
    await app.prisma.user.update({ where: { id: temp.id }, data: { disabledAt: new Date() } });
    expect(await findSessionUser(token)).toBeNull();
    expect(await findSessionUser("made-up-token")).toBeNull();
    expect(await findSessionUser(undefined)).toBeNull();
  });

  it("getCurrentUser reads the session cookie", async () => {
    const { getCurrentUser } = await import("@/lib/auth/current-user");
    cookieJar.signInWith(await createSessionToken(app.prisma, admin.id));
    expect(await getCurrentUser()).toMatchObject({ id: admin.id, role: "ADMIN" });
  });
});

describe("authenticateRequest", () => {
  const request = (init: { method?: string; headers?: Record<string, string> }) =>
    new Request("http://localhost:3000/api/x", { method: init.method ?? "POST", headers: { host: "localhost:3000", ...init.headers } });

  it("accepts a bearer token and refuses a revoked one", async () => {
    const { authenticateRequest } = await import("@/lib/auth/current-user");
    const token = await createApiToken(app.prisma, analyst.id);
    expect(await authenticateRequest(request({ headers: { authorization: `Bearer ${token}` } }))).toMatchObject({ id: analyst.id });
    const stored = await app.prisma.apiToken.findFirstOrThrow({ where: { userId: analyst.id } });
    expect(stored.lastUsedAt).not.toBeNull();
    expect(stored.tokenHash).not.toBe(token);
    await app.prisma.apiToken.update({ where: { id: stored.id }, data: { revokedAt: new Date() } });
    expect(await authenticateRequest(request({ headers: { authorization: `Bearer ${token}` } }))).toBeNull();
  });

  it("does not fall back to the cookie when the bearer token is bad", async () => {
    const { authenticateRequest } = await import("@/lib/auth/current-user");
    const cookie = await createSessionToken(app.prisma, analyst.id);
    const headers = { authorization: "Bearer pt_forged", cookie: `pt_session=${cookie}` };
    expect(await authenticateRequest(request({ headers }))).toBeNull();
  });

  it("ignores the cookie on a cross-origin POST but not on a same-origin one", async () => {
    const { authenticateRequest } = await import("@/lib/auth/current-user");
    const cookie = `other=1; pt_session=${await createSessionToken(app.prisma, analyst.id)}`;
    expect(await authenticateRequest(request({ headers: { cookie, origin: "https://evil.example" } }))).toBeNull();
    expect(await authenticateRequest(request({ headers: { cookie, origin: "http://localhost:3000" } }))).toMatchObject({ id: analyst.id });
    expect(await authenticateRequest(request({ method: "GET", headers: { cookie, origin: "https://evil.example" } }))).not.toBeNull();
  });
});

describe("withRole", () => {
  const call = async (headers: Record<string, string>) => {
    const { withRole } = await import("@/lib/auth/with-role");
    const handler = withRole<{ id: string }>("ANALYST", async (_request, { user, params }) =>
      Response.json({ user: user.email, id: params.id }),
    );
    return handler(new Request("http://localhost/api/x/7", { method: "POST", headers }), { params: Promise.resolve({ id: "7" }) });
  };

  it.each([
    ["anonymous", () => ({}), 401],
    ["a viewer", async () => ({ authorization: `Bearer ${await createApiToken(app.prisma, viewer.id)}` }), 403],
  ])("refuses %s", async (_who, headers, status) => {
    const response = await call(await headers());
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code: status === 401 ? "UNAUTHORIZED" : "FORBIDDEN" });
  });

  it("runs the handler for an analyst with the route params", async () => {
    const response = await call({ cookie: `pt_session=${await createSessionToken(app.prisma, analyst.id)}` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: analyst.email, id: "7" });
  });
});

describe("sign-in and sign-out actions", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };

  it("sets the session cookie and redirects to a local path only", async () => {
    const { signIn } = await import("@/lib/auth/actions");
    const redirect = await signIn({ status: "idle" }, form({ email: admin.email, password: admin.password, next: "//evil.example/x" })).catch(
      (error: { digest?: string }) => error.digest,
    );
    expect(redirect).toMatch(/^NEXT_REDIRECT;replace;\/;/);
    expect(cookieJar.value).toBeTruthy();
  });

  it("keeps the email but never echoes the password on failure", async () => {
    const { signIn } = await import("@/lib/auth/actions");
    const state = await signIn({ status: "idle" }, form({ email: admin.email, password: "wrong-password" }));
    expect(state).toMatchObject({ status: "error", code: "UNAUTHORIZED", values: { email: admin.email } });
    expect(state.values).not.toHaveProperty("password");
  });

  it("returns field errors for a malformed email", async () => {
    const { signIn } = await import("@/lib/auth/actions");
    const state = await signIn({ status: "idle" }, form({ email: "not-an-email", password: "x" }));
    expect(state).toMatchObject({ status: "error", code: "INVALID" });
    expect(state.fieldErrors?.email?.[0]).toMatch(/email/i);
  });

  it("sign-out deletes the session row", async () => {
    const { signOut } = await import("@/lib/auth/actions");
    const token = await createSessionToken(app.prisma, viewer.id);
    cookieJar.signInWith(token);
    await signOut({ status: "idle" }, new FormData()).catch(() => undefined);
    const { hashSecret } = await import("@/lib/auth/secrets");
    expect(await app.prisma.session.count({ where: { tokenHash: hashSecret(token) } })).toBe(0);
    expect(cookieJar.value).toBeUndefined();
  });
});

describe("safeRedirectPath", () => {
  it.each([
    ["/candidates/4", "/candidates/4"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    ["", "/"],
    [undefined, "/"],
  ])("%s → %s", async (input, expected) => {
    const { safeRedirectPath } = await import("@/lib/auth/sign-in");
    expect(safeRedirectPath(input)).toBe(expected);
  });
});
