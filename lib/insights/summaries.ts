// Each chart said in words (the chart's text summary), from the same rows the chart draws, in the reader's
// language: the sentences are messages of the `insights` namespace, the data labels come from the vocabulary.
import type { getTranslations } from "next-intl/server";
import type { ApplicationType, ReviewPath } from "@/generated/prisma/enums";
import { labelOf, type Lang } from "@/lib/domain/vocabulary";
import { MIN_COMPARABLE_REVIEWS, REVIEW_PATHS, type BacktestFigures } from "@/lib/domain/decision-window";
import type { DesignationYearRow, PipelineRow, ReimbursementRow, ReviewDurationRow } from "@/lib/insights/aggregates";
import { LIST_FAMILY_LABELS, OUTCOME_LABELS } from "@/lib/insights/csv";

/** The `insights` namespace's translator (getTranslations("insights") / useTranslations("insights")). */
export type InsightsT = Awaited<ReturnType<typeof getTranslations<"insights">>>;

/** Who reads the summary: the messages and the language of the data labels. */
export type Words = { t: InsightsT; lang: Lang };

function largest<K extends string>(counts: Map<K, number>): [K, number] | null {
  let best: [K, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

function sumBy<T, K extends string>(rows: readonly T[], key: (row: T) => K, value: (row: T) => number): Map<K, number> {
  const sums = new Map<K, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
}

/** Sentences joined as the language writes them (Chinese sentences end in 。 and need no space). */
const joinSentences = (parts: string[], lang: Lang) => parts.join(lang === "zh" ? "" : " ");

export function summarizePipeline(total: number, rows: readonly PipelineRow[], { t, lang }: Words): string {
  if (total === 0) return t("summary.pipelineNone");
  const byStage = largest(sumBy(rows, (row) => row.stage, (row) => row.candidates));
  const byClass = largest(sumBy(rows, (row) => row.mechanismClass, (row) => row.candidates));
  const parts = [t("summary.pipelineMatch", { count: total })];
  if (byStage) parts.push(t("summary.pipelineTopStage", { stage: labelOf("ProgramStage", byStage[0], lang), count: byStage[1] }));
  if (byClass) parts.push(t("summary.pipelineTopClass", { mechanismClass: labelOf("MechanismClass", byClass[0], lang) }));
  parts.push(t("summary.pipelineTwoStages"));
  return joinSentences(parts, lang);
}

export function summarizeDesignations(rows: readonly DesignationYearRow[], { t, lang }: Words): string {
  if (rows.length === 0) return t("summary.designationsNone");
  const opened = rows.reduce((sum, row) => sum + row.opened, 0);
  const granted = rows.reduce((sum, row) => sum + row.granted, 0);
  const years = rows.map((row) => row.year);
  const byType = largest(sumBy(rows, (row) => row.type, (row) => row.granted));
  const peak = largest(sumBy(rows, (row) => String(row.year), (row) => row.granted));
  const parts = [t("summary.designationsTotals", { opened, granted, from: String(Math.min(...years)), to: String(Math.max(...years)) })];
  if (byType && byType[1] > 0) parts.push(t("summary.designationsTopType", { programme: labelOf("DesignationType", byType[0], lang), count: byType[1] }));
  if (peak && peak[1] > 0) parts.push(t("summary.designationsPeakYear", { year: peak[0], count: peak[1] }));
  return joinSentences(parts, lang);
}

export function summarizeReviewDurations(rows: readonly ReviewDurationRow[], limits: Record<string, number>, { t, lang }: Words): string {
  if (rows.length === 0) return t("summary.durationsNone");
  const n = rows.reduce((sum, row) => sum + row.n, 0);
  const parts = [t("summary.durationsIntro", { count: n })];
  for (const path of REVIEW_PATHS) {
    const mine = rows.filter((row) => row.path === path);
    if (mine.length === 0) continue;
    const latest = mine[mine.length - 1]!;
    const limit = limits[path];
    const values = { path: labelOf("ReviewPath", path, lang), count: mine.reduce((sum, row) => sum + row.n, 0), year: String(latest.year), yearCount: latest.n, median: latest.median };
    parts.push(limit ? t("summary.durationsPathLimit", { ...values, limit }) : t("summary.durationsPath", values));
  }
  return joinSentences(parts, lang);
}

export function summarizeReimbursement(rows: readonly ReimbursementRow[], { t, lang }: Words): string {
  if (rows.length === 0) return t("summary.reimbursementNone");
  const list = new Intl.ListFormat(lang === "zh" ? "zh-CN" : "en", { type: "conjunction", style: "long" });
  const describe = (family: ReimbursementRow["family"]) => {
    const mine = rows.filter((row) => row.family === family);
    if (mine.length === 0) return null;
    const years = mine.map((row) => row.year);
    const outcomes = [...sumBy(mine, (row) => row.outcome, (row) => row.listings)].map(([outcome, count]) => {
      const label = OUTCOME_LABELS[outcome][lang];
      return t("summary.reimbursementOutcome", { count, outcome: lang === "en" ? label.toLowerCase() : label });
    });
    const [from, to] = [Math.min(...years), Math.max(...years)];
    const values = { list: LIST_FAMILY_LABELS[family][lang], outcomes: list.format(outcomes) };
    return from === to
      ? t("summary.reimbursementFamilyOne", { ...values, year: String(from) })
      : t("summary.reimbursementFamily", { ...values, from: String(from), to: String(to) });
  };
  return joinSentences((["NRDL", "CHI", "PROVINCIAL"] as const).map(describe).filter((part): part is string => part !== null), lang);
}

/**
 * The backtest in words: every decided review first, then each application type and review path with
 * estimates from comparable reviews apart (an IND's implied approval at a fixed 60 working days is predicted
 * exactly, and pooled with the NDAs of its path it hid how well their decisions are predicted), then how many
 * groups only ever had the statutory limit (their error is in the table).
 */
export function summarizeBacktest(figures: readonly BacktestFigures[], { t, lang }: Words): string {
  const all = figures.find((row) => row.type === "ALL");
  if (!all || all.reviews === 0) return t("backtest.none");
  const notAvailable = t("backtest.notAvailable");
  const coverage = (row: BacktestFigures) => (row.coverage === null ? notAvailable : `${Math.round(row.coverage * 100)}%`);
  const parts = [
    t("backtest.summary", {
      reviews: all.reviews,
      fromComparable: all.fromComparable,
      min: MIN_COMPARABLE_REVIEWS,
      coverage: coverage(all),
      error: all.medianAbsError ?? notAvailable,
      fallback: all.reviews - all.fromComparable,
      fallbackError: all.fallbackMedianAbsError ?? notAvailable,
    }),
  ];
  let fallbackOnly = 0;
  for (const row of figures) {
    if (row.type === "ALL") continue;
    if (row.fromComparable === 0) fallbackOnly++;
    else {
      const group = backtestGroupLabel(row.type, row.path, { t, lang });
      parts.push(t("backtest.group", { group, reviews: row.reviews, fromComparable: row.fromComparable, coverage: coverage(row), error: row.medianAbsError ?? notAvailable }));
    }
  }
  if (fallbackOnly > 0) parts.push(t("backtest.groupsFallback", { count: fallbackOnly, min: MIN_COMPARABLE_REVIEWS }));
  return joinSentences(parts, lang);
}

/** "Marketing application (NDA/BLA) · Standard review": one backtest group, in the reader's language. */
export function backtestGroupLabel(type: ApplicationType, path: ReviewPath, { t, lang }: Words): string {
  return t("backtest.groupLabel", { type: labelOf("ApplicationType", type, lang), path: labelOf("ReviewPath", path, lang) });
}
