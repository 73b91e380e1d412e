import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { dataLangOf } from "@/lib/i18n/config";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth";
import { prisma } from "@/lib/db";
import { activityHref, parseActivityParams } from "@/lib/audit/activity-params";
import { describeEntities, findActivity, listAuditedEntityTypes } from "@/lib/audit/queries";
import { entityLabel } from "@/lib/changes/audit-format";
import { inputClass } from "@/components/ui/form";
import { ChangeList } from "@/components/workflow/change-list";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.titles"))("activity") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActivityPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { filter, notes } = parseActivityParams(raw);
  // Accounts (emails, roles, tokens) are administrators' business: others see the record's changes only.
  const isAdmin = (await getCurrentUser())?.role === "ADMIN";
  const [page, users, entityTypes] = await Promise.all([
    findActivity({ ...filter, hideAccounts: !isAdmin }),
    prisma.user.findMany({ select: { id: true, email: true, name: true }, orderBy: { email: "asc" } }),
    listAuditedEntityTypes({ hideAccounts: !isAdmin }),
  ]);
  const locale = await getLocale();
  const [descriptions, t] = await Promise.all([describeEntities(page.data, dataLangOf(locale)), getTranslations("pages.activity")]);
  const lastPage = Math.max(1, Math.ceil(page.total / page.perPage));
  const value = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "");

  return (
    <section className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600" data-testid="activity-total">
          {t("total", { count: page.total })}
        </p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm" data-testid="activity-filter">
        <label className="space-y-1">
          <span className="block text-slate-700">{t("user")}</span>
          <select name="user" defaultValue={value("user")} className={inputClass}>
            <option value="">{t("everyone")}</option>
            <option value="none">{t("noUser")}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {isAdmin ? user.email : user.name}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-slate-700">{t("recordType")}</span>
          <select name="entity" defaultValue={value("entity")} className={inputClass}>
            <option value="">{t("any")}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {entityLabel(type, dataLangOf(locale))}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="block text-slate-700">{t("from")}</span>
          <input type="date" name="from" defaultValue={value("from")} className={inputClass} />
        </label>
        <label className="space-y-1">
          <span className="block text-slate-700">{t("to")}</span>
          <input type="date" name="to" defaultValue={value("to")} className={inputClass} />
        </label>
        <button type="submit" className="rounded bg-slate-800 px-3 py-1.5 font-medium text-white">
          {t("filter")}
        </button>
        <Link href="/activity" className="text-blue-700 underline">
          {t("clear")}
        </Link>
      </form>
      {notes.length > 0 ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("ignored", { notes: notes.join(" ") })}
        </div>
      ) : null}
      <ChangeList groups={page.data} descriptions={descriptions} showCandidate testId="activity" />
      <nav aria-label={t("pages")} className="flex items-center gap-3 text-sm">
        {page.page > 1 ? <Link href={activityHref(raw, page.page - 1)} className="text-blue-700 underline">{t("newer")}</Link> : null}
        <span className="text-slate-600">
          {t("position", { page: page.page, pages: lastPage })}
        </span>
        {page.page < lastPage ? <Link href={activityHref(raw, page.page + 1)} className="text-blue-700 underline">{t("older")}</Link> : null}
      </nav>
    </section>
  );
}
