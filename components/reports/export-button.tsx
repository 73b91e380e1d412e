"use client";

// A download link for one export of the current view, with its language. Give it the view's query string,
// or leave `query` out to follow the page's URL as it changes (the dashboard updates it without a reload).
import { useLocale, useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { dataLangOf } from "@/lib/i18n/config";
import { useSearchParams } from "next/navigation";
import { useId, useState } from "react";
import type { Lang } from "@/lib/domain/vocabulary";
import { exportHref } from "@/lib/export/export-href";
import type { ExportKindName } from "@/lib/export/export-kind";

type Props = { kind: ExportKindName; query?: string; defaultLang?: Lang; className?: string };

export function ExportButton({ kind, query, defaultLang, className }: Props) {
  const t = useCompiled(useTranslations("exports"));
  const uiLang = dataLangOf(useLocale());
  const searchParams = useSearchParams();
  // Exports follow the interface's language until the reader picks another.
  const [lang, setLang] = useState<Lang>(defaultLang ?? uiLang);
  const languageId = useId();
  const href = exportHref(kind, query ?? searchParams?.toString() ?? "", lang);
  return (
    <span className={`inline-flex items-center gap-1 ${className ?? ""}`} data-testid={`export-${kind}`}>
      <a
        href={href}
        download
        className="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100"
        title={t("title")}
      >
        {t("button", { kind: t("kind", { kind }) })}
      </a>
      <label htmlFor={languageId} className="sr-only">
        {t("language", { kind: t("kind", { kind }).toLowerCase() })}
      </label>
      <select
        id={languageId}
        value={lang}
        onChange={(event) => setLang(event.target.value as Lang)}
        className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
      >
        <option value="en" lang="en">English</option>
        <option value="zh" lang="zh-CN">中文</option>
      </select>
    </span>
  );
}
