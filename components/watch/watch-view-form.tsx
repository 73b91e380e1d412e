"use client";

// Pick a saved view and watch it, or make a secret Atom feed of it (or of the whole watch list).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/guarded-action";
import { initialActionState } from "@/lib/auth/action-state";

export function ViewPickerForm({ action, views, label, allowWatchList = false, testId }: { action: FormAction; views: { id: number; name: string }[]; label: string; allowWatchList?: boolean; testId?: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const t = useTranslations("watch.watching");
  const url = state.status === "success" ? (state.details as { url?: string } | undefined)?.url : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2 text-sm" data-testid={testId}>
      <select name="viewId" required={!allowWatchList} defaultValue="" className="rounded border border-slate-300 px-2 py-1" aria-label={t("savedView")}>
        {allowWatchList ? <option value="">{t("everything")}</option> : <option value="" disabled>{t("chooseView")}</option>}
        {views.map((view) => (
          <option key={view.id} value={view.id}>
            {allowWatchList ? t("savedViewOption", { name: view.name }) : view.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-blue-600 bg-blue-600 px-2 py-1 text-white disabled:opacity-60">
        {label}
      </button>
      {state.status === "error" ? <span role="alert" className="text-red-700">{state.message}</span> : null}
      {state.status === "success" && state.message ? <span role="status" className="text-slate-600">{state.message}</span> : null}
      {url ? (
        <code className="block w-full break-all rounded bg-amber-50 px-2 py-1 text-xs text-amber-950" data-testid="feed-url">
          {url}
        </code>
      ) : null}
    </form>
  );
}
