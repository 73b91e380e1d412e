"use client";

// A download link for one export of the current view, with its language. Give it the view's query string,
// or leave `query` out to follow the page's URL as it changes (the dashboard updates it without a reload).
import { useSearchParams } from "next/navigation";
import { useId, useState } from "react";
import type { Lang } from "@/lib/domain/vocabulary";
import { exportHref } from "@/lib/export/export-href";
import type { ExportKindName } from "@/lib/export/export-kind";

const KIND_LABELS: { readonly [K in ExportKindName]: string } = {
  candidates: "Candidates",
  events: "Timeline events",
  designations: "Designations",
  reimbursement: "Reimbursement",
};

type Props = { kind: ExportKindName; query?: string; defaultLang?: Lang; className?: string };

export function ExportButton({ kind, query, defaultLang = "en", className }: Props) {
  const searchParams = useSearchParams();
  const [lang, setLang] = useState<Lang>(defaultLang);
  const languageId = useId();
  const href = exportHref(kind, query ?? searchParams?.toString() ?? "", lang);
  return (
    <span className={`inline-flex items-center gap-1 ${className ?? ""}`} data-testid={`export-${kind}`}>
      <a
        href={href}
        download
        className="rounded border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100"
        title="Every row of this view, as CSV for Excel"
      >
        Export {KIND_LABELS[kind]} CSV
      </a>
      <label htmlFor={languageId} className="sr-only">
        Language of the {KIND_LABELS[kind].toLowerCase()} export
      </label>
      <select
        id={languageId}
        value={lang}
        onChange={(event) => setLang(event.target.value as Lang)}
        className="rounded border border-slate-300 bg-white px-1 py-1 text-sm"
      >
        <option value="en">English</option>
        <option value="zh">中文</option>
      </select>
    </span>
  );
}
