// User administration: create, change role, disable or enable, set a password, issue and revoke personal API
// tokens. Administrators only (the actions check); every change is audited; the system never locks out its
// last active administrator.
import "server-only";
import type { Role } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { API_TOKEN_PREFIX } from "@/lib/auth/api-tokens";
import { hashPassword } from "@/lib/auth/password";
import { generateSecret, hashSecret } from "@/lib/auth/secrets";
import { labelOf } from "@/lib/domain/vocabulary";
import { AppError } from "@/lib/http/errors";
import type { CreateUserInput } from "@/lib/users/schemas";
import type { Actor } from "@/lib/workflow/actor";
import { refusalError } from "@/lib/workflow/refusals";
import { inTransaction, type Tx } from "@/lib/workflow/transaction";

export type AdminResult = { summary: string; token?: string };

async function loadUser(tx: Tx, id: number) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabledAt: true } });
  if (!user) throw new AppError("NOT_FOUND", `User ${id} does not exist.`);
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
    await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: "User created by an administrator",
      changes: [{ entityType: "User", entityId: user.id, action: "CREATE", after: { email: user.email, name: user.name, role: user.role } }],
    });
    return { summary: `Created ${user.email} (${labelOf("Role", user.role)}).` };
  });
}

export async function changeUserRole({ actor, input }: { actor: Actor; input: { userId: number; role: Role } }): Promise<AdminResult> {
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.role === input.role) return { summary: `${user.email} is already ${labelOf("Role", user.role)}.` };
    if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, user.id);
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: "Role changed by an administrator",
      changes: [{ entityType: "User", entityId: user.id, action: "UPDATE", field: "role", before: user.role, after: input.role }],
    });
    return { summary: `${user.email} is now ${labelOf("Role", input.role)}.` };
  });
}

/** Disabling signs the user out everywhere and stops their API tokens (they act as a disabled user). */
export async function setUserDisabled({ actor, input }: { actor: Actor; input: { userId: number; disabled: boolean } }): Promise<AdminResult> {
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (Boolean(user.disabledAt) === input.disabled) return { summary: `${user.email} is already ${input.disabled ? "disabled" : "active"}.` };
    if (input.disabled && user.id === actor.id) throw refusalError([{ rule: "SELF_DISABLE", message: "You cannot disable your own account." }]);
    if (input.disabled && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, user.id);
    const disabledAt = input.disabled ? new Date() : null;
    await tx.user.update({ where: { id: user.id }, data: { disabledAt } });
    if (input.disabled) await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: input.disabled ? "Account disabled by an administrator" : "Account enabled by an administrator",
      changes: [{ entityType: "User", entityId: user.id, action: "UPDATE", field: "disabledAt", before: user.disabledAt?.toISOString() ?? null, after: disabledAt?.toISOString() ?? null }],
    });
    return { summary: `${user.email} is ${input.disabled ? "disabled and signed out" : "active again"}.` };
  });
}

/** Sets a password; the user's other sessions end, so a leaked password stops working at once. */
export async function setUserPassword({ actor, input }: { actor: Actor; input: { userId: number; password: string } }): Promise<AdminResult> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    if (user.id !== actor.id) await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: "Password set by an administrator",
      changes: [{ entityType: "User", entityId: user.id, action: "UPDATE", field: "password", before: null, after: "(changed)" }],
    });
    return { summary: `Set a new password for ${user.email}.` };
  });
}

/** Issues a personal API token; the token itself is returned once and never stored. */
export async function issueApiToken({ actor, input }: { actor: Actor; input: { userId: number; name: string } }): Promise<AdminResult> {
  const token = generateSecret(API_TOKEN_PREFIX);
  return inTransaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    const row = await tx.apiToken.create({ data: { userId: user.id, name: input.name, tokenHash: hashSecret(token) } });
    await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: "API token issued by an administrator",
      changes: [{ entityType: "ApiToken", entityId: row.id, action: "CREATE", after: { userId: user.id, name: row.name } }],
    });
    return { summary: `Issued the token "${row.name}" for ${user.email}. Copy it now: it is not shown again.`, token };
  });
}

export async function revokeApiToken({ actor, input }: { actor: Actor; input: { tokenId: number } }): Promise<AdminResult> {
  return inTransaction(async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { id: true, name: true, revokedAt: true } });
    if (!row) throw new AppError("NOT_FOUND", `API token ${input.tokenId} does not exist.`);
    if (row.revokedAt) return { summary: `The token "${row.name}" was already revoked.` };
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: row.id }, data: { revokedAt } });
    await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: "API token revoked by an administrator",
      changes: [{ entityType: "ApiToken", entityId: row.id, action: "UPDATE", field: "revokedAt", before: null, after: revokedAt.toISOString() }],
    });
    return { summary: `Revoked the token "${row.name}".` };
  });
}
