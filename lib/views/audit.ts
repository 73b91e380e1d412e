// How saved-view changes are audited, and how a stale writer learns what changed since its version.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditChange, AuditChannel, AuditJson } from "@/lib/audit/record";
import { commitChange } from "@/lib/changes/commit-change";
import type { AuthUser } from "@/lib/auth/roles";
import { fieldLabel } from "@/lib/changes/audit-format";
import type { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";
import { messagePart } from "@/lib/i18n/error-messages";
import type { SavedView } from "@/lib/views/queries";

export const SAVED_VIEW_ENTITY = "SavedView";
export const AUDITED_VIEW_FIELDS = ["name", "query"] as const;

/** Who changes a view, and through which door (the dashboard's own calls or an integration's). */
export type ViewActor = { user: AuthUser; channel: AuditChannel };

const auditActor = (actor: ViewActor) => ({ id: actor.user.id, label: actor.user.email });

/** Audits a change to a saved view and emits it (views are outside candidate data). */
export function commitViewChange(tx: Prisma.TransactionClient, actor: ViewActor, viewId: number, reason: string, changes: AuditChange[]) {
  return commitChange(tx, {
    actor: auditActor(actor),
    channel: actor.channel,
    reason,
    candidateId: null,
    subject: { entityType: SAVED_VIEW_ENTITY, entityId: viewId },
    summary: `${reason}.`,
    changes,
  });
}

export type ViewChange = { at: Date; by: string; field: string | null; before: AuditJson; after: AuditJson };

/**
 * A 409 for a writer holding `yourVersion` of a view now at `current.version`: the current view and the
 * field changes made since, newest first (each accepted update bumps the version by one and writes one
 * audit change set, so the last `current.version - yourVersion` sets are exactly those changes).
 */
export async function staleViewConflict(tx: Prisma.TransactionClient, current: SavedView, yourVersion: number): Promise<AppError> {
  const missed = Math.max(current.version - yourVersion, 0);
  const rows = await tx.auditEvent.findMany({
    where: { entityType: SAVED_VIEW_ENTITY, entityId: String(current.id), action: "UPDATE" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { changeId: true, at: true, actorLabel: true, field: true, before: true, after: true },
    take: 200,
  });
  const changeIds = [...new Set(rows.map((row) => row.changeId))].slice(0, missed);
  const changesSince: ViewChange[] = rows
    .filter((row) => changeIds.includes(row.changeId))
    .map((row) => ({ at: row.at, by: row.actorLabel, field: row.field, before: row.before as AuditJson, after: row.after as AuditJson }));
  const fields = [...new Set(changesSince.map((change) => change.field).filter((field) => field !== null))];
  const changed = fields.length
    ? messagePart("savedViewChangedFields", { fields: (locale) => fields.map((field) => (locale === "en" ? field : fieldLabel(field, "zh"))).join(locale === "en" ? " and " : "和") })
    : "";
  return appError(
    "CONFLICT",
    "savedViewConflict",
    { name: current.name, changed, yours: String(yourVersion), current: String(current.version) },
    { current, yourVersion, changesSince },
  );
}
