// Form primitives shared by every edit form: a labelled field with its errors, a status banner, buttons.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionState } from "@/lib/auth/action-state";

export const inputClass =
  "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-blue-600 focus:outline-none focus:ring-1 focus:ring-blue-600";

export function Field({
  label,
  name,
  id = name,
  errors,
  hint,
  children,
}: {
  label: string;
  name: string;
  /** The input's id, when several forms on one page share field names. */
  id?: string;
  errors?: Record<string, string[]>;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const messages = errors?.[name];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {messages?.map((message) => (
        <p key={message} className="text-xs text-rose-700" data-testid={`error-${name}`}>
          {message}
        </p>
      ))}
    </div>
  );
}

/** The form-level answer: a refusal (with the rule's message) or a success note. */
export function FormStatus({ state }: { state: ActionState }) {
  if (state.status === "idle" || !state.message) return null;
  const error = state.status === "error";
  return (
    <div
      role={error ? "alert" : "status"}
      data-testid={error ? "form-error" : "form-success"}
      className={`whitespace-pre-line rounded border px-3 py-2 text-sm ${
        error ? "border-rose-300 bg-rose-50 text-rose-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"
      }`}
    >
      {state.message}
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const t = useTranslations("forms");
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
    >
      {pending ? t("saving") : children}
    </button>
  );
}
