"use server";
// Form action for one province's access (the candidate page's province grid). Guarded by editAction; the
// write logic is in mutations.ts.
import { changeProvincialAccess } from "@/lib/provincial-access/mutations";
import { changeProvincialAccessSchema } from "@/lib/provincial-access/schemas";
import { withoutVersion } from "@/lib/changes/actor";
import { editAction } from "@/lib/changes/edit-action";

export const changeProvincialAccessAction = editAction(changeProvincialAccessSchema, ({ actor, input }) =>
  changeProvincialAccess({ actor, ...withoutVersion(input) }),
);
