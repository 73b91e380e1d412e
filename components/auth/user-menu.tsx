// The header's account corner: who is signed in and with which role, or a sign-in link.
import { langOfMixedText } from "@/components/ui/bilingual-name";
import Link from "next/link";
import { Suspense } from "react";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";
import { compiled } from "@/lib/i18n/use-compiled-translations";
import { countUnread } from "@/lib/watch/changes";

export async function UserMenu() {
  const [user, t, locale] = await Promise.all([getCurrentUser(), getTranslations("common.nav"), getLocale()]);
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm text-blue-700 hover:underline">
        {t("signIn")}
      </Link>
    );
  }
  const tw = compiled(await getTranslations("watch.nav"), locale);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm" data-testid="user-menu">
      <Link href="/changes" className="text-slate-700 hover:text-slate-950" data-testid="changes-link">
        {tw("changes")}
        <Suspense fallback={null}>
          <UnreadBadge userId={user.id} locale={locale} />
        </Suspense>
      </Link>
      <Link href="/watching" className="text-slate-700 hover:text-slate-950">
        {tw("watching")}
      </Link>
      {canEdit(user) ? (
        <Link href="/candidates/new" className="text-slate-700 hover:text-slate-950">
          {t("newCandidate")}
        </Link>
      ) : null}
      {user.role === "ADMIN" ? (
        <>
          <Link href="/admin/users" className="text-slate-700 hover:text-slate-950">
            {t("users")}
          </Link>
          <Link href="/admin/webhooks" className="text-slate-700 hover:text-slate-950">
            {tw("webhooks")}
          </Link>
          <Link href="/admin/calendar" className="text-slate-700 hover:text-slate-950">
            {t("calendar")}
          </Link>
        </>
      ) : null}
      <span className="text-slate-600">
        <span lang={langOfMixedText(user.name)}>{user.name}</span>{" "}
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700">
          {labelOf("Role", user.role, dataLangOf(locale))}
        </span>
      </span>
      <SignOutButton />
    </div>
  );
}

/**
 * How many watched changes are unread, beside "Changes". Streamed in after the page's shell: its two queries
 * (when the user last looked, then the count over what they watch) wait on nothing else, and no page should
 * wait on them.
 */
async function UnreadBadge({ userId, locale }: { userId: number; locale: string }) {
  const [unread, watchNav] = await Promise.all([countUnread(userId), getTranslations("watch.nav")]);
  if (unread === 0) return null;
  const tw = compiled(watchNav, locale);
  return (
    <span className="ml-1 rounded-full bg-blue-600 px-1.5 text-xs text-white" data-testid="unread-count" aria-label={tw("unread", { count: unread })}>
      {unread >= 100 ? "99+" : unread}
    </span>
  );
}
