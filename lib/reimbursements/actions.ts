"use server";
// Form action for reimbursement listings. Guarded by editAction; the write logic is in mutations.ts.
import { changeReimbursementState } from "@/lib/reimbursements/mutations";
import { changeReimbursementStateSchema } from "@/lib/reimbursements/schemas";
import { withoutVersion } from "@/lib/changes/actor";
import { editAction } from "@/lib/changes/edit-action";

export const changeReimbursementStateAction = editAction(changeReimbursementStateSchema, ({ actor, input }) =>
  changeReimbursementState({ actor, ...withoutVersion(input) }),
);
