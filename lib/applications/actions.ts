"use server";
// Form actions for applications. Guarded by editAction; the write logic is in mutations.ts.
import { advanceApplicationStatus, createApplication, updateApplication } from "@/lib/applications/mutations";
import { advanceApplicationStatusSchema, createApplicationSchema, updateApplicationSchema } from "@/lib/applications/schemas";
import { withoutVersion } from "@/lib/changes/actor";
import { editAction } from "@/lib/changes/edit-action";

export const createApplicationAction = editAction(createApplicationSchema, ({ actor, input }) => createApplication({ actor, input }));

export const updateApplicationAction = editAction(updateApplicationSchema, ({ actor, input }) => updateApplication({ actor, ...withoutVersion(input) }));

export const advanceApplicationStatusAction = editAction(advanceApplicationStatusSchema, ({ actor, input }) =>
  advanceApplicationStatus({ actor, ...withoutVersion(input) }),
);
