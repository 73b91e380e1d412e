import type { Metadata } from "next";
import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import type { ReactNode } from "react";
import { ChartFigure } from "@/components/insights/chart-figure";
import { MIN_COMPARABLE_REVIEWS } from "@/lib/domain/decision-window";
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";
import { formatNumberIn } from "@/lib/i18n/format";
import {
  renderDesignationsChart,
  renderPipelineChart,
  renderReimbursementChart,
  renderReviewDurationsChart,
  type RenderedChart,
} from "@/lib/insights/charts";
import { LIST_FAMILY_LABELS, OUTCOME_LABELS } from "@/lib/insights/csv";
import { dashboardSegmentHref, insightsCsvHref } from "@/lib/insights/links";
import { findInsights } from "@/lib/insights/queries";
import {
  summarizeBacktest,
  summarizeDesignations,
  summarizePipeline,
  summarizeReimbursement,
  summarizeReviewDurations,
  type InsightsT,
  type Words,
} from "@/lib/insights/summaries";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";
import { dashboardHref } from "@/lib/timeline/view-params";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function ChartSection({
  t,
  id,
  title,
  summary,
  chart,
  csvHref,
  table,
}: {
  t: InsightsT;
  id: string;
  title: string;
  summary: string;
  chart: RenderedChart;
  csvHref: string;
  table: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid={`chart-${id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        <a href={csvHref} className="text-sm text-blue-700 hover:underline" data-testid={`csv-${id}`}>
          {t("downloadCsv")}
        </a>
      </div>
      <p className="text-sm text-slate-700" data-testid={`summary-${id}`}>
        {summary}
      </p>
      <ChartFigure svg={chart.svg} links={chart.links} label={t("chartLabel", { title, summary })} testId={`figure-${id}`} />
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">{t("dataTable")}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </section>
  );
}

const th = "border-b border-slate-200 px-2 py-1 text-left font-medium";
const td = "border-b border-slate-100 px-2 py-1";
const num = `${td} text-right tabular-nums`;

/**
 * Insights: the dashboard's filtered candidates as charts. It reads exactly the dashboard's URL parameters
 * (lib/search-params.ts), so "Open as insights" on the dashboard and "Open these candidates as a table" here
 * carry the view both ways; sort, page and columns pass through unchanged.
 */
export default async function InsightsPage({ searchParams }: Props) {
  const { search, errors } = parseCandidateSearchParams(await searchParams);
  const [data, t, locale] = await Promise.all([findInsights(search), getTranslations("insights"), getLocale()]);
  const lang = dataLangOf(locale);
  const words: Words = { t, lang };
  const query = serializeCandidateSearch(search);
  const pipeline = renderPipelineChart(data.pipeline, (row) => dashboardSegmentHref(search, row), words);
  const percent = (share: number | null) => (share === null ? "—" : formatNumberIn(locale, share, { style: "percent" }));
  const limits = data.statutoryLimits;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {t.rich("total", { count: data.total, n: (chunks) => <span data-testid="insights-total">{chunks}</span> })} ·{" "}
          <Link href={dashboardHref(search)} className="text-blue-700 hover:underline" data-testid="open-dashboard">
            {t("openDashboard")}
          </Link>
        </p>
      </div>
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
        </div>
      ) : null}

      <ChartSection
        t={t}
        id="pipeline"
        title={t("pipeline.title")}
        summary={`${summarizePipeline(data.total, data.pipeline, words)}${lang === "zh" ? "" : " "}${t("pipeline.clickHint")}`}
        chart={pipeline}
        csvHref={insightsCsvHref("pipeline", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                <th className={th}>{t("columns.stage")}</th>
                <th className={th}>{t("columns.mechanismClass")}</th>
                <th className={th}>{t("columns.candidates")}</th>
              </tr>
            </thead>
            <tbody>
              {data.pipeline.map((row) => (
                <tr key={`${row.stage}-${row.mechanismClass}`}>
                  <td className={td}>{labelOf("ProgramStage", row.stage, lang)}</td>
                  <td className={td}>{labelOf("MechanismClass", row.mechanismClass, lang)}</td>
                  <td className={num}>
                    <Link href={dashboardSegmentHref(search, row)} className="text-blue-700 hover:underline" data-testid="segment-link">
                      {row.candidates}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartSection
        t={t}
        id="designations"
        title={t("designations.title")}
        summary={summarizeDesignations(data.designations, words)}
        chart={renderDesignationsChart(data.designations, words)}
        csvHref={insightsCsvHref("designations", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                <th className={th}>{t("columns.programme")}</th>
                <th className={th}>{t("columns.year")}</th>
                <th className={th}>{t("columns.opened")}</th>
                <th className={th}>{t("columns.granted")}</th>
              </tr>
            </thead>
            <tbody>
              {data.designations.map((row) => (
                <tr key={`${row.type}-${row.year}`}>
                  <td className={td}>{labelOf("DesignationType", row.type, lang)}</td>
                  <td className={td}>{row.year}</td>
                  <td className={num}>{row.opened}</td>
                  <td className={num}>{row.granted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartSection
        t={t}
        id="review-durations"
        title={t("reviewDurations.title")}
        summary={summarizeReviewDurations(data.reviewDurations, limits, words)}
        chart={renderReviewDurationsChart(data.reviewDurations, limits, words)}
        csvHref={insightsCsvHref("review-durations", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                {(["reviewPath", "yearDecided", "reviews", "min", "p25", "median", "p75", "max"] as const).map((key) => t(`columns.${key}`)).map((header) => (
                  <th key={header} className={th}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.reviewDurations.map((row) => (
                <tr key={`${row.path}-${row.year}`}>
                  <td className={td}>{labelOf("ReviewPath", row.path, lang)}</td>
                  <td className={td}>{row.year}</td>
                  {[row.n, row.min, row.p25, row.median, row.p75, row.max].map((value, index) => (
                    <td key={index} className={num}>
                      {value}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <ChartSection
        t={t}
        id="reimbursement"
        title={t("reimbursement.title")}
        summary={summarizeReimbursement(data.reimbursement, words)}
        chart={renderReimbursementChart(data.reimbursement, words)}
        csvHref={insightsCsvHref("reimbursement", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                <th className={th}>{t("columns.list")}</th>
                <th className={th}>{t("columns.cycle")}</th>
                <th className={th}>{t("columns.outcome")}</th>
                <th className={th}>{t("columns.listings")}</th>
              </tr>
            </thead>
            <tbody>
              {data.reimbursement.map((row) => (
                <tr key={`${row.family}-${row.year}-${row.outcome}`}>
                  <td className={td}>{LIST_FAMILY_LABELS[row.family][lang]}</td>
                  <td className={td}>{row.year}</td>
                  <td className={td}>{OUTCOME_LABELS[row.outcome][lang]}</td>
                  <td className={num}>{row.listings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <section aria-labelledby="backtest-title" className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="backtest">
        <h2 id="backtest-title" className="text-lg font-semibold">
          {t("backtest.title")}
        </h2>
        <p className="text-sm text-slate-700">
          {[
            summarizeBacktest(data.backtest.figures, words),
            t("backtest.method", { min: MIN_COMPARABLE_REVIEWS }),
            data.backtest.firstYear
              ? t("backtest.scopeYears", { from: String(data.backtest.firstYear), to: String(data.backtest.lastYear) })
              : t("backtest.scope"),
          ].join(lang === "zh" ? "" : " ")}
        </p>
        <table className="text-sm">
          <thead>
            <tr>
              {[
                t("columns.applicationType"),
                t("columns.reviewPath"),
                t("columns.reviews"),
                t("columns.fromComparable", { min: MIN_COMPARABLE_REVIEWS }),
                t("columns.coverage"),
                t("columns.medianAbsError"),
                t("columns.fallbackError"),
              ].map((header) => (
                <th key={header} className={th}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.backtest.figures.map((row) => (
              <tr key={`${row.type}-${row.path}`} data-testid="backtest-row">
                {row.type === "ALL" ? (
                  <td className={td} colSpan={2}>
                    {t("backtest.all")}
                  </td>
                ) : (
                  <>
                    <td className={td}>{labelOf("ApplicationType", row.type, lang)}</td>
                    <td className={td}>{labelOf("ReviewPath", row.path, lang)}</td>
                  </>
                )}
                <td className={num}>{row.reviews}</td>
                <td className={num}>{row.fromComparable}</td>
                <td className={num}>{percent(row.coverage)}</td>
                <td className={num}>{row.medianAbsError ?? "—"}</td>
                <td className={num}>{row.fallbackMedianAbsError ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
