import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server-translations";
import Link from "next/link";
import { ExportButton } from "@/components/reports/export-button";
import { countMatchingCandidates } from "@/lib/candidates/selection";
import { prisma } from "@/lib/db";
import { EXPORT_KINDS } from "@/lib/export/export-kind";
import { ProvincialAccessExportItem } from "@/components/provincial-access/export-item";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages.titles"))("reports") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The exports of the view given in the URL (the dashboard's parameters), with the count of matching candidates. */
export default async function ReportsPage({ searchParams }: Props) {
  const { search, errors } = parseCandidateSearchParams(await searchParams, { allowExtra: ["lang"] });
  const query = serializeCandidateSearch({ ...search, page: 1 });
  const [matching, t] = await Promise.all([countMatchingCandidates(prisma, search), getTranslations("pages.reports")]);
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-slate-700">
        {t.rich("matching", {
          count: matching,
          figure: (chunks) => <span data-testid="report-count">{chunks}</span>,
          link: (chunks) => (
            <Link href={`/${query ? `?${query}` : ""}`} className="text-blue-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {errors.length > 0 ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("ignored")}
          <ul className="list-disc pl-5">
            {errors.map((error) => (
              <li key={error.param}>
                <code>{error.param}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ul className="space-y-3">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind} className="rounded-md border border-slate-200 bg-white p-3">
            <ExportButton kind={kind} query={query} />
            <p className="mt-1 text-sm text-slate-600">{t(`description.${kind}`)}</p>
          </li>
        ))}
        <ProvincialAccessExportItem query={query} />
      </ul>
      <p className="text-sm">
        <Link href="/import" className="text-blue-700 underline">
          {t("importLink")}
        </Link>
      </p>
    </section>
  );
}
