// The insights charts drawn by Apache ECharts on the server: an option per chart, rendered to an SVG string
// (ECharts' server-side rendering, no DOM), which the page inlines and components/insights/chart-figure.tsx
// hydrates for clicks with echarts/ssr/client. Patterns (decals) back the colours, so series stay apart
// without colour. Every chart's numbers are also in its data table, and its summary says them in words.
import "server-only";
import * as echarts from "echarts";
import type { ReviewPath } from "@/generated/prisma/enums";
import { labelOf, ENUMS } from "@/lib/domain/vocabulary";
import type { DesignationYearRow, PipelineRow, ReimbursementRow, ReviewDurationRow } from "@/lib/insights/aggregates";
import { REIMBURSEMENT_OUTCOMES } from "@/lib/insights/aggregates";
import { OUTCOME_LABELS } from "@/lib/insights/csv";
import type { Words } from "@/lib/insights/summaries";

const WIDTH = 1040;
const HEIGHT = 360;

/** What the page needs to draw a chart and make it clickable: the SVG and, per series and data index, a link. */
export type RenderedChart = { svg: string; links: (string | null)[][] | null };

const LEGEND_GAP = 28;
/** ECharts spaces wrapped legend rows by the item gap too: a 14 px item plus the gap. */
const LEGEND_ROW = 14 + LEGEND_GAP;

/**
 * How many rows the legend wraps into, estimated a little wide (12 px font: about 12 px a CJK character, 7 px
 * a Latin one, plus the icon and the gap), so the plot starts below the legend and the axis name clears it.
 */
function legendRows(names: readonly string[]): number {
  const widthOf = (name: string) => [...name].reduce((sum, char) => sum + (char.codePointAt(0)! >= 0x2e80 ? 12 : 7), 0) + 30 + LEGEND_GAP;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const width = widthOf(name);
    if (used > 0 && used + width > WIDTH - 48) {
      rows++;
      used = 0;
    }
    used += width;
  }
  return rows;
}

function render(option: echarts.EChartsOption, { legend }: { legend?: readonly string[] } = {}): string {
  const rows = legend ? legendRows(legend) : 0;
  // Below the legend: room for the axis name, then the plot, which keeps its height however many rows the legend takes.
  const top = legend ? 4 + rows * LEGEND_ROW + 24 : 48;
  const height = HEIGHT + Math.max(rows - 1, 0) * LEGEND_ROW;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  try {
    chart.setOption({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      // CJK fallbacks so Chinese labels render (Noto CJK on Linux, PingFang / YaHei elsewhere).
      textStyle: { fontFamily: "system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" },
      // Left room for the first rotated category label, which containLabel does not count.
      grid: { left: 88, right: 24, top, bottom: 24, containLabel: true },
      // Server-side text measurement runs a little narrow of the browser's fonts: wide gaps keep legend items apart.
      legend: legend ? { top: 4, type: "plain", itemGap: LEGEND_GAP, data: [...legend] } : { show: false },
      ...option,
    });
    return chart.renderToSVGString({ useViewBox: true });
  } finally {
    chart.dispose();
  }
}

/** Stacked bars: stages (in pathway order) by mechanism class; a segment links to the dashboard filtered to it. */
export function renderPipelineChart(rows: readonly PipelineRow[], segmentHref: (row: PipelineRow) => string, { t, lang }: Words): RenderedChart {
  const stageLabel = (stage: string) => labelOf("ProgramStage", stage, lang);
  const classLabel = (value: string) => labelOf("MechanismClass", value, lang);
  const stages = Object.values(ENUMS.ProgramStage).filter((stage) => rows.some((row) => row.stage === stage));
  const classes = Object.values(ENUMS.MechanismClass).filter((value) => rows.some((row) => row.mechanismClass === value));
  const cell = (value: string, stage: string) => rows.find((row) => row.mechanismClass === value && row.stage === stage);
  const svg = render({
    xAxis: { type: "category", data: stages.map(stageLabel), axisLabel: { rotate: 30, interval: 0 } },
    yAxis: { type: "value", name: t("pipeline.axis"), minInterval: 1 },
    series: classes.map((value) => ({
      type: "bar",
      name: classLabel(value),
      stack: "stage",
      // An empty cell is no bar at all (null), not a zero-height one that can neither be seen nor clicked.
      data: stages.map((stage) => cell(value, stage)?.candidates ?? null),
    })),
  }, { legend: classes.map(classLabel) });
  const links = classes.map((value) => stages.map((stage) => {
    const row = cell(value, stage);
    return row ? segmentHref(row) : null;
  }));
  return { svg, links };
}

/** Opened and granted designations per year, one bar pair per programme type. */
export function renderDesignationsChart(rows: readonly DesignationYearRow[], { t, lang }: Words): RenderedChart {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  const types = Object.values(ENUMS.DesignationType).filter((type) => rows.some((row) => row.type === type));
  const count = (type: string, year: number, key: "opened" | "granted") => rows.find((row) => row.type === type && row.year === year)?.[key] || null;
  const name = (type: string, key: "opened" | "granted") => t(`designations.${key}`, { programme: labelOf("DesignationType", type, lang) });
  const series = types.flatMap((type) =>
    (["opened", "granted"] as const).map((key) => ({ type: "bar" as const, name: name(type, key), stack: key, data: years.map((year) => count(type, year, key)) })),
  );
  const svg = render({
    xAxis: { type: "category", data: years.map(String) },
    yAxis: { type: "value", name: t("designations.axis"), minInterval: 1 },
    series,
  }, { legend: series.map((entry) => entry.name) });
  return { svg, links: null };
}

/** Box plots of NDA review durations per path and year decided, with the statutory limits drawn. */
export function renderReviewDurationsChart(rows: readonly ReviewDurationRow[], limits: Partial<Record<ReviewPath, number>>, { t, lang }: Words): RenderedChart {
  const categories = rows.map((row) => t("reviewDurations.category", { path: labelOf("ReviewPath", row.path, lang), year: String(row.year) }));
  const svg = render({
    xAxis: { type: "category", data: categories, axisLabel: { rotate: 30, interval: 0 } },
    yAxis: { type: "value", name: t("reviewDurations.axis"), nameTextStyle: { align: "left" } },
    series: [
      {
        type: "boxplot",
        name: t("reviewDurations.series"),
        data: rows.map((row) => [row.min, row.p25, row.median, row.p75, row.max]),
        markLine: {
          symbol: "none",
          lineStyle: { type: "dashed", color: "#b91c1c" },
          label: { formatter: "{b}", position: "insideEndTop" },
          data: Object.entries(limits).map(([path, limit]) => ({ name: t("reviewDurations.limit", { path: labelOf("ReviewPath", path, lang), limit }), yAxis: limit })),
        },
      },
    ],
  });
  return { svg, links: null };
}

/** Listings per NHSA cycle (list year) and outcome, the NRDL and the commercial list side by side. */
export function renderReimbursementChart(rows: readonly ReimbursementRow[], { t, lang }: Words): RenderedChart {
  const families = (["NRDL", "CHI", "PROVINCIAL"] as const).filter((family) => rows.some((row) => row.family === family));
  const columns = families.flatMap((family) =>
    [...new Set(rows.filter((row) => row.family === family).map((row) => row.year))].sort((a, b) => a - b).map((year) => ({ family, year })),
  );
  const outcomes = REIMBURSEMENT_OUTCOMES.filter((outcome) => rows.some((row) => row.outcome === outcome));
  const svg = render({
    xAxis: { type: "category", data: columns.map(({ family, year }) => t("reimbursement.column", { family, year: String(year) })), axisLabel: { rotate: 30, interval: 0 } },
    yAxis: { type: "value", name: t("reimbursement.axis"), minInterval: 1 },
    series: outcomes.map((outcome) => ({
      type: "bar",
      name: OUTCOME_LABELS[outcome][lang],
      stack: "outcome",
      data: columns.map(({ family, year }) => rows.find((row) => row.family === family && row.year === year && row.outcome === outcome)?.listings ?? null),
    })),
  }, { legend: outcomes.map((outcome) => OUTCOME_LABELS[outcome][lang]) });
  return { svg, links: null };
}

