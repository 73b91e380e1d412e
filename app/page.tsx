import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { Suspense } from "react";
import { DashboardTable } from "@/components/candidates/dashboard-table";
import { SavedViewsMenu } from "@/components/candidates/saved-views-menu";
import { DataTableSkeleton } from "@/components/data-table/data-table-skeleton";
import { OpenInsightsLink } from "@/components/insights/open-insights-link";
import { OpenTimelineLink } from "@/components/timeline/open-timeline-link";
import { MissingNoticeWarning } from "@/components/calendar/missing-notice-warning";
import { canEdit, getCurrentUser } from "@/lib/auth";
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import { findCandidatesWithFacets, type DashboardPage as DashboardPageData } from "@/lib/candidates/queries";
import { toDayKey } from "@/lib/domain/calendar-day";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";
import { chinaToday, serverToday } from "@/lib/today";
import { listSavedViews } from "@/lib/views/queries";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The dashboard. The URL is the view: parsed here with the same schema the table binds on the client;
 * an invalid parameter falls back to its default and is named in a notice. The table's data streams
 * under Suspense (skeleton first), and so do the parts that depend on who asks (saved views, bulk edit,
 * watch): the page's shell waits only for the cached calendar (the header reads the session itself).
 */
export default async function DashboardPage({ searchParams }: Props) {
  const { search, errors } = parseCandidateSearchParams(await searchParams);
  const [t, calendar] = await Promise.all([getTranslations("dashboard"), getWorkingCalendar()]);
  // In Chinese a sort by name reads in pinyin (Candidate.pinyinSortKey), as the name column shows Chinese names first.
  const nameOrder = (await getLocale()) === "zh-CN" ? "pinyin" : "en";
  const page = findCandidatesWithFacets(search, { nameOrder }).then((answer) => answer.page);
  const cleanQuery = serializeCandidateSearch(search);
  const cleanHref = cleanQuery ? `/?${cleanQuery}` : "/";
  return (
    <section className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <span className="flex gap-4">
          <OpenInsightsLink search={search} />
          <OpenTimelineLink search={search} />
        </span>
      </div>
      <MissingNoticeWarning calendar={calendar} today={serverToday()} />
      {errors.length > 0 ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="param-notice">
          {t("paramNotice")}
          <ul className="list-disc pl-5">
            {errors.map((error, index) => (
              <li key={`${error.param}-${index}`}>
                <code>{error.param}</code>: {error.message}
              </li>
            ))}
          </ul>
          <Link href={cleanHref} className="text-amber-950 underline">
            {t("removeParams")}
          </Link>
        </div>
      ) : null}
      <Suspense fallback={<DataTableSkeleton columnCount={9} />}>
        <DashboardTableSection page={page} />
      </Suspense>
    </section>
  );
}

/** The table with what depends on who asks (saved views, bulk edit, watch): streamed, so the shell need not wait. */
async function DashboardTableSection({ page }: { page: Promise<DashboardPageData> }) {
  const [user, views] = await Promise.all([getCurrentUser(), listSavedViews()]);
  return (
    <DashboardTable
      page={page}
      viewActions={<SavedViewsMenu views={views} canSave={canEdit(user)} />}
      bulkEditToday={canEdit(user) ? toDayKey(chinaToday()) : undefined}
      canWatch={user !== null}
    />
  );
}
