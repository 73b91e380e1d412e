import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { withPageMessages } from "@/components/i18n/page-messages";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { ActiveFilters } from "@/components/timeline/active-filters";
import { PortfolioTimeline } from "@/components/timeline/portfolio-timeline";
import { prisma } from "@/lib/db";
import { dataLangOf } from "@/lib/i18n/config";
import { loadTimelineFirstScreen } from "@/lib/timeline/load-timeline";
import { dashboardHref, parseTimelineSearchParams, timelineDataHref } from "@/lib/timeline/view-params";
import { serverToday } from "@/lib/today";
import { toShapedJson } from "@/lib/wire/shapes";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.titles"))("timeline") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function TimelinePageContent({ searchParams }: Props) {
  const { search, view, errors } = parseTimelineSearchParams(await searchParams);
  const locale = await getLocale();
  const [data, t, tDashboard] = await Promise.all([
    // Items for the first screen's lanes only; the browser fetches the rest (a thousand lanes' items are megabytes).
    loadTimelineFirstScreen(prisma, search, { today: serverToday(), view, lang: dataLangOf(locale) }),
    getTranslations("timeline"),
    getTranslations("dashboard"),
  ]);
  return (
    <section className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <ActiveFilters search={search} />
      </div>
      {errors.length > 0 ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="param-notice">
          {tDashboard("paramNotice")}
          <ul className="list-disc pl-5">
            {errors.map((error) => (
              <li key={error.param}>
                <code>{error.param}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* The adapter binds the timeline's view parameters to the URL on the client (same parsers as the server). */}
      <NuqsAdapter>
        {/* The lanes travel in a compact form (lib/wire/shapes.ts), as one string that React carries without walking it. */}
        <PortfolioTimeline
          packedJson={JSON.stringify(toShapedJson(data))}
          restHref={data.pendingIds.length > 0 ? timelineDataHref(search) : null}
          dashboardLink={dashboardHref(search)}
        />
      </NuqsAdapter>
    </section>
  );
}

export default withPageMessages("timeline", TimelinePageContent);
