"use server";
// Form actions for programmes and stage events. Guarded by editAction; the write logic is in mutations.ts.
import { addStageEvent, createProgram, updateProgram } from "@/lib/programs/mutations";
import { addStageEventSchema, createProgramSchema, updateProgramSchema } from "@/lib/programs/schemas";
import { withoutVersion } from "@/lib/changes/actor";
import { editAction } from "@/lib/changes/edit-action";

export const createProgramAction = editAction(createProgramSchema, ({ actor, input }) => createProgram({ actor, input }));

export const updateProgramAction = editAction(updateProgramSchema, ({ actor, input }) => updateProgram({ actor, ...withoutVersion(input) }));

export const addStageEventAction = editAction(addStageEventSchema, ({ actor, input }) => addStageEvent({ actor, input }));
