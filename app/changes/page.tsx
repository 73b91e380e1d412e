// /changes: what changed in what I watch, newest first, grouped by candidate; filter by kind and day; mark all read.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { BilingualName } from "@/components/ui/bilingual-name";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { localizedMessage } from "@/lib/i18n/error-messages";
import { ActionButton } from "@/components/watch/action-button";
import { ChangeCard } from "@/components/watch/change-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { markAllReadAction } from "@/lib/watch/actions";
import { findReadAt, findWatchedChanges, groupByCandidate, parseChangesFilter, type ChangesFilter } from "@/lib/watch/changes";
import { CHANGE_KINDS } from "@/lib/watch/kinds";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("watch.changes"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChangesPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/changes");
  const raw = await searchParams;
  const [t, kindLabel, locale] = await Promise.all([getTranslations("watch.changes"), getTranslations("watch.kinds"), getLocale() as Promise<Locale>]);
  const params = new URLSearchParams(Object.entries(raw).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : Array.isArray(value) ? value.map((v) => [key, v]) : [])));
  let filter: ChangesFilter;
  let notice: string | null = null;
  try {
    filter = parseChangesFilter(params);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    notice = localizedMessage(error, locale);
    filter = parseChangesFilter(new URLSearchParams());
  }
  const [changes, readAt] = await Promise.all([findWatchedChanges(user.id, filter, dataLangOf(locale)), findReadAt(user.id)]);
  const groups = groupByCandidate(changes);
  const unread = (at: string) => !readAt || new Date(at) > readAt;
  const kindValue = filter.kinds.join(",");
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-xl font-semibold">{t("heading")}</h1>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/watching" className="text-blue-700 hover:underline">
            {t("whatIWatch")}
          </Link>
          <Link href="/digest" className="text-blue-700 hover:underline">
            {t("digest")}
          </Link>
          <ActionButton action={markAllReadAction} label={t("markAllRead")} testId="mark-all-read" />
        </div>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="changes-filter">
        <label className="flex flex-col">
          <span className="text-slate-600">{t("kind")}</span>
          <select name="kind" defaultValue={kindValue} className="rounded border border-slate-300 px-2 py-1">
            <option value="">{t("everyKind")}</option>
            {CHANGE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">{t("from")}</span>
          <input type="date" name="from" defaultValue={filter.from?.toISOString().slice(0, 10)} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span className="text-slate-600">{t("to")}</span>
          <input type="date" name="to" defaultValue={filter.to?.toISOString().slice(0, 10)} className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1">
          {t("filter")}
        </button>
        <Link href="/changes" className="text-blue-700 hover:underline">
          {t("clear")}
        </Link>
      </form>
      {notice ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("ignored", { notice })}
        </p>
      ) : null}
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="no-changes">
          {t.rich("none", {
            filtered: filter.kinds.length || filter.from || filter.to ? "yes" : "no",
            link: (chunks) => (
              <Link href="/watching" className="text-blue-700 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <div className="space-y-5">
          {groups.map((group) => (
            <section key={group.candidate.id} className="space-y-2" data-testid="change-group">
              <h2 className="font-semibold">
                <Link href={`/candidates/${group.candidate.id}`} className="text-blue-800 hover:underline">
                  <BilingualName en={group.candidate.name} zh={group.candidate.nameZh} locale={locale} withOther />
                </Link>
                <span className="ml-2 text-sm font-normal text-slate-500">
                  {t("count", { count: group.changes.length })}
                </span>
              </h2>
              <ul className="space-y-2">
                {group.changes.map((change) => (
                  <ChangeCard key={change.id} change={change} unread={unread(change.at)} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
