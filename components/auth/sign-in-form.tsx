"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signIn } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/auth/action-state";
import { Field, FormStatus, inputClass, SubmitButton } from "@/components/ui/form";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useActionState(signIn, initialActionState);
  return (
    <form action={formAction} key={state.submissionId} className="space-y-4" data-testid="sign-in-form">
      <FormStatus state={state} />
      <input type="hidden" name="next" value={next ?? "/"} />
      <Field label={t("email")} name="email" errors={state.fieldErrors}>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email}
          className={inputClass}
        />
      </Field>
      <Field label={t("password")} name="password" errors={state.fieldErrors}>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </Field>
      <SubmitButton pending={pending}>{t("submit")}</SubmitButton>
    </form>
  );
}
