import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { snapshotForAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";
import { AUDITED_VIEW_FIELDS, SAVED_VIEW_ENTITY, commitViewChange, type ViewActor } from "@/lib/views/audit";
import { savedViewSelect, toSavedView, type SavedView } from "@/lib/views/queries";
import type { CreateSavedViewInput } from "@/lib/views/schemas";
import { normalizeViewQuery } from "@/lib/views/view-query";

/** Saves a named dashboard view; its query is validated and stored in canonical form. */
export async function createSavedView(input: CreateSavedViewInput, actor: ViewActor): Promise<SavedView> {
  const query = normalizeViewQuery(input.query);
  try {
    return await prisma.$transaction(async (tx) => {
      const created = toSavedView(
        await tx.savedView.create({ data: { name: input.name, query, ownerId: actor.user.id }, select: savedViewSelect }),
      );
      await commitViewChange(tx, actor, created.id, "Saved a dashboard view", [
        { entityType: SAVED_VIEW_ENTITY, entityId: created.id, action: "CREATE", after: snapshotForAudit(created, AUDITED_VIEW_FIELDS) },
      ]);
      return created;
    });
  } catch (error) {
    throw nameTakenAsConflict(error, input.name);
  }
}

/** The unique index on SavedView.name, said in words. */
export function nameTakenAsConflict(error: unknown, name: string | undefined): unknown {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return appError("CONFLICT", "savedViewNameTaken", { name: String(name) }, { field: "name" });
  }
  return error;
}
