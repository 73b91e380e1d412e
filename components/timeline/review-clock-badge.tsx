// A review clock in one small cell: "45/200 WD", "12 WD left", "overdue 5 WD", "stopped". State is told by
// an icon and words as well as colour; the full sentence is the tooltip and the screen-reader text.
import type { ReviewClockSummary } from "@/lib/domain/application-clock";
import { clockSentence, clockShortText, provisionalDeadlineText, type ClockWords } from "@/lib/timeline/describe";
import { useClockWords } from "@/components/timeline/use-clock-words";

type BadgeState = ReviewClockSummary["state"];

const STYLE: Record<BadgeState, string> = {
  running: "border-sky-300 bg-sky-50 text-sky-900",
  overdue: "border-rose-400 bg-rose-50 text-rose-900",
  stopped: "border-slate-400 bg-slate-100 text-slate-800",
  completed: "border-emerald-300 bg-emerald-50 text-emerald-900",
  unavailable: "border-amber-400 bg-amber-50 text-amber-900",
};

function StateIcon({ state }: { state: BadgeState }) {
  const common = { width: 10, height: 10, viewBox: "0 0 10 10", "aria-hidden": true, className: "shrink-0" } as const;
  switch (state) {
    case "running":
      return (
        <svg {...common}>
          <circle cx="5" cy="5" r="4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M5 2.5V5l1.8 1.2" fill="none" stroke="currentColor" strokeWidth="1.2" />
        </svg>
      );
    case "overdue":
      return (
        <svg {...common}>
          <path d="M5 0.8 9.5 9.2H0.5Z" fill="currentColor" />
          <path d="M5 3.5v3M5 7.6v.6" stroke="white" strokeWidth="1.2" />
        </svg>
      );
    case "stopped":
      return (
        <svg {...common}>
          <rect x="1.5" y="1" width="2.4" height="8" fill="currentColor" />
          <rect x="6.1" y="1" width="2.4" height="8" fill="currentColor" />
        </svg>
      );
    case "completed":
      return (
        <svg {...common}>
          <path d="M1 5.2 4 8.2 9 1.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      );
    case "unavailable":
      return (
        <svg {...common}>
          <circle cx="5" cy="5" r="4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M2.2 7.8 7.8 2.2" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      );
  }
}

/** The clock on timelines and the candidate page: `clock` is a ReviewClockSummary. */
export function ReviewClockBadge({ clock }: { clock: ReviewClockSummary | null }) {
  return <ClockBadge clock={clock} words={useClockWords()} />;
}

/**
 * The badge with its words given: the dashboard's "review clock" cell (`clock` is DashboardRow.reviewClock),
 * whose table makes the words once rather than once per row.
 */
export function ClockBadge({ clock, words }: { clock: ReviewClockSummary | null; words: ClockWords }) {
  if (!clock) {
    return (
      <span className="text-slate-400" data-testid="review-clock-badge" data-state="none">
        —<span className="sr-only">{words.t("noRunningReview")}</span>
      </span>
    );
  }
  const sentence = `${clock.acceptanceNumber}${words.locale === "zh-CN" ? "：" : ": "}${clockSentence(clock, words)}`;
  const provisional = provisionalDeadlineText(clock, words);
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-px text-xs font-medium tabular-nums ${STYLE[clock.state]}`}
      title={sentence}
      data-testid="review-clock-badge"
      data-state={clock.state}
      data-calendar={clock.state === "unavailable" ? undefined : clock.calendar}
    >
      <StateIcon state={clock.state} />
      <span aria-hidden="true">{clockShortText(clock, words)}</span>
      {provisional ? (
        // The deadline rests on a year with no State Council notice on file: say so, and where to add it.
        <a
          href={`/admin/calendar?year=${clock.state === "unavailable" ? "" : (clock.deadline ?? "").slice(0, 4)}`}
          className="font-normal italic underline decoration-dotted"
          data-testid="review-clock-provisional"
          aria-hidden="true"
          tabIndex={-1}
        >
          {provisional}
        </a>
      ) : null}
      <span className="sr-only">{sentence}</span>
    </span>
  );
}
