"use client";

// One form for every recorded change: the fields the change needs, then reason, evidence and effective date.
// It answers with the server action's ActionState: a refusal names its rule and the form keeps what was
// typed (it remounts with the submitted values); a success remounts it with the record's fresh values.
import { useTranslations } from "next-intl";
import { useActionState, useId, type ReactNode } from "react";
import type { FormAction } from "@/lib/auth/guarded-action";
import { initialActionState, type ActionState } from "@/lib/auth/action-state";
import { Field, FormStatus, inputClass, SubmitButton } from "@/components/ui/form";
import { langOfMixedText } from "@/components/ui/bilingual-name";

/** A choice; a disabled one stays visible with `title` saying why it cannot be chosen (an illegal transition). */
export type Option = { value: string; label: string; disabled?: boolean; title?: string };

export type FieldSpec =
  | { kind: "hidden"; name: string; value: string }
  | {
      kind: "text" | "textarea" | "partialDate" | "url" | "email" | "password" | "list";
      name: string;
      label: string;
      defaultValue?: string;
      required?: boolean;
      hint?: string;
    }
  | { kind: "select"; name: string; label: string; options: Option[]; defaultValue?: string; required?: boolean; empty?: string; hint?: string }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean; hint?: string };

export const CONFIDENCE_OPTIONS: Option[] = [
  { value: "OFFICIAL", label: "Official" },
  { value: "COMPANY", label: "Company" },
  { value: "PRESS", label: "Press" },
  { value: "UNVERIFIED", label: "Unverified" },
];


export function ActionForm({
  action,
  fields,
  submitLabel,
  today,
  testId,
  changeMeta = true,
  renderResult,
}: {
  action: FormAction;
  fields: FieldSpec[];
  submitLabel: string;
  /** Default effective date (today in China, YYYY-MM-DD). */
  today: string;
  testId?: string;
  /** Reason, evidence and effective date; false for forms that are not record changes. */
  changeMeta?: boolean;
  renderResult?: (state: ActionState) => ReactNode;
}) {
  const t = useTranslations("forms");
  // Labels from the catalogue, not lib/domain/vocabulary: that module brings zod into the client bundle.
  const confidenceOptions = CONFIDENCE_OPTIONS.map(({ value }) => ({ value, label: t(`confidence.${value}`) }));
  const [state, formAction, pending] = useActionState(action, initialActionState);
  // Many forms share field names on one page: ids are prefixed so each label finds its own input.
  const idPrefix = useId();
  const metaFields: FieldSpec[] = changeMeta
    ? [
        { kind: "partialDate", name: "effectiveDate", label: t("effectiveDate"), defaultValue: today, required: true, hint: t("effectiveDateHint") },
        { kind: "textarea", name: "reason", label: t("reason"), required: true, hint: t("reasonHint") },
        { kind: "url", name: "evidenceUrl", label: t("evidenceUrl"), hint: t("evidenceUrlHint") },
        { kind: "checkbox", name: "noEvidence", label: t("noEvidence") },
        { kind: "select", name: "evidenceConfidence", label: t("evidenceConfidence"), options: confidenceOptions, defaultValue: "UNVERIFIED" },
      ]
    : [];
  return (
    <form action={formAction} key={state.submissionId} className="space-y-3" data-testid={testId}>
      <FormStatus state={state} />
      {renderResult?.(state)}
      {[...fields, ...metaFields].map((spec) => (
        <FieldInput key={spec.name} spec={spec} state={state} id={`${idPrefix}-${spec.name}`} />
      ))}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}

function FieldInput({ spec, state, id }: { spec: FieldSpec; state: ActionState; id: string }) {
  const t = useTranslations("forms");
  if (spec.kind === "hidden") return <input type="hidden" name={spec.name} value={spec.value} />;
  const echoed = state.values;
  const errors = state.fieldErrors;
  if (spec.kind === "checkbox") {
    const checked = echoed ? echoed[spec.name] === "on" : Boolean(spec.defaultChecked);
    return (
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name={spec.name} id={id} defaultChecked={checked} />
          {spec.label}
        </label>
        {spec.hint ? <p className="text-xs text-slate-500">{spec.hint}</p> : null}
        {errors?.[spec.name]?.map((message) => (
          <p key={message} className="text-xs text-rose-700" data-testid={`error-${spec.name}`}>
            {message}
          </p>
        ))}
      </div>
    );
  }
  const value = echoed ? (echoed[spec.name] ?? "") : (spec.defaultValue ?? "");
  const common = { id, name: spec.name, defaultValue: value, required: spec.required, className: inputClass };
  const hint = spec.kind === "partialDate" && !spec.hint ? t("partialDateHint") : spec.hint;
  return (
    <Field label={spec.label} name={spec.name} id={id} errors={errors} hint={hint}>
      {spec.kind === "textarea" ? (
        // A record's current text is data: marked with its own language, as the page marks it elsewhere.
        <textarea {...common} rows={2} lang={value ? langOfMixedText(value) : undefined} />
      ) : spec.kind === "select" ? (
        <select {...common}>
          {spec.empty !== undefined ? <option value="">{spec.empty}</option> : null}
          {spec.options.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled} title={option.title}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={spec.kind === "url" ? "url" : spec.kind === "email" ? "email" : spec.kind === "password" ? "password" : "text"}
          placeholder={spec.kind === "partialDate" ? "YYYY-MM-DD" : spec.kind === "list" ? t("commaSeparated") : undefined}
          autoComplete={spec.kind === "password" ? "new-password" : undefined}
        />
      )}
    </Field>
  );
}
