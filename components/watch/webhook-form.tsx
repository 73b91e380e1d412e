"use client";

// Register a webhook endpoint: URL, secret, optional saved-view filter and kinds.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialActionState } from "@/lib/auth/action-state";
import { createWebhookAction } from "@/lib/watch/actions";

const KINDS = ["stage", "application", "designation", "reimbursement", "record"] as const;

export function WebhookForm({ views }: { views: { id: number; name: string }[] }) {
  const [state, formAction, pending] = useActionState(async (previous: typeof initialActionState, form: FormData) => {
    form.set("kinds", form.getAll("kind").join(","));
    return createWebhookAction(previous, form);
  }, initialActionState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const t = useTranslations("watch.webhooks");
  const kindLabel = useTranslations("watch.kinds");
  return (
    <form action={formAction} className="grid max-w-2xl gap-3 rounded border border-slate-200 p-3 text-sm" data-testid="webhook-form">
      <label className="grid gap-1">
        <span>{t("url")}</span>
        <input name="url" required placeholder="https://example.org/pathway-hook" className="rounded border border-slate-300 px-2 py-1" />
        <span className="text-xs text-slate-500">{t.rich("urlHint", { code: (chunks) => <code>{chunks}</code> })}</span>
        {errors.url ? <span className="text-red-700">{errors.url.join(" ")}</span> : null}
      </label>
      <label className="grid gap-1">
        <span>{t("secret")}</span>
        <input name="secret" required minLength={16} autoComplete="off" className="rounded border border-slate-300 px-2 py-1" />
        <span className="text-xs text-slate-500">{t.rich("secretHint", { code: (chunks) => <code>{chunks}</code> })}</span>
        {errors.secret ? <span className="text-red-700">{errors.secret.join(" ")}</span> : null}
      </label>
      <label className="grid gap-1">
        <span>{t("onlyView")}</span>
        <select name="viewId" defaultValue="" className="rounded border border-slate-300 px-2 py-1">
          <option value="">{t("everyCandidateOption")}</option>
          {views.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="mb-1">{t("kindsLegend")}</legend>
        {KINDS.map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input type="checkbox" name="kind" value={value} /> {kindLabel(value)}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded border border-blue-600 bg-blue-600 px-3 py-1 text-white disabled:opacity-60">
          {t("registerButton")}
        </button>
        {state.status === "error" ? <span role="alert" className="text-red-700">{state.message}</span> : null}
        {state.status === "success" ? <span role="status" className="text-slate-600">{state.message}</span> : null}
      </div>
    </form>
  );
}
