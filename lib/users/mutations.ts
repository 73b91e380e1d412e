// User administration: create, change role, disable or enable, set a password, issue and revoke personal API
// tokens. Administrators only (the actions check); every change is audited; the system never locks out its
// last active administrator.
import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { API_TOKEN_PREFIX } from "@/lib/auth/api-tokens";
import { hashPassword } from "@/lib/auth/password";
import { generateSecret, hashSecret } from "@/lib/auth/secrets";
import { labelOf } from "@/lib/domain/vocabulary";
import { appError } from "@/lib/i18n/app-error";
import type { CreateUserInput } from "@/lib/users/schemas";
import type { Actor } from "@/lib/changes/actor";
import { commitChange, type CommitChangeInput } from "@/lib/changes/commit-change";
import { refusalError } from "@/lib/changes/refusals";
import { inTransaction, type Tx } from "@/lib/changes/transaction";

/** `said`: the summary as a key of messages/<locale>/users.json `summary` and its values, for the form's language. */
export type AdminResult = { summary: string; token?: string; said?: { key: string; values: Record<string, string> } };

type AdminChange = Omit<CommitChangeInput, "actor" | "channel" | "candidateId" | "subject">;

/** Audits an administrator's change and emits it; user records are outside candidate data. */
function commitAdminChange(tx: Tx, actor: Actor, change: AdminChange): Promise<unknown> {
  const first = change.changes[0]!;
  return commitChange(tx, { ...change, actor, channel: actor.channel, candidateId: null, subject: { entityType: first.entityType, entityId: first.entityId } });
}

async function loadUser(tx: Tx, id: number) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user) throw appError("NOT_FOUND", "userMissing", { id: String(id) });
  return user;
}

/** Refuses a change that would leave no active administrator. */
async function assertAnotherActiveAdmin(tx: Tx, userId: number): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others === 0) {
    throw refusalError([{ rule: "LAST_ADMIN", message: "This is the last active administrator; make someone else an administrator first." }]);
  }
}

export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }): Promise<AdminResult> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw refusalError([{ rule: "EMAIL_TAKEN", field: "email", message: `${input.email} already has an account.` }]);
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash } });
    const summary = `Created ${user.email} (${labelOf("Role", user.role)}).`;
    await commitAdminChange(tx, actor, {
      reason: "User created by an administrator",
      summary,
      changes: [{ entityType: "User", entityId: user.id, action: "CREATE", after: { email: user.email, name: user.name, role: user.role } }],
    });
    return { summary, said: { key: "created", values: { email: user.email, role: user.role } } };
  });
}

export async function changeUserRole({ actor, input }: { actor: Actor; input: { userId: number; role: Role } }): Promise<AdminResult> {
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.role === input.role) return { summary: `${user.email} is already ${labelOf("Role", user.role)}.`, said: { key: "already", values: { email: user.email, role: user.role } } };
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    const summary = `${user.email} is now ${labelOf("Role", input.role)}.`;
    await commitAdminChange(tx, actor, {
      reason: "Role changed by an administrator",
      summary,
      changes: [{ entityType: "User", entityId: user.id, action: "UPDATE", field: "role", before: user.role, after: input.role }],
    });
    return { summary, said: { key: "role", values: { email: user.email, role: input.role } } };
  });
}

/** Disabling signs the user out everywhere and stops their API tokens (they act as a disabled user). */
export async function setUserDisabled({ actor, input }: { actor: Actor; input: { userId: number; disabled: boolean } }): Promise<AdminResult> {
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (Boolean(user.disabledAt) === input.disabled) return { summary: `${user.email} is already ${input.disabled ? "disabled" : "active"}.`, said: { key: "alreadyDisabled", values: { email: user.email, state: input.disabled ? "disabled" : "active" } } };
    if (input.disabled && user.id === actor.id) throw refusalError([{ rule: "SELF_DISABLE", message: "You cannot disable your own account." }]);
    if (input.disabled && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, user.id);
    const disabledAt = input.disabled ? new Date() : null;
    await tx.user.update({ where: { id: user.id }, data: { disabledAt } });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
    const summary = `${user.email} is ${input.disabled ? "disabled and signed out" : "active again"}.`;
    await commitAdminChange(tx, actor, {
      reason: input.disabled ? "Account disabled by an administrator" : "Account enabled by an administrator",
      summary,
      changes: [{ entityType: "User", entityId: user.id, action: "UPDATE", field: "disabledAt", before: user.disabledAt?.toISOString() ?? null, after: disabledAt?.toISOString() ?? null }],
    });
    return { summary, said: { key: "disabledNow", values: { email: user.email, state: input.disabled ? "disabled" : "active" } } };
  });
}

/** Sets a password; the user's other sessions end, so a leaked password stops working at once. */
export async function setUserPassword({ actor, input }: { actor: Actor; input: { userId: number; password: string } }): Promise<AdminResult> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    if (user.id !== actor.id) await tx.session.deleteMany({ where: { userId: user.id } });
    const summary = `Set a new password for ${user.email}.`;
    await commitAdminChange(tx, actor, {
      reason: "Password set by an administrator",
      summary,
      changes: [{ entityType: "User", entityId: user.id, action: "UPDATE", field: "password", before: null, after: "(changed)" }],
    });
    return { summary, said: { key: "password", values: { email: user.email } } };
  });
}

/** Issues a personal API token; the token itself is returned once and never stored. */
export async function issueApiToken({ actor, input }: { actor: Actor; input: { userId: number; name: string } }): Promise<AdminResult> {
  const token = generateSecret(API_TOKEN_PREFIX);
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    const row = await tx.apiToken.create({ data: { userId: user.id, name: input.name, tokenHash: hashSecret(token) } });
    const summary = `Issued the token "${row.name}" for ${user.email}. Copy it now: it is not shown again.`;
    await commitAdminChange(tx, actor, {
      reason: "API token issued by an administrator",
      summary,
      changes: [{ entityType: "ApiToken", entityId: row.id, action: "CREATE", after: { userId: user.id, name: row.name } }],
    });
    return { summary, token, said: { key: "tokenIssued", values: { name: row.name, email: user.email } } };
  });
}

export async function revokeApiToken({ actor, input }: { actor: Actor; input: { tokenId: number } }): Promise<AdminResult> {
  return inTransaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { id: true, name: true, revokedAt: true } });
    if (!row) throw appError("NOT_FOUND", "apiTokenMissing", { id: String(input.tokenId) });
    if (row.revokedAt) return { summary: `The token "${row.name}" was already revoked.`, said: { key: "tokenAlreadyRevoked", values: { name: row.name } } };
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt } });
    const summary = `Revoked the token "${row.name}".`;
    await commitAdminChange(tx, actor, {
      reason: "API token revoked by an administrator",
      summary,
      changes: [{ entityType: "ApiToken", entityId: row.id, action: "UPDATE", field: "revokedAt", before: null, after: revokedAt.toISOString() }],
    });
    return { summary, said: { key: "tokenRevoked", values: { name: row.name } } };
  });
}
