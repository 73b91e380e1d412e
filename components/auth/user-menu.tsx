// The header's account corner: who is signed in and with which role, or a sign-in link.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";

export async function UserMenu() {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations("common.nav"), getLocale()]);
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm text-blue-700 hover:underline">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="flex items-center gap-3 text-sm" data-testid="user-menu">
      {canEdit(user) ? (
        <Link href="/candidates/new" className="text-slate-700 hover:text-slate-950">
          {t("newCandidate")}
        </Link>
      ) : null}
      {user.role === "ADMIN" ? (
        <Link href="/admin/users" className="text-slate-700 hover:text-slate-950">
          {t("users")}
        </Link>
      ) : null}
      {user.role === "ADMIN" ? (
        <Link href="/admin/calendar" className="text-slate-700 hover:text-slate-950">
          Calendar
        </Link>
      ) : null}
      <span className="text-slate-600">
        {user.name}{" "}
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">
          {labelOf("Role", user.role, dataLangOf(locale))}
        </span>
      </span>
      <SignOutButton />
    </div>
  );
}
