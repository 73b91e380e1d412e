// A predicted decision window in words: the p25-p75 dates with the median, and always what they rest on
// ("estimate from 23 priority chemical NDA reviews decided 2021-2025", "statutory limit only"), never a bare date.
import type { PredictedDecision } from "@/lib/domain/decision-window";

export function PredictedDecisionText({ window, compact = false }: { window: PredictedDecision | null; compact?: boolean }) {
  if (!window) return <span className="text-slate-400">—</span>;
  if (window.method === "unavailable") {
    return (
      <span className="text-xs text-slate-500" data-testid="predicted-decision" data-method="unavailable">
        {window.basis}
      </span>
    );
  }
  const dates = window.from === window.to ? `${window.median}` : `${window.from} – ${window.to}`;
  return (
    <span className="inline-flex flex-col text-xs" data-testid="predicted-decision" data-method={window.method}>
      <span className="font-medium text-slate-800">
        {dates}
        {window.from !== window.to ? <span className="font-normal text-slate-600"> (median {window.median})</span> : null}
      </span>
      <span className={compact ? "sr-only" : "text-slate-500"}>{window.basis}</span>
    </span>
  );
}
