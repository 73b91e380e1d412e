import "server-only";
import { snapshotForAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { AUDITED_VIEW_FIELDS, SAVED_VIEW_ENTITY, commitViewChange, staleViewConflict, type ViewActor } from "@/lib/views/audit";
import { lockSavedView } from "@/lib/views/lock-saved-view";

/** Deletes a view; with `version`, only if nobody changed it since (else a 409 with what changed). */
export async function deleteSavedView(id: number, version: number | undefined, actor: ViewActor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const view = await lockSavedView(tx, id);
    if (version !== undefined && view.version !== version) throw await staleViewConflict(tx, view, version);
    await tx.savedView.delete({ where: { id } });
    await commitViewChange(tx, actor, id, "Deleted a saved view", [
      { entityType: SAVED_VIEW_ENTITY, entityId: id, action: "DELETE", before: snapshotForAudit(view, AUDITED_VIEW_FIELDS) },
    ]);
  });
}
