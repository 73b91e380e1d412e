"use server";
// Form actions for designations, including bulk edit from the dashboard. Analyst or admin only.
import { refresh } from "next/cache";
import { actionWithRole } from "@/lib/auth/guarded-action";
import { bulkChangeDesignationState, bulkDesignationStateSchema } from "@/lib/designations/bulk";
import { changeDesignationState, createDesignation } from "@/lib/designations/mutations";
import { changeDesignationStateSchema, createDesignationSchema } from "@/lib/designations/schemas";
import { actorFor } from "@/lib/changes/actor";
import { withoutVersion } from "@/lib/changes/actor";
import { editAction } from "@/lib/changes/edit-action";

export const createDesignationAction = editAction(createDesignationSchema, ({ actor, input }) => createDesignation({ actor, input }));

export const changeDesignationStateAction = editAction(changeDesignationStateSchema, ({ actor, input }) =>
  changeDesignationState({ actor, ...withoutVersion(input) }),
);

export const bulkChangeDesignationStateAction = actionWithRole("ANALYST", bulkDesignationStateSchema, async ({ user, input }) => {
  const result = await bulkChangeDesignationState({ actor: actorFor(user, "bulk"), input });
  if (result.succeeded > 0) refresh();
  return { message: result.summary, details: result };
});
