// Optimistic concurrency: an edit names the version it was loaded at; the write is `WHERE id = ? AND
// version = ?` and bumps the version. A stale edit is refused with CONFLICT (409) and a message listing
// what changed since that version, read from the audit rows (each carries the version it produced), in the
// caller's language (the code and the details stay the same in every language).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditJson } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";
import { messagePart, type LocalizedValue } from "@/lib/i18n/error-messages";
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
  // Said in the caller's language where it leaves the server (the field names and values as History says them);
  // the English is the message as the API has always sent it.
  const lines: LocalizedValue[] = changes.map((change) =>
    messagePart("conflictChange", {
      change: (locale) => describeFieldChange(entityType, change.field, change.before, change.after, dataLangOf(locale)),
      by: change.by,
      at: change.at.slice(0, 16).replace("T", " "),
    }),
  );
  if (rows.length > MAX_LISTED_CHANGES) lines.push(messagePart("conflictMore"));
  const listed = lines.length > 0 ? messagePart("conflictChangedSince", { lines: (locale) => lines.map((line) => line(locale)).join("\n") }) : messagePart("conflictNotFieldByField");
  return appError(
    "CONFLICT",
    "conflictStale",
    {
      entity: (locale) => (locale === "en" ? entityLabel(entityType).toLowerCase() : entityLabel(entityType, dataLangOf(locale))),
      expected: String(expectedVersion),
      current: String(currentVersion),
      listed,
    },
    { expectedVersion, currentVersion, changes } satisfies ConflictDetails,
  );
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
