// /watching: what I watch (candidates and saved views) with unwatch, my Atom feeds, and the digest settings.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionButton } from "@/components/watch/action-button";
import { DigestEmailForm } from "@/components/watch/digest-email-form";
import { ViewPickerForm } from "@/components/watch/watch-view-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listSavedViews } from "@/lib/views/queries";
import { createFeedAction, revokeFeedAction, unwatchAction, watchAction } from "@/lib/watch/actions";
import { watchConfig } from "@/lib/watch/config";
import { findDigestEmail } from "@/lib/watch/digest";
import { listFeedTokens } from "@/lib/watch/feeds";
import { listWatches } from "@/lib/watch/watches";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Watching" };

export default async function WatchingPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const [watches, views, feeds, digestEmail] = await Promise.all([listWatches(user.id), listSavedViews(), listFeedTokens(user.id), findDigestEmail(user.id)]);
  const { smtpUrl, digestHourUtc } = watchConfig();
  const watchedViewIds = new Set(watches.flatMap((item) => (item.kind === "view" ? [item.viewId] : [])));
  const viewOptions = views.map((view) => ({ id: view.id, name: view.name }));
  return (
    <section className="max-w-4xl space-y-8">
      <div className="flex items-baseline justify-between">
        <h1 className="text-xl font-semibold">Watching</h1>
        <Link href="/changes" className="text-sm text-blue-700 hover:underline">
          See what changed →
        </Link>
      </div>

      <section className="space-y-2">
        <h2 className="font-semibold">What I watch</h2>
        {watches.length === 0 ? (
          <p className="text-sm text-slate-600" data-testid="no-watches">
            Nothing yet. Watch a candidate with the ☆ Watch button on its page or by selecting rows on the dashboard, or watch a saved view below.
          </p>
        ) : (
          <table className="w-full text-sm" data-testid="watch-list">
            <thead className="text-left text-slate-500">
              <tr>
                <th className="py-1">What</th>
                <th>Kind</th>
                <th>Since</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {watches.map((item) => (
                <tr key={item.id} className="border-t border-slate-100">
                  <td className="py-1.5">
                    {item.kind === "candidate" ? (
                      <Link href={`/candidates/${item.candidateId}`} className="text-blue-800 hover:underline">
                        {item.name}
                        {item.nameZh ? <span className="ml-2 text-slate-500">{item.nameZh}</span> : null}
                      </Link>
                    ) : (
                      <Link href={`/views/${item.viewId}`} className="text-blue-800 hover:underline">
                        {item.name}
                      </Link>
                    )}
                  </td>
                  <td>{item.kind === "candidate" ? "Candidate" : "Saved view (every candidate it matches)"}</td>
                  <td>{item.since.toISOString().slice(0, 10)}</td>
                  <td className="text-right">
                    <ActionButton action={unwatchAction} fields={item.kind === "candidate" ? { candidateId: item.candidateId } : { viewId: item.viewId }} label="Unwatch" testId="unwatch" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {views.length > 0 ? (
          <div className="pt-2">
            <ViewPickerForm action={watchAction} views={viewOptions.filter((view) => !watchedViewIds.has(view.id))} label="Watch this view" testId="watch-view-form" />
            <p className="mt-1 text-xs text-slate-500">A watched view is evaluated when each change happens: a candidate that newly enters the view is news too.</p>
          </div>
        ) : null}
      </section>

      <section className="space-y-2">
        <h2 className="font-semibold">Atom feeds</h2>
        <p className="text-sm text-slate-600">
          A feed reader cannot sign in, so each feed has a secret address. It is shown once when you make it; anyone with it can read the feed, so
          revoke it if it leaks (the address then answers 404).
        </p>
        {feeds.length > 0 ? (
          <ul className="space-y-1 text-sm" data-testid="feed-list">
            {feeds.map((feed) => (
              <li key={feed.id} className="flex flex-wrap items-center gap-3">
                <span>{feed.viewName ? `Saved view “${feed.viewName}”` : "Everything I watch"}</span>
                <span className="text-slate-500">
                  made {feed.createdAt.toISOString().slice(0, 10)}
                  {feed.lastUsedAt ? `, last read ${feed.lastUsedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ", never read"}
                </span>
                <ActionButton action={revokeFeedAction} fields={{ feedId: feed.id }} label="Revoke" tone="danger" />
              </li>
            ))}
          </ul>
        ) : null}
        <ViewPickerForm action={createFeedAction} views={viewOptions} label="Make a feed" allowWatchList testId="create-feed-form" />
      </section>

      <section className="space-y-2">
        <h2 className="font-semibold">Daily digest</h2>
        <p className="text-sm text-slate-600">
          A summary of each day&apos;s changes to what you watch: <Link href="/digest" className="text-blue-700 hover:underline">read it here</Link>
          {smtpUrl ? `, or have it e-mailed to ${user.email} at ${String(digestHourUtc).padStart(2, "0")}:00 UTC.` : "."}
        </p>
        {smtpUrl ? null : (
          <p className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="smtp-unset">
            E-mail is off on this server: <code>SMTP_URL</code> is not set, so no digest is e-mailed. An administrator can set it (see the README).
          </p>
        )}
        <DigestEmailForm enabled={digestEmail} smtpConfigured={smtpUrl !== null} />
      </section>
    </section>
  );
}
