import { useLocale, useTranslations } from "next-intl";
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";
import type { SourceConfidence } from "@/generated/prisma/enums";

/** Marks data that is not sourced: it exists to exercise the product, not to inform a decision. */
export function IllustrativeBadge() {
  const t = useTranslations("ui");
  return <IllustrativeTag label={t("illustrative")} title={t("illustrativeTitle")} />;
}

/** IllustrativeBadge with its words given (the dashboard's rows: one lookup per table, not per row). */
export function IllustrativeTag({ label, title }: { label: string; title: string }) {
  return (
    <span title={title} className="ml-2 inline-block rounded border border-amber-400 bg-amber-50 px-1.5 text-xs font-medium text-amber-800">
      {label}
    </span>
  );
}

const confidenceStyle: Record<SourceConfidence, string> = {
  OFFICIAL: "border-emerald-400 bg-emerald-50 text-emerald-800",
  COMPANY: "border-sky-400 bg-sky-50 text-sky-800",
  PRESS: "border-slate-400 bg-slate-50 text-slate-700",
  UNVERIFIED: "border-rose-300 bg-rose-50 text-rose-800",
};

export function ConfidenceBadge({ confidence }: { confidence: SourceConfidence }) {
  const lang = dataLangOf(useLocale());
  const label = labelOf("SourceConfidence", confidence, lang);
  return (
    <span className={`inline-block rounded border px-1.5 text-xs ${confidenceStyle[confidence]}`}>
      {lang === "en" ? label.toLowerCase() : label}
    </span>
  );
}
