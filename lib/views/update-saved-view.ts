import "server-only";
import { diffForAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AUDITED_VIEW_FIELDS, SAVED_VIEW_ENTITY, commitViewChange, staleViewConflict, type ViewActor } from "@/lib/views/audit";
import { nameTakenAsConflict } from "@/lib/views/create-saved-view";
import { lockSavedView } from "@/lib/views/lock-saved-view";
import { savedViewSelect, toSavedView, type SavedView } from "@/lib/views/queries";
import type { UpdateSavedViewInput } from "@/lib/views/schemas";
import { normalizeViewQuery } from "@/lib/views/view-query";

/**
 * Renames a view and/or replaces its query, if it is still at `input.version` (optimistic concurrency):
 * of two writers holding the same version the first wins and the second gets a 409 with what changed.
 */
export async function updateSavedView(id: number, input: UpdateSavedViewInput, actor: ViewActor): Promise<SavedView> {
  const data = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.query !== undefined ? { query: normalizeViewQuery(input.query) } : {}),
  };
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await lockSavedView(tx, id);
      if (before.version !== input.version) throw await staleViewConflict(tx, before, input.version);
      const updated = toSavedView(
        await tx.savedView.update({ where: { id }, data: { ...data, version: { increment: 1 } }, select: savedViewSelect }),
      );
      await commitViewChange(
        tx,
        actor,
        id,
        input.query === undefined ? "Renamed a saved view" : "Updated a saved view",
        diffForAudit(before, updated, [...AUDITED_VIEW_FIELDS]).map((change) => ({ entityType: SAVED_VIEW_ENTITY, entityId: id, action: "UPDATE" as const, ...change })),
      );
      return updated;
    });
  } catch (error) {
    throw nameTakenAsConflict(error, input.name);
  }
}

