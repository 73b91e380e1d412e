// /watching: what I watch (candidates and saved views) with unwatch, my Atom feeds, and the digest settings.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server-translations";
import { ActionButton } from "@/components/watch/action-button";
import { langOfText } from "@/components/ui/bilingual-name";
import { DigestEmailForm } from "@/components/watch/digest-email-form";
import { ViewPickerForm } from "@/components/watch/watch-view-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listSavedViews } from "@/lib/views/queries";
import { createFeedAction, revokeFeedAction, unwatchAction, watchAction } from "@/lib/watch/actions";
import { watchConfig } from "@/lib/watch/config";
import { findDigestEmail } from "@/lib/watch/digest";
import { listFeedTokens } from "@/lib/watch/feeds";
import { listWatches } from "@/lib/watch/watches";
import { withPageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("watch.watching"))("title") };
}

async function WatchingPageContent() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const [watches, views, feeds, digestEmail] = await Promise.all([listWatches(user.id), listSavedViews(), listFeedTokens(user.id), findDigestEmail(user.id)]);
  const { smtpUrl, digestHourUtc } = watchConfig();
  const t = await getTranslations("watch.watching");
  const watchedViewIds = new Set(watches.flatMap((item) => (item.kind === "view" ? [item.viewId] : [])));
  const viewOptions = views.map((view) => ({ id: view.id, name: view.name }));
  return (
    <section className="max-w-4xl space-y-8">
      <div className="flex items-baseline justify-between">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <Link href="/changes" className="text-sm text-blue-700 hover:underline">
          {t("seeChanges")}
        </Link>
      </div>

      <section className="space-y-2">
        <h2 className="font-semibold">{t("whatIWatch")}</h2>
        {watches.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="no-watches">
            {t("none")}
          </p>
        ) : (
          <table className="w-full text-sm" data-testid="watch-list">
            <thead className="text-left text-slate-500">
              <tr>
                <th className="py-1">{t("colWhat")}</th>
                <th>{t("colKind")}</th>
                <th>{t("colSince")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {watches.map((item) => (
                <tr key={item.id} className="border-t border-slate-100">
                  <td className="py-1.5">
                    {item.kind === "candidate" ? (
                      <Link href={`/candidates/${item.candidateId}`} className="text-blue-800 hover:underline">
                        <span lang="en">{item.name}</span>
                        {item.nameZh ? <span className="ml-2 text-slate-500" lang="zh-CN">{item.nameZh}</span> : null}
                      </Link>
                    ) : (
                      <Link href={`/views/${item.viewId}`} className="text-blue-800 hover:underline" lang={langOfText(item.name)}>
                        {item.name}
                      </Link>
                    )}
                  </td>
                  <td>{item.kind === "candidate" ? t("candidate") : t("view")}</td>
                  <td>{item.since.toISOString().slice(0, 10)}</td>
                  <td className="text-right">
                    <ActionButton action={unwatchAction} fields={item.kind === "candidate" ? { candidateId: item.candidateId } : { viewId: item.viewId }} label={t("unwatch")} testId="unwatch" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {views.length > 0 ? (
          <div className="pt-2">
            <ViewPickerForm action={watchAction} views={viewOptions.filter((view) => !watchedViewIds.has(view.id))} label={t("watchView")} testId="watch-view-form" />
            <p className="mt-1 text-xs text-slate-500">{t("viewHint")}</p>
          </div>
        ) : null}
      </section>

      <section className="space-y-2">
        <h2 className="font-semibold">{t("feeds")}</h2>
        <p className="text-sm text-slate-600">{t("feedsHelp")}</p>
        {feeds.length > 0 ? (
          <ul className="space-y-1 text-sm" data-testid="feed-list">
            {feeds.map((feed) => (
              <li key={feed.id} className="flex flex-wrap items-center gap-3">
                <span>{feed.viewName ? t.rich("feedOfView", { name: feed.viewName, data: (chunks) => <span lang={langOfText(feed.viewName ?? "")}>{chunks}</span> }) : t("feedOfAll")}</span>
                <span className="text-slate-500">
                  {t("made", { day: feed.createdAt.toISOString().slice(0, 10) })}
                  {feed.lastUsedAt ? t("lastRead", { time: feed.lastUsedAt.toISOString().slice(0, 16).replace("T", " ") }) : t("neverRead")}
                </span>
                <ActionButton action={revokeFeedAction} fields={{ feedId: feed.id }} label={t("revoke")} tone="danger" />
              </li>
            ))}
          </ul>
        ) : null}
        <ViewPickerForm action={createFeedAction} views={viewOptions} label={t("makeFeed")} allowWatchList testId="create-feed-form" />
      </section>

      <section className="space-y-2">
        <h2 className="font-semibold">{t("digest")}</h2>
        <p className="text-sm text-slate-600">
          {t.rich("digestHelp", {
            mail: smtpUrl ? "yes" : "no",
            email: user.email,
            hour: String(digestHourUtc).padStart(2, "0"),
            link: (chunks) => (
              <Link href="/digest" className="text-blue-700 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        {smtpUrl ? null : (
          <p className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="smtp-unset">
            {t.rich("smtpUnset", { code: (chunks) => <code>{chunks}</code> })}
          </p>
        )}
        <DigestEmailForm enabled={digestEmail} smtpConfigured={smtpUrl !== null} />
      </section>
    </section>
  );
}

// Its forms read messages the layout does not send to every page.
export default withPageMessages("watching", WatchingPageContent);
