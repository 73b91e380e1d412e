"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signOut } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/auth/action-state";

export function SignOutButton() {
  const t = useTranslations("common.nav");
  const [, formAction, pending] = useActionState(signOut, initialActionState);
  return (
    <form action={formAction}>
      <button type="submit" disabled={pending} className="text-sm text-slate-700 underline hover:text-slate-950">
        {t("signOut")}
      </button>
    </form>
  );
}
