// A predicted decision window in words: the p25-p75 dates with the median, and always what they rest on
// ("estimate from 23 priority chemical NDA reviews decided 2021-2025", "statutory limit only"), never a bare
// date; a window on a provisional calendar year says so. Works in server and client components.
import { useLocale, useTranslations } from "next-intl";
import { dayFromKey } from "@/lib/domain/calendar-day";
import type { NoWindowReason, PredictedDecision } from "@/lib/domain/decision-window";
import { formatPartialDateIn } from "@/lib/i18n/format";

const REASON_KEY: Record<NoWindowReason, "noAcceptance" | "impreciseAcceptance" | "unknownRegulation" | "openClockStop" | "outsideCalendar"> = {
  "no-acceptance": "noAcceptance",
  "imprecise-acceptance": "impreciseAcceptance",
  "unknown-regulation": "unknownRegulation",
  "open-clock-stop": "openClockStop",
  "outside-calendar": "outsideCalendar",
};

export function PredictedDecisionText({ window, compact = false }: { window: PredictedDecision | null; compact?: boolean }) {
  const t = useTranslations("insights.window");
  const locale = useLocale();
  if (!window) return <span className="text-slate-400">—</span>;
  const detail = window.basisDetail;
  if (detail.kind === "unavailable" || !window.from || !window.to || !window.median) {
    return (
      <span className="text-xs text-slate-500" data-testid="predicted-decision" data-method="unavailable">
        {detail.kind === "unavailable" ? t(REASON_KEY[detail.reason]) : window.basis}
      </span>
    );
  }
  const day = (key: string) => formatPartialDateIn(locale, dayFromKey(key), "DAY");
  const basis =
    detail.kind === "comparable"
      ? t("comparable", {
          n: detail.n,
          path: detail.path,
          category: detail.category,
          type: detail.type,
          years: detail.firstYear === detail.lastYear ? String(detail.firstYear) : `${detail.firstYear}–${detail.lastYear}`,
        })
      : t("statutory", { limit: detail.limit, n: detail.n });
  return (
    <span className="inline-flex flex-col text-xs" data-testid="predicted-decision" data-method={window.method} data-calendar={window.calendar}>
      <span className="font-medium text-slate-800">
        {window.from === window.to ? day(window.median) : t("range", { from: day(window.from), to: day(window.to) })}
        {window.from !== window.to ? <span className="font-normal text-slate-600"> {t("median", { median: day(window.median) })}</span> : null}
      </span>
      {window.pastWindow ? (
        <span className="text-amber-800" data-testid="predicted-decision-past">
          {t("pastWindow")}
        </span>
      ) : null}
      <span className={compact ? "sr-only" : "text-slate-500"}>
        {basis}
        {window.calendar === "provisional" ? ` · ${t("provisional")}` : null}
      </span>
    </span>
  );
}
