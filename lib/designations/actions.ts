"use server";
// Form actions for designations, including bulk edit from the dashboard. Analyst or admin only.
import { refresh } from "next/cache";
import { actionLocale, actionWithRole } from "@/lib/auth/guarded-action";
import { bulkChangeDesignationState, bulkDesignationStateSchema } from "@/lib/designations/bulk";
import { changeDesignationState, createDesignation } from "@/lib/designations/mutations";
import { changeDesignationStateSchema, createDesignationSchema } from "@/lib/designations/schemas";
import { actorFor } from "@/lib/changes/actor";
import { withoutVersion } from "@/lib/changes/actor";
import { editAction } from "@/lib/changes/edit-action";
import { changeMessage } from "@/lib/changes/summary-text";
import { workflowTranslator } from "@/lib/i18n/server-translators";
import { refusalText } from "@/lib/i18n/refusal-messages";

export const createDesignationAction = editAction(createDesignationSchema, ({ actor, input }) => createDesignation({ actor, input }));

export const changeDesignationStateAction = editAction(changeDesignationStateSchema, ({ actor, input }) =>
  changeDesignationState({ actor, ...withoutVersion(input) }),
);

export const bulkChangeDesignationStateAction = actionWithRole("ANALYST", bulkDesignationStateSchema, async ({ user, input }) => {
  const result = await bulkChangeDesignationState({ actor: actorFor(user, "bulk"), input });
  if (result.succeeded > 0) refresh();
  const locale = await actionLocale();
  if (locale === "en") return { message: result.summary, details: result };
  // In another language each row says its outcome from the audit rows and the rules' catalogue sentences.
  const rows = await Promise.all(
    result.rows.map(async (row) =>
      row.ok
        ? { ...row, summary: await changeMessage({ ...row, entityType: "Designation", warnings: [] }, locale) }
        : { ...row, error: row.refusals ? refusalText(row.refusals, locale) : row.error },
    ),
  );
  const t = workflowTranslator(locale);
  return { message: t("bulk.result", { succeeded: result.succeeded, failed: result.failed }), details: { ...result, rows } };
});
