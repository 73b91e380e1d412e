// Optimistic concurrency: an edit names the version it was loaded at; the write is `WHERE id = ? AND
// version = ?` and bumps the version. A stale edit is refused with CONFLICT (409) and a message listing
// what changed since that version, read from the audit rows (each carries the version it produced).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditJson } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";
import { dataLangOf } from "@/lib/i18n/config";
import { describeFieldChange, entityLabel } from "@/lib/changes/audit-format";

export type ConflictChange = { field: string; before: AuditJson; after: AuditJson; by: string; at: string; version: number | null };

export type ConflictDetails = { expectedVersion: number; currentVersion: number; changes: ConflictChange[] };

const MAX_LISTED_CHANGES = 20;

export async function conflictError(
  tx: Prisma.TransactionClient,
  target: { entityType: string; entityId: number; expectedVersion: number; currentVersion: number },
): Promise<AppError> {
  const { entityType, entityId, expectedVersion, currentVersion } = target;
  const rows = await tx.auditEvent.findMany({
    where: { entityType, entityId: String(entityId), entityVersion: { gt: expectedVersion }, field: { not: null } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: MAX_LISTED_CHANGES + 1,
    select: { field: true, before: true, after: true, actorLabel: true, at: true, entityVersion: true },
  });
  const changes: ConflictChange[] = rows.slice(0, MAX_LISTED_CHANGES).map((row) => ({
    field: row.field ?? "",
    before: (row.before ?? null) as AuditJson,
    after: (row.after ?? null) as AuditJson,
    by: row.actorLabel,
    at: row.at.toISOString(),
    version: row.entityVersion,
  }));
  const noun = entityLabel(entityType).toLowerCase();
  const lines = changes.map(
    (change) => `• ${describeFieldChange(entityType, change.field, change.before, change.after)} (${change.by}, ${change.at.slice(0, 16).replace("T", " ")} UTC)`,
  );
  if (rows.length > MAX_LISTED_CHANGES) lines.push("• … and more; see History on the candidate page.");
  const listed = lines.length > 0 ? `Changed since then:\n${lines.join("\n")}` : "The changes were not recorded field by field.";
  const message =
    `This ${noun} was changed by someone else after you loaded it (you loaded version ${expectedVersion}; it is now version ${currentVersion}). ` +
    `Your change was not saved.\n${listed}\nReview the current values and submit again if your change still applies.`;
  return new AppError("CONFLICT", message, { expectedVersion, currentVersion, changes } satisfies ConflictDetails);
}

type VersionTarget = { entityType: string; entityId: number; expectedVersion: number };

/** Refuses an edit loaded at another version than the record's current one. */
export async function assertLoadedVersion(tx: Prisma.TransactionClient, target: VersionTarget & { currentVersion: number }): Promise<void> {
  if (target.currentVersion !== target.expectedVersion) throw await conflictError(tx, target);
}

/**
 * After `updateMany({ where: { id, version: expectedVersion } })`: zero rows means another writer committed
 * first (PostgreSQL re-checks the version after waiting for that writer's row lock), or the row is gone.
 */
export async function assertUpdated(
  tx: Prisma.TransactionClient,
  count: number,
  target: VersionTarget,
  readVersion: () => Promise<{ version: number } | null>,
): Promise<void> {
  if (count > 0) return;
  const current = await readVersion();
  if (!current) throw appError("NOT_FOUND", "recordNoLongerExists", { entity: (locale) => entityLabel(target.entityType, dataLangOf(locale)), id: String(target.entityId) });
  throw await conflictError(tx, { ...target, currentVersion: current.version });
}
