// User administration against a real database: audited changes, the last-administrator and self-disable
// guards, disabling signs out, and an issued token works until it is revoked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/changes/actor";
import { openAppDatabase, type AppDatabase } from "./support/app-database.ts";
import { createSessionToken, createUser, type TestUser } from "./support/users.ts";

let app: AppDatabase;
let admin: TestUser;
let actor: Actor;

beforeAll(async () => {
  app = await openAppDatabase("users");
  admin = await createUser(app.prisma, "ADMIN");
  actor = { id: admin.id, label: admin.email, channel: "ui" };
});
afterAll(async () => app?.drop());

const users = () => import("@/lib/users/mutations");

describe("user administration", () => {
  it("creates a user who can sign in, with an audit row that holds no password", async () => {
    const { createUser: create } = await users();
    await create({ actor, input: { email: "new.analyst@test.local", name: "New Analyst", role: "ANALYST", password: "a-long-enough-password" } });
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const { user } = await signInWithPassword("new.analyst@test.local", "a-long-enough-password");
    expect(user.role).toBe("ANALYST");
    const audit = await app.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: String(user.id) } });
    expect(JSON.stringify(audit.after)).not.toMatch(/password/i);
    await expect(create({ actor, input: { email: "new.analyst@test.local", name: "Again", role: "VIEWER", password: "a-long-enough-password" } })).rejects.toMatchObject({
      message: expect.stringContaining("EMAIL_TAKEN"),
    });
  });

  it("never demotes or disables the last active administrator, nor lets an administrator disable themselves", async () => {
    const { changeUserRole, setUserDisabled } = await users();
    await expect(changeUserRole({ actor, input: { userId: admin.id, role: "ANALYST" } })).rejects.toMatchObject({ message: expect.stringContaining("LAST_ADMIN") });
    await expect(setUserDisabled({ actor, input: { userId: admin.id, disabled: true } })).rejects.toMatchObject({ message: expect.stringContaining("SELF_DISABLE") });
    const second = await createUser(app.prisma, "ADMIN", "second.admin@test.local");
    await expect(setUserDisabled({ actor: { ...actor, id: second.id }, input: { userId: admin.id, disabled: true } })).resolves.toBeDefined();
    await setUserDisabled({ actor: { ...actor, id: second.id }, input: { userId: admin.id, disabled: false } });
  });

  it("disabling signs the user out; a new password ends their sessions", async () => {
    const { setUserDisabled, setUserPassword } = await users();
    const { findSessionUser } = await import("@/lib/auth/sessions");
    const viewer = await createUser(app.prisma, "VIEWER");
    const session = await createSessionToken(app.prisma, viewer.id);
    await setUserPassword({ actor, input: { userId: viewer.id, password: "another-long-password" } });
    expect(await findSessionUser(session)).toBeNull();
    const again = await createSessionToken(app.prisma, viewer.id);
    await setUserDisabled({ actor, input: { userId: viewer.id, disabled: true } });
    expect(await app.prisma.session.count({ where: { userId: viewer.id } })).toBe(0);
    expect(await findSessionUser(again)).toBeNull();
  });

  it("issues a token that authenticates until it is revoked; only its hash is stored", async () => {
    const { issueApiToken, revokeApiToken } = await users();
    const { authenticateRequest } = await import("@/lib/auth/current-user");
    const analyst = await createUser(app.prisma, "ANALYST", "token.owner@test.local");
    const { token } = await issueApiToken({ actor, input: { userId: analyst.id, name: "CDE scraper" } });
    expect(token).toMatch(/^pt_/);
    const request = () => new Request("http://localhost/api/x", { method: "POST", headers: { authorization: `Bearer ${token}` } });
    expect(await authenticateRequest(request())).toMatchObject({ id: analyst.id });
    const row = await app.prisma.apiToken.findFirstOrThrow({ where: { userId: analyst.id } });
    expect(row.tokenHash).not.toContain(token!.slice(3));
    await revokeApiToken({ actor, input: { tokenId: row.id } });
    expect(await authenticateRequest(request())).toBeNull();
  });
});
