// Server actions for edit forms: analyst or admin only (actionWithRole), channel "ui", and the client router
// refreshed whatever the outcome, so a refused or conflicting form shows the record as it now is, while the
// form itself keeps what the analyst typed (ActionState.values).
import "server-only";
import { refresh } from "next/cache";
import type { z } from "zod";
import { actionLocale, actionWithRole, type ActionOutcome, type FormAction } from "@/lib/auth/guarded-action";
import { actorFor, type Actor, type MutationResult } from "@/lib/changes/actor";
import { changeMessage } from "@/lib/changes/summary-text";

export function editAction<S extends z.ZodType>(
  schema: S,
  run: (args: { actor: Actor; input: z.output<S> }) => Promise<MutationResult>,
  { redirectToRecord = false }: { redirectToRecord?: boolean } = {},
): FormAction {
  return actionWithRole("ANALYST", schema, async ({ user, input }): Promise<ActionOutcome> => {
    try {
      const result = await run({ actor: actorFor(user, "ui"), input });
      const message = await changeMessage(result, await actionLocale());
      return { message, details: result, redirectTo: redirectToRecord ? `/candidates/${result.candidateId}` : undefined };
    } finally {
      refresh();
    }
  });
}
