"use server";
// Form actions for candidates. Guarded by editAction (analyst or admin); the write logic is in mutations.ts.
import { createCandidate, updateCandidate } from "@/lib/candidates/mutations";
import { createCandidateSchema, updateCandidateSchema } from "@/lib/candidates/schemas";
import { withoutVersion } from "@/lib/changes/actor";
import { editAction } from "@/lib/changes/edit-action";

export const createCandidateAction = editAction(createCandidateSchema, ({ actor, input }) => createCandidate({ actor, input }), { redirectToRecord: true });

export const updateCandidateAction = editAction(updateCandidateSchema, ({ actor, input }) => updateCandidate({ actor, ...withoutVersion(input) }));
