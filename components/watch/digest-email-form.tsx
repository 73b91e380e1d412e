"use client";

// The digest e-mail setting: a checkbox and a save button.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { initialActionState } from "@/lib/auth/action-state";
import { setDigestEmailAction } from "@/lib/watch/actions";

export function DigestEmailForm({ enabled, smtpConfigured }: { enabled: boolean; smtpConfigured: boolean }) {
  const [state, formAction, pending] = useActionState(setDigestEmailAction, initialActionState);
  const t = useTranslations("watch.watching");
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3 text-sm" data-testid="digest-email-form">
      <label className="flex items-center gap-2">
        <input type="checkbox" name="digestEmail" defaultChecked={enabled} disabled={!smtpConfigured} />
        {t("emailMe")}
      </label>
      <button type="submit" disabled={pending || !smtpConfigured} className="rounded border border-slate-300 bg-white px-2 py-1 disabled:opacity-60">
        {t("save")}
      </button>
      {state.status === "success" && state.message ? <span role="status" className="text-slate-600">{state.message}</span> : null}
      {state.status === "error" ? <span role="alert" className="text-red-700">{state.message}</span> : null}
    </form>
  );
}
