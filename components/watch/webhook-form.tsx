"use client";

// Register a webhook endpoint: URL, secret, optional saved-view filter and kinds.
import { useActionState } from "react";
import { initialActionState } from "@/lib/auth/action-state";
import { createWebhookAction } from "@/lib/watch/actions";

const KINDS = [
  ["stage", "Stage"],
  ["application", "Application status"],
  ["designation", "Designation"],
  ["reimbursement", "Reimbursement"],
  ["record", "Other fields"],
] as const;

export function WebhookForm({ views }: { views: { id: number; name: string }[] }) {
  const [state, formAction, pending] = useActionState(async (previous: typeof initialActionState, form: FormData) => {
    form.set("kinds", form.getAll("kind").join(","));
    return createWebhookAction(previous, form);
  }, initialActionState);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} className="grid max-w-2xl gap-3 rounded border border-slate-200 p-3 text-sm" data-testid="webhook-form">
      <label className="grid gap-1">
        <span>Endpoint URL</span>
        <input name="url" required placeholder="https://example.org/pathway-hook" className="rounded border border-slate-300 px-2 py-1" />
        <span className="text-xs text-slate-500">https://, or http://127.0.0.1 for a receiver on this machine.</span>
        {errors.url ? <span className="text-red-700">{errors.url.join(" ")}</span> : null}
      </label>
      <label className="grid gap-1">
        <span>Secret</span>
        <input name="secret" required minLength={16} autoComplete="off" className="rounded border border-slate-300 px-2 py-1" />
        <span className="text-xs text-slate-500">At least 16 characters; each body is signed with it (X-Pathway-Signature: sha256=…).</span>
        {errors.secret ? <span className="text-red-700">{errors.secret.join(" ")}</span> : null}
      </label>
      <label className="grid gap-1">
        <span>Only candidates in the saved view</span>
        <select name="viewId" defaultValue="" className="rounded border border-slate-300 px-2 py-1">
          <option value="">Every candidate</option>
          {views.map((view) => (
            <option key={view.id} value={view.id}>
              {view.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="mb-1">Kinds of change (none ticked: every kind)</legend>
        {KINDS.map(([value, label]) => (
          <label key={value} className="flex items-center gap-1">
            <input type="checkbox" name="kind" value={value} /> {label}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="rounded border border-blue-600 bg-blue-600 px-3 py-1 text-white disabled:opacity-60">
          Register webhook
        </button>
        {state.status === "error" ? <span role="alert" className="text-red-700">{state.message}</span> : null}
        {state.status === "success" ? <span role="status" className="text-slate-600">{state.message}</span> : null}
      </div>
    </form>
  );
}
