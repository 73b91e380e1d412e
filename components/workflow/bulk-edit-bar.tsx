"use client";

// Bulk edit for the dashboard's selected rows: one designation change (type, target state, effective date,
// other dates, one reason and evidence) applied to every selected candidate. Each row is validated and
// committed on its own; the answer lists which succeeded and why the others were refused.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { bulkChangeDesignationStateAction } from "@/lib/designations/actions";
import type { BulkResult } from "@/lib/designations/bulk";
import type { ActionState } from "@/lib/auth/action-state";
import { ENUMS, labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { ActionForm, type Option } from "@/components/workflow/action-form";

const options = (name: "DesignationType" | "DesignationState", locale: Locale): Option[] =>
  Object.values(ENUMS[name]).map((value) => ({ value, label: labelOf(name, value, dataLangOf(locale)) }));

export function BulkEditBar({ selectedIds, today }: { selectedIds: number[]; today: string }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations("workflow.bulk");
  const locale = useLocale() as Locale;
  if (selectedIds.length === 0) return null;
  return (
    <div className="space-y-3 rounded-md border border-blue-200 bg-blue-50 p-3" data-testid="bulk-edit-bar">
      <div className="flex items-center gap-3 text-sm">
        <span>{t("selected", { count: selectedIds.length })}</span>
        <button type="button" onClick={() => setOpen(!open)} className="rounded border border-blue-300 bg-white px-2 py-1 text-blue-800">
          {open ? t("close") : t("open")}
        </button>
      </div>
      {open ? (
        <div className="max-w-xl">
          <ActionForm
            action={bulkChangeDesignationStateAction}
            today={today}
            submitLabel={t("apply", { count: selectedIds.length })}
            testId="bulk-edit-form"
            renderResult={(state) => <BulkResultTable state={state} />}
            fields={[
              { kind: "hidden", name: "candidateIds", value: selectedIds.join(",") },
              { kind: "select", name: "type", label: t("programme"), options: options("DesignationType", locale), required: true },
              { kind: "select", name: "to", label: t("newState"), options: options("DesignationState", locale), required: true, hint: t("newStateHint") },
              { kind: "partialDate", name: "publicityEndDate", label: t("publicityEnd") },
              { kind: "partialDate", name: "obligationDeadline", label: t("obligationDeadline") },
              { kind: "text", name: "terminationReason", label: t("terminationReason") },
            ]}
          />
        </div>
      ) : null}
    </div>
  );
}

function BulkResultTable({ state }: { state: ActionState }) {
  const t = useTranslations("workflow.bulk");
  const result = state.status === "success" ? (state.details as BulkResult | undefined) : undefined;
  if (!result) return null;
  return (
    <table className="w-full text-sm" data-testid="bulk-result">
      <caption className="text-left font-medium">
        {t("result", { succeeded: result.succeeded, failed: result.failed })}
      </caption>
      <tbody>
        {result.rows.map((row) => (
          <tr key={row.candidateId} className="border-t border-blue-100 align-top" data-testid={row.ok ? "bulk-ok" : "bulk-refused"}>
            <td className="py-1 pr-3" lang="en">{row.name}</td>
            <td className={`whitespace-pre-line py-1 ${row.ok ? "text-emerald-800" : "text-rose-800"}`}>{row.ok ? row.summary : row.error}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
