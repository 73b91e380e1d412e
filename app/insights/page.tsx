import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ChartFigure } from "@/components/insights/chart-figure";
import { labelOf } from "@/lib/domain/vocabulary";
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
import { summarizeBacktest, summarizeDesignations, summarizePipeline, summarizeReimbursement, summarizeReviewDurations } from "@/lib/insights/summaries";
import { parseCandidateSearchParams, serializeCandidateSearch } from "@/lib/search-params";
import { dashboardHref } from "@/lib/timeline/view-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Insights" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function ChartSection({
  id,
  title,
  summary,
  chart,
  csvHref,
  table,
}: {
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
          Download CSV
        </a>
      </div>
      <p className="text-sm text-slate-700" data-testid={`summary-${id}`}>
        {summary}
      </p>
      <ChartFigure svg={chart.svg} links={chart.links} label={`${title}. ${summary}`} testId={`figure-${id}`} />
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">Data table</summary>
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
  const data = await findInsights(search);
  const query = serializeCandidateSearch(search);
  const pipeline = renderPipelineChart(data.pipeline, (row) => dashboardSegmentHref(search, row));
  const limits = data.statutoryLimits;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Insights</h1>
        <p className="text-sm text-slate-600">
          <span data-testid="insights-total">{data.total}</span> candidates ·{" "}
          <Link href={dashboardHref(search)} className="text-blue-700 hover:underline" data-testid="open-dashboard">
            Open these candidates as a table
          </Link>
        </p>
      </div>
      {errors.length > 0 ? (
        <div role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="param-notice">
          Some parameters were ignored and their defaults used:
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
        id="pipeline"
        title="Pipeline by stage and mechanism class"
        summary={`${summarizePipeline(data.total, data.pipeline)} Select a segment to open those candidates on the dashboard.`}
        chart={pipeline}
        csvHref={insightsCsvHref("pipeline", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                <th className={th}>Stage</th>
                <th className={th}>Mechanism class</th>
                <th className={th}>Candidates</th>
              </tr>
            </thead>
            <tbody>
              {data.pipeline.map((row) => (
                <tr key={`${row.stage}-${row.mechanismClass}`}>
                  <td className={td}>{labelOf("ProgramStage", row.stage, "en")}</td>
                  <td className={td}>{labelOf("MechanismClass", row.mechanismClass, "en")}</td>
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
        id="designations"
        title="Designations opened and granted per year"
        summary={summarizeDesignations(data.designations)}
        chart={renderDesignationsChart(data.designations)}
        csvHref={insightsCsvHref("designations", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                <th className={th}>Programme</th>
                <th className={th}>Year</th>
                <th className={th}>Opened</th>
                <th className={th}>Granted</th>
              </tr>
            </thead>
            <tbody>
              {data.designations.map((row) => (
                <tr key={`${row.type}-${row.year}`}>
                  <td className={td}>{labelOf("DesignationType", row.type, "en")}</td>
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
        id="review-durations"
        title="NDA review durations (working days, clock stops excluded)"
        summary={summarizeReviewDurations(data.reviewDurations, limits)}
        chart={renderReviewDurationsChart(data.reviewDurations, limits)}
        csvHref={insightsCsvHref("review-durations", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                {["Review path", "Year decided", "Reviews", "Min", "p25", "Median", "p75", "Max"].map((header) => (
                  <th key={header} className={th}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.reviewDurations.map((row) => (
                <tr key={`${row.path}-${row.year}`}>
                  <td className={td}>{labelOf("ReviewPath", row.path, "en")}</td>
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
        id="reimbursement"
        title="Reimbursement outcomes per NHSA cycle and the commercial list"
        summary={summarizeReimbursement(data.reimbursement)}
        chart={renderReimbursementChart(data.reimbursement)}
        csvHref={insightsCsvHref("reimbursement", query)}
        table={
          <table className="text-sm">
            <thead>
              <tr>
                <th className={th}>List</th>
                <th className={th}>Cycle</th>
                <th className={th}>Outcome</th>
                <th className={th}>Listings</th>
              </tr>
            </thead>
            <tbody>
              {data.reimbursement.map((row) => (
                <tr key={`${row.family}-${row.year}-${row.outcome}`}>
                  <td className={td}>{LIST_FAMILY_LABELS[row.family].en}</td>
                  <td className={td}>{row.year}</td>
                  <td className={td}>{OUTCOME_LABELS[row.outcome].en}</td>
                  <td className={num}>{row.listings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />

      <section aria-labelledby="backtest-title" className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="backtest">
        <h2 id="backtest-title" className="text-lg font-semibold">
          How good are the predicted decision windows?
        </h2>
        <p className="text-sm text-slate-700">
          {summarizeBacktest(data.backtest.figures)} The window of a running review is the p25-p75 of the working-day durations of decided
          reviews of the same application type, review path and drug category, placed from its acceptance date on the China working-day
          calendar with its clock stops; with fewer than 8 such reviews it is the statutory limit only. Over all decided reviews in the
          database{data.backtest.firstYear ? ` (${data.backtest.firstYear}-${data.backtest.lastYear})` : ""}, not only these filters.
        </p>
        <table className="text-sm">
          <thead>
            <tr>
              {["Review path", "Reviews", "From ≥8 comparable", "Inside p25-p75", "Median abs. error (WD)", "Statutory fallback error (WD)"].map((header) => (
                <th key={header} className={th}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.backtest.figures.map((row) => (
              <tr key={row.path} data-testid="backtest-row">
                <td className={td}>{row.path === "ALL" ? "All" : labelOf("ReviewPath", row.path, "en")}</td>
                <td className={num}>{row.reviews}</td>
                <td className={num}>{row.fromComparable}</td>
                <td className={num}>{row.coverage === null ? "—" : `${Math.round(row.coverage * 100)}%`}</td>
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
