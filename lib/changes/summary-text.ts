// The one-line summary of a saved change, in the form's language. Mutations write their summary in English
// (it travels with the change to the API, the watch feed and the webhooks); a form in another language
// describes the same change from its audit rows, with the audit trail's own field and value labels.
import "server-only";
import { createTranslator } from "next-intl";
import { prisma } from "@/lib/db";
import type { AuditJson } from "@/lib/audit/record";
import { describeFieldChange, entityLabel } from "@/lib/changes/audit-format";
import type { MutationResult } from "@/lib/changes/actor";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { formatPartialDateIn } from "@/lib/i18n/format";
import { warningText } from "@/lib/i18n/refusal-messages";
import en from "@/messages/en/workflow.json";
import zh from "@/messages/zh-CN/workflow.json";

const translators = {
  en: createTranslator({ locale: "en", messages: { workflow: en }, namespace: "workflow" }),
  "zh-CN": createTranslator({ locale: "zh-CN", messages: { workflow: zh }, namespace: "workflow" }),
} satisfies Record<Locale, unknown>;

/** The success message of an edit form: summary, then each warning. English keeps the mutation's own. */
export async function changeMessage(result: Pick<MutationResult, "changeId" | "entityType" | "version" | "summary" | "warnings">, locale: Locale): Promise<string> {
  const t = translators[locale];
  const summary = locale === "en" ? result.summary : await localizedSummary(result, locale);
  return [summary, ...result.warnings.map((warning) => t("warning", { text: warningText(warning, locale) }))].join("\n");
}

async function localizedSummary(result: Pick<MutationResult, "changeId" | "entityType" | "version">, locale: Locale): Promise<string> {
  const t = translators[locale];
  const lang = dataLangOf(locale);
  const rows = await prisma.auditEvent.findMany({
    where: { changeId: result.changeId },
    orderBy: { id: "asc" },
    select: { entityType: true, field: true, before: true, after: true, action: true, effectiveDate: true, effectivePrecision: true },
  });
  const entity = entityLabel(result.entityType, lang);
  const created = rows.some((row) => row.action === "CREATE" && row.entityType === result.entityType);
  const changes = rows
    .filter((row) => row.field)
    .map((row) => describeFieldChange(row.entityType, row.field!, row.before as AuditJson, row.after as AuditJson, lang))
    .join(t("summary.separator"));
  const effective = rows[0]?.effectiveDate ? formatPartialDateIn(locale, rows[0].effectiveDate, rows[0].effectivePrecision ?? "DAY") : "";
  return [
    created ? t("summary.created", { entity }) : t("summary.saved", { entity, version: result.version }),
    changes ? t("summary.changes", { changes }) : "",
    effective ? t("summary.effective", { date: effective }) : "",
    t("summary.end"),
  ].join("");
}
