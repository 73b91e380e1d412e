"use client";

// A one-button form for a server action (watch, unwatch, mark read, revoke, send test event): hidden fields,
// one submit button, the action's message beside it.
import { useActionState } from "react";
import type { FormAction } from "@/lib/auth/guarded-action";
import { initialActionState } from "@/lib/auth/action-state";

export function ActionButton({
  action,
  fields = {},
  label,
  pendingLabel,
  testId,
  tone = "default",
  showDetailsUrl = false,
}: {
  action: FormAction;
  fields?: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  testId?: string;
  tone?: "default" | "primary" | "danger";
  /** Show `details.url` of a success (a feed address, shown once). */
  showDetailsUrl?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const toneClass =
    tone === "primary" ? "border-blue-600 bg-blue-600 text-white hover:bg-blue-700" : tone === "danger" ? "border-red-300 bg-white text-red-800 hover:bg-red-50" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50";
  const url = showDetailsUrl && state.status === "success" ? (state.details as { url?: string } | undefined)?.url : undefined;
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2" data-testid={testId}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      <button type="submit" disabled={pending} className={`rounded border px-2 py-1 text-sm disabled:opacity-60 ${toneClass}`}>
        {pending ? (pendingLabel ?? label) : label}
      </button>
      {state.status === "error" ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : state.status === "success" && state.message ? (
        <span role="status" className="text-sm text-slate-600">
          {state.message}
        </span>
      ) : null}
      {url ? (
        <code className="block w-full break-all rounded bg-amber-50 px-2 py-1 text-xs text-amber-950" data-testid="feed-url">
          {url}
        </code>
      ) : null}
    </form>
  );
}
