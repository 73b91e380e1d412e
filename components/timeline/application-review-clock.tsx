// The statutory review clock of one application on the candidate page: the badge and, beside it, the
// figures in words (working days used, left or overdue, the deadline), or why there is no figure.
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { summarizeApplicationClock, type ClockedApplication } from "@/lib/domain/application-clock";
import { useTranslations } from "next-intl";
import { ReviewClockBadge } from "@/components/timeline/review-clock-badge";
import { useTimelineWords } from "@/components/timeline/use-timeline-words";
import { describeDay } from "@/lib/timeline/describe";

export function ApplicationReviewClock({
  application,
  today,
  calendar,
}: {
  application: ClockedApplication;
  today: Date;
  calendar: WorkingCalendar;
}) {
  const t = useTranslations("timeline");
  const words = useTimelineWords();
  const clock = summarizeApplicationClock(application, today, calendar);
  if (!clock) return <span className="text-slate-400">—</span>;
  let detail: string;
  if (clock.state === "unavailable") {
    detail = clock.message;
  } else {
    const parts = [t("clockDetailUsed", { elapsed: clock.elapsed, limit: clock.limit })];
    if (clock.stoppedDays > 0) parts.push(t("clockDetailStopped", { days: clock.stoppedDays }));
    if (clock.overdueBy > 0) parts.push(clock.state === "completed" ? t("clockDetailEndedLate", { days: clock.overdueBy }) : t("clockDetailOverdue", { days: clock.overdueBy }));
    else if (clock.state !== "completed") parts.push(t("clockDetailLeft", { days: clock.remaining }));
    if (clock.deadline) parts.push(t("clockDetailDeadline", { deadline: describeDay(clock.deadline, words) }));
    else if (clock.deadlineUnknown === "open-clock-stop") parts.push(t("clockDetailOpenStop"));
    else if (clock.deadlineUnknown === "outside-calendar") parts.push(t("clockDetailOutside"));
    detail = parts.join(" · ");
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5" data-testid="application-review-clock" data-state={clock.state}>
      <ReviewClockBadge clock={clock} />
      {/* The badge already carries the full sentence for screen readers. */}
      <span className="text-xs text-slate-600" aria-hidden="true">
        {detail}
      </span>
    </span>
  );
}
