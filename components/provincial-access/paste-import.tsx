"use client";

// Bulk entry of provincial notices on /import: paste rows copied from a spreadsheet (or CSV text), preview
// them (nothing is written; each bad row names its rule), then apply all of them or none with a reason.
// The server side is POST /api/provincial-access/import (lib/provincial-access/import.ts).
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { HeaderRow } from "@/components/ui/header-row";
import { useRuleSentence } from "@/components/ui/use-rule-sentence";
import type { ProvincialImportPreview } from "@/lib/provincial-access/import";

type Answer = { preview?: ProvincialImportPreview; error?: string; applied?: ProvincialImportPreview["counts"] };

/** `locale`: the page's language, which the API says the rows' issues and its errors in (without a language cookie it would follow the browser's, not the profile's). */
async function send(body: Record<string, string>, dryRun: boolean, locale: string): Promise<{ ok: boolean; json: Record<string, unknown> }> {
  const response = await fetch(`/api/provincial-access/import${dryRun ? "?dryRun=1" : ""}`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": locale },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, json: (await response.json()) as Record<string, unknown> };
}

export function ProvincialPasteImport() {
  const t = useTranslations("provincialAccess.import");
  const locale = useLocale();
  const ruleSentence = useRuleSentence();
  const textId = useId();
  const reasonId = useId();
  const [text, setText] = useState("");
  const [reason, setReason] = useState("");
  const [answer, setAnswer] = useState<Answer>({});
  const [pending, setPending] = useState(false);

  const run = async (dryRun: boolean) => {
    setPending(true);
    try {
      const body: Record<string, string> = dryRun ? { text } : { text, reason, previewToken: answer.preview?.token ?? "" };
      const { ok, json } = await send(body, dryRun, locale);
      if (!ok) setAnswer({ preview: answer.preview, error: String(json.error ?? "") });
      else if (dryRun) setAnswer({ preview: json as unknown as ProvincialImportPreview });
      else setAnswer({ applied: (json as { counts: ProvincialImportPreview["counts"] }).counts });
    } finally {
      setPending(false);
    }
  };

  const preview = answer.preview;
  return (
    <section className="space-y-2 rounded-md border border-slate-200 bg-white p-4" aria-labelledby={`${textId}-heading`} data-testid="provincial-import">
      <h2 id={`${textId}-heading`} className="font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <label htmlFor={textId} className="block text-sm font-medium">{t("rows")}</label>
      <textarea
        id={textId}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setAnswer({});
        }}
        rows={6}
        className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs"
        placeholder={t("placeholder")}
      />
      <button type="button" disabled={pending || !text.trim()} onClick={() => run(true)} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50">
        {t("preview")}
      </button>
      {answer.error ? <p role="alert" className="whitespace-pre-line text-sm text-rose-700">{answer.error}</p> : null}
      {answer.applied ? <p role="status" className="text-sm text-emerald-800">{t("applied", { count: answer.applied.create + answer.applied.update })}</p> : null}
      {preview ? (
        <div className="space-y-2">
          <p className="text-sm" role="status">{t("counts", preview.counts)}</p>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead className="text-left text-slate-600">
              <HeaderRow columns={[t("row"), t("what"), t("outcome"), t("problems")]} />
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row} className="border-t border-slate-100 align-top">
                  <td className="py-1 pr-3 tabular-nums">{row.row}</td>
                  <td className="py-1 pr-3" lang="en">{row.key}</td>
                  <td className="py-1 pr-3">{t("outcomeName", { outcome: row.outcome })}</td>
                  <td className="py-1 pr-3">
                    {row.errors.map((issue, index) => {
                      const said = ruleSentence(issue);
                      return <span key={index} lang={said.lang}>{`${said.text} (${issue.rule}) `}</span>;
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.counts.error === 0 ? (
            <div className="flex flex-wrap items-end gap-2">
              <label htmlFor={reasonId} className="text-sm">
                {t("reason")}
                <input id={reasonId} value={reason} onChange={(event) => setReason(event.target.value)} className="ml-2 w-80 rounded border border-slate-300 px-2 py-1 text-sm" />
              </label>
              <button type="button" disabled={pending || reason.trim().length < 3} onClick={() => run(false)} className="rounded bg-blue-700 px-3 py-1 text-sm text-white disabled:opacity-50">
                {t("apply")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
