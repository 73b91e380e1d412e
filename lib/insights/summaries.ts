// Each chart said in words (the chart's text summary), from the same rows the chart draws. English for now;
// all of the insights' UI text is gathered here and in app/insights/page.tsx for the move to the catalogues.
import { labelOf } from "@/lib/domain/vocabulary";
import type { BacktestFigures } from "@/lib/domain/decision-window";
import type { DesignationYearRow, PipelineRow, ReimbursementRow, ReviewDurationRow } from "@/lib/insights/aggregates";
import { OUTCOME_LABELS } from "@/lib/insights/csv";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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

export function summarizePipeline(total: number, rows: readonly PipelineRow[]): string {
  if (total === 0) return "No candidates match these filters.";
  const byStage = largest(sumBy(rows, (row) => row.stage, (row) => row.candidates));
  const byClass = largest(sumBy(rows, (row) => row.mechanismClass, (row) => row.candidates));
  const parts = [`${plural(total, "candidate")} match these filters.`];
  if (byStage) parts.push(`The stage with the most is ${labelOf("ProgramStage", byStage[0], "en")} (${plural(byStage[1], "candidate")} with a programme there).`);
  if (byClass) parts.push(`The largest mechanism class is ${labelOf("MechanismClass", byClass[0], "en")}.`);
  parts.push("A candidate with programmes at two stages counts in both.");
  return parts.join(" ");
}

export function summarizeDesignations(rows: readonly DesignationYearRow[]): string {
  if (rows.length === 0) return "No designations among these candidates.";
  const opened = rows.reduce((sum, row) => sum + row.opened, 0);
  const granted = rows.reduce((sum, row) => sum + row.granted, 0);
  const years = rows.map((row) => row.year);
  const byType = largest(sumBy(rows, (row) => row.type, (row) => row.granted));
  const peak = largest(sumBy(rows, (row) => String(row.year), (row) => row.granted));
  const parts = [`${plural(opened, "designation")} opened and ${granted} granted between ${Math.min(...years)} and ${Math.max(...years)}.`];
  if (byType && byType[1] > 0) parts.push(`Most grants were ${labelOf("DesignationType", byType[0], "en")} (${byType[1]}).`);
  if (peak && peak[1] > 0) parts.push(`The most grants came in ${peak[0]} (${peak[1]}).`);
  return parts.join(" ");
}

export function summarizeReviewDurations(rows: readonly ReviewDurationRow[], limits: Record<string, number>): string {
  if (rows.length === 0) return "No decided NDA reviews with exact dates among these candidates.";
  const n = rows.reduce((sum, row) => sum + row.n, 0);
  const parts = [`${plural(n, "decided NDA review")} with exact dates, counted in working days from acceptance to decision with clock stops excluded.`];
  for (const path of ["STANDARD", "PRIORITY", "CONDITIONAL", "SPECIAL"] as const) {
    const mine = rows.filter((row) => row.path === path);
    if (mine.length === 0) continue;
    const latest = mine[mine.length - 1]!;
    const limit = limits[path];
    parts.push(
      `${labelOf("ReviewPath", path, "en")}: ${plural(mine.reduce((sum, row) => sum + row.n, 0), "review")}; in ${latest.year} the median was ${latest.median} working days` +
        (limit ? ` (statutory limit ${limit}).` : "."),
    );
  }
  return parts.join(" ");
}

export function summarizeReimbursement(rows: readonly ReimbursementRow[]): string {
  if (rows.length === 0) return "No reimbursement listings among these candidates.";
  const describe = (family: ReimbursementRow["family"], name: string) => {
    const mine = rows.filter((row) => row.family === family);
    if (mine.length === 0) return null;
    const years = mine.map((row) => row.year);
    const outcomes = [...sumBy(mine, (row) => row.outcome, (row) => row.listings)].map(([outcome, count]) => `${count} ${OUTCOME_LABELS[outcome].en.toLowerCase()}`);
    return `${name}, cycles ${Math.min(...years)}-${Math.max(...years)}: ${outcomes.join(", ")}.`;
  };
  return [describe("NRDL", "National Reimbursement Drug List"), describe("CHI", "Commercial insurance innovative drug list"), describe("PROVINCIAL", "Provincial lists")]
    .filter(Boolean)
    .join(" ");
}

export function summarizeBacktest(figures: readonly BacktestFigures[]): string {
  const all = figures.find((row) => row.path === "ALL");
  if (!all || all.reviews === 0) return "No decided reviews to test the estimates on yet.";
  const percent = (value: number | null) => (value === null ? "n/a" : `${Math.round(value * 100)}%`);
  return (
    `Each of ${plural(all.reviews, "decided review")} was predicted from the reviews decided before its acceptance. ` +
    `${all.fromComparable} had at least 8 comparable reviews: ${percent(all.coverage)} of those decisions fell inside the predicted p25-p75 window ` +
    `(a calibrated window holds about 50%), and the median was off by a median of ${all.medianAbsError ?? "n/a"} working days. ` +
    `The other ${all.reviews - all.fromComparable} fell back to the statutory limit, off by a median of ${all.fallbackMedianAbsError ?? "n/a"} working days.`
  );
}
