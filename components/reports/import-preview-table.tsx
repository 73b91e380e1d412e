// One line per file row: its outcome, what would change (before -> after) and every error or warning with
// the rule that raised it. Rows keep the file's order, so a row number leads straight back to the spreadsheet.
import { useTranslations } from "next-intl";
import { HeaderRow } from "@/components/ui/header-row";
import { useRuleSentence } from "@/components/ui/use-rule-sentence";
import type { RowOutcome, RowPlan } from "@/lib/import/import-plan";

const OUTCOME_STYLE: Record<RowOutcome, string> = {
  create: "bg-sky-50 text-sky-900 border-sky-300",
  update: "bg-amber-50 text-amber-900 border-amber-300",
  unchanged: "bg-slate-50 text-slate-600 border-slate-300",
  error: "bg-rose-50 text-rose-900 border-rose-300",
};

export function ImportPreviewTable({ rows }: { rows: RowPlan[] }) {
  const t = useTranslations("import");
  const ruleSentence = useRuleSentence();
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="import-preview">
        <thead className="bg-slate-100 text-left text-slate-700">
          <HeaderRow variant="framed" columns={[t("colRow"), t("colRecord"), t("colOutcome"), t("colChanges")]} />
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} className="border-t border-slate-100 align-top" data-testid="import-row" data-outcome={row.outcome}>
              <td className="px-3 py-2 tabular-nums">{row.row}</td>
              <td className="px-3 py-2" lang="en">{row.key}</td>
              <td className="px-3 py-2">
                <span className={`inline-block rounded border px-1.5 text-xs ${OUTCOME_STYLE[row.outcome]}`}>{t("outcome", { outcome: row.outcome })}</span>
              </td>
              <td className="space-y-0.5 px-3 py-2">
                {row.errors.map((issue, index) => (
                  <p key={`e${index}`} className="text-rose-800" lang={ruleSentence(issue).lang}>
                    <code className="text-xs">{issue.rule}</code> {ruleSentence(issue).text}
                  </p>
                ))}
                {row.changes.map((change) => (
                  <p key={change.column}>
                    <span className="font-medium">{change.column}:</span> <del className="text-slate-500">{change.before || "—"}</del> →{" "}
                    <ins className="no-underline">{change.after || "—"}</ins>
                  </p>
                ))}
                {row.warnings.map((issue, index) => (
                  <p key={`w${index}`} className="text-amber-800" lang={ruleSentence(issue).lang}>
                    <code className="text-xs">{issue.rule}</code> {ruleSentence(issue).text}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
