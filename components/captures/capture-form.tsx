"use client";

// The capture form: paste or file, optional kind, page address and capture date. It posts to the JSON API
// (the same endpoint integrations use) and opens the new capture's review screen.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { CAPTURE_KINDS } from "@/lib/captures/kinds";

export function CaptureForm() {
  const t = useTranslations("captures.form");
  const zh = useLocale() === "zh-CN";
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const text = String(form.get("text") ?? "");
    if (!(file instanceof File && file.size > 0) && text.trim() === "") {
      setError(t("needInput"));
      return;
    }
    if (!(file instanceof File && file.size > 0)) form.delete("file");
    setPending(true);
    try {
      const response = await fetch("/api/captures", { method: "POST", body: form });
      const body = (await response.json()) as { id?: number; existing?: boolean; error?: string };
      if (!response.ok || !body.id) {
        setError(body.error ?? `HTTP ${response.status}`);
        return;
      }
      if (body.existing) setNotice(t("existing", { id: body.id }));
      router.push(`/captures/${body.id}`);
    } finally {
      setPending(false);
    }
  }

  const field = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="capture-form">
      <h2 className="font-medium">{t("heading")}</h2>
      <label className="block space-y-1 text-sm">
        <span>{t("paste")}</span>
        <textarea name="text" rows={8} className={`${field} font-mono`} placeholder={t("pastePlaceholder")} data-testid="capture-text" />
      </label>
      <label className="block space-y-1 text-sm">
        <span>{t("file")}</span>
        <input type="file" name="file" accept=".html,.htm,.xlsx,.csv,text/html,text/csv" className="block text-sm" data-testid="capture-file" />
      </label>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block space-y-1 text-sm">
          <span>{t("kind")}</span>
          <select name="kind" className={field} defaultValue="">
            <option value="">{t("detect")}</option>
            {CAPTURE_KINDS.map((kind) => (
              <option key={kind.name} value={kind.name}>
                {zh ? kind.label.zh : `${kind.label.en} (${kind.label.zh})`}
              </option>
            ))}
          </select>
        </label>
        <label className="block space-y-1 text-sm">
          <span>{t("sourceUrl")}</span>
          <input type="url" name="sourceUrl" className={field} placeholder="https://www.cde.org.cn/…" />
        </label>
        <label className="block space-y-1 text-sm">
          <span>{t("capturedAt")}</span>
          <input type="date" name="capturedAt" className={field} />
        </label>
      </div>
      {error ? (
        <p role="alert" className="whitespace-pre-line rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900" data-testid="capture-error">
          {error}
        </p>
      ) : null}
      {notice ? <p className="text-sm text-slate-700">{notice}</p> : null}
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
