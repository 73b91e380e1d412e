"use client";

// Upload -> preview -> apply. The preview writes nothing; apply sends the same file with the preview's token,
// so the server refuses (409) if the records or the file changed in between.
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { inputClass } from "@/components/ui/form";
import { ImportPreviewTable } from "@/components/reports/import-preview-table";
import type { ImportKindName, ImportPreview } from "@/lib/import/run-import";

type Outcome =
  | { status: "idle" }
  | { status: "working"; step: "preview" | "apply" }
  | { status: "previewed"; preview: ImportPreview }
  | { status: "applied"; preview: ImportPreview; message: string }
  | { status: "failed"; message: string; preview?: ImportPreview };

const KINDS: ImportKindName[] = ["designations", "reimbursement"];

/** `locale`: the page's language, which the API says the rows' issues and its errors in (without a language cookie it would follow the browser's, not the profile's). */
async function send(kind: ImportKindName, fields: { file: File; reason: string; previewToken?: string }, dryRun: boolean, locale: string) {
  const body = new FormData();
  body.set("file", fields.file);
  body.set("reason", fields.reason);
  if (fields.previewToken) body.set("previewToken", fields.previewToken);
  const response = await fetch(`/api/import/${kind}${dryRun ? "?dryRun=1" : ""}`, { method: "POST", body, headers: { "accept-language": locale } });
  const json = (await response.json()) as Record<string, unknown>;
  return { ok: response.ok, status: response.status, json };
}

export function ImportForm() {
  const locale = useLocale();
  const [kind, setKind] = useState<ImportKindName>("designations");
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const t = useTranslations("import");

  const preview = outcome.status === "previewed" ? outcome.preview : null;
  const pendingChanges = preview ? preview.plan.counts.create + preview.plan.counts.update : 0;
  const canApply = preview !== null && preview.plan.counts.error === 0 && pendingChanges > 0 && reason.trim() !== "";

  async function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setOutcome({ status: "working", step: "preview" });
    try {
      const answer = await send(kind, { file, reason }, true, locale);
      if (answer.ok) setOutcome({ status: "previewed", preview: answer.json as unknown as ImportPreview });
      else setOutcome({ status: "failed", message: String(answer.json.error ?? t("error", { status: answer.status })) });
    } catch {
      setOutcome({ status: "failed", message: t("unreachable") });
    }
  }

  async function onApply() {
    if (!file || !preview) return;
    setOutcome({ status: "working", step: "apply" });
    try {
      const answer = await send(kind, { file, reason, previewToken: preview.plan.token }, false, locale);
      if (answer.ok) {
        setOutcome({ status: "applied", preview, message: t("saved", { count: pendingChanges }) });
      } else {
        const hint = answer.status === 409 ? t("previewAgain") : "";
        setOutcome({ status: "failed", preview, message: `${String(answer.json.error ?? t("error", { status: answer.status }))}${hint}` });
      }
    } catch {
      setOutcome({ status: "failed", preview, message: t("unreachableApply") });
    }
  }

  const shownPreview = outcome.status === "previewed" || outcome.status === "applied" || outcome.status === "failed" ? outcome.preview : undefined;

  return (
    <div className="space-y-4">
      <form onSubmit={onPreview} className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="import-form">
        <div className="space-y-1">
          <label htmlFor="import-kind" className="block text-sm font-medium text-slate-700">
            {t("kind")}
          </label>
          <select
            id="import-kind"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKindName);
              setOutcome({ status: "idle" });
            }}
            className={inputClass}
          >
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`kinds.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            {t("file")}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            required
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome({ status: "idle" });
            }}
            className="block text-sm"
          />
          <p className="text-xs text-slate-500">{t("fileHint")}</p>
        </div>
        <div className="space-y-1">
          <label htmlFor="import-reason" className="block text-sm font-medium text-slate-700">
            {t("reason")}
          </label>
          <input id="import-reason" value={reason} onChange={(event) => setReason(event.target.value)} className={inputClass} maxLength={2000} />
        </div>
        <button
          type="submit"
          disabled={!file || outcome.status === "working"}
          className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {outcome.status === "working" && outcome.step === "preview" ? t("checking") : t("preview")}
        </button>
      </form>

      {outcome.status === "failed" ? (
        <div role="alert" data-testid="import-error" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          {outcome.message}
        </div>
      ) : null}
      {outcome.status === "applied" ? (
        <div role="status" data-testid="import-applied" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {outcome.message}
        </div>
      ) : null}

      {shownPreview ? (
        <section className="space-y-3" aria-labelledby="preview-heading">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="preview-heading" className="text-lg font-semibold">
              {t("previewHeading")}
            </h2>
            <span className="text-sm text-slate-600" data-testid="import-summary">
              {t("summary", { ...shownPreview.plan.counts, encoding: shownPreview.encoding === "gbk" ? "GBK" : "UTF-8" })}
            </span>
            {outcome.status === "previewed" ? (
              <button
                type="button"
                onClick={onApply}
                disabled={!canApply}
                className="rounded bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 disabled:opacity-50"
              >
                {t("apply", { count: pendingChanges })}
              </button>
            ) : null}
          </div>
          {outcome.status === "previewed" && !canApply ? (
            <p className="text-sm text-slate-600" data-testid="import-apply-blocked">
              {shownPreview.plan.counts.error > 0
                ? t("fixErrors")
                : pendingChanges === 0
                  ? t("nothing")
                  : t("giveReason")}
            </p>
          ) : null}
          <ImportPreviewTable rows={shownPreview.plan.rows} />
        </section>
      ) : null}
    </div>
  );
}
