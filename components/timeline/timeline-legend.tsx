// What every shape, bar and pattern means: colour is never the only signal, and the legend says so in words.
import { useTranslations } from "next-intl";
import type { BarCategory, MarkCategory } from "@/lib/timeline/items";
import { BAR_CLASS, BAR_STYLE, MarkShape, SEGMENT_STYLE } from "@/components/timeline/item-styles";

const MARKS: MarkCategory[] = ["stage", "application", "decision", "designation", "reimbursement"];
const BARS: BarCategory[] = ["review", "publicity", "designation", "agreement"];

export function TimelineLegend({ marks = MARKS }: { marks?: MarkCategory[] }) {
  const t = useTranslations("timeline");
  return (
    <details open className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs" data-testid="timeline-legend">
      <summary className="cursor-pointer font-medium text-slate-700">{t("legend")}</summary>
      <ul className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 xl:grid-cols-3">
        {marks.map((category) => (
          <li key={category} className="flex items-center gap-2">
            <MarkShape category={category} />
            {t(`legendMark.${category}`)}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span className="inline-block h-1.5 w-6 rounded-sm border-x-2 border-slate-500 bg-slate-300/60" aria-hidden="true" />
          {t("legendPartial")}
        </li>
        {BARS.map((category) => (
          <li key={category} className="flex items-center gap-2">
            <span className={`inline-block h-3 w-6 rounded-sm border ${BAR_CLASS[category]}`} style={BAR_STYLE[category]} aria-hidden="true" />
            {t(`legendBar.${category}`)}
          </li>
        ))}
        {(["projected", "overdue", "stop", "uncertain-start"] as const).map((kind) => (
          <li key={kind} className="flex items-center gap-2">
            <span className="relative inline-block h-3 w-6 overflow-hidden rounded-sm border border-sky-700 bg-sky-300" aria-hidden="true">
              <span className="absolute inset-0" style={SEGMENT_STYLE[kind]} />
            </span>
            {t(`legendSegment.${kind}`)}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span className="inline-block h-3 w-0 border-l-2 border-rose-700" aria-hidden="true" />
          {t("legendDeadline")}
        </li>
        <li className="flex items-center gap-2">
          <span className="inline-block h-3 w-0 border-l-2 border-amber-500" aria-hidden="true" />
          {t("legendToday")}
        </li>
      </ul>
    </details>
  );
}
