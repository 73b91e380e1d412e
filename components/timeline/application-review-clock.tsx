// The statutory review clock of one application on the candidate page: the badge and, beside it, the
// figures in words (working days used, left or overdue, the deadline), or why there is no figure.
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { summarizeApplicationClock, type ClockedApplication } from "@/lib/review-clock/application-clock";
import { ReviewClockBadge } from "@/components/timeline/review-clock-badge";

export function ApplicationReviewClock({
  application,
  today,
  calendar,
}: {
  application: ClockedApplication;
  today: Date;
  calendar: WorkingCalendar;
}) {
  const clock = summarizeApplicationClock(application, today, calendar);
  if (!clock) return <span className="text-slate-400">—</span>;
  let detail: string;
  if (clock.state === "unavailable") {
    detail = clock.message;
  } else {
    const parts = [`${clock.elapsed} of ${clock.limit} WD used`];
    if (clock.stoppedDays > 0) parts.push(`${clock.stoppedDays} WD stopped`);
    if (clock.overdueBy > 0) parts.push(clock.state === "completed" ? `ended ${clock.overdueBy} WD late` : `overdue by ${clock.overdueBy} WD`);
    else if (clock.state !== "completed") parts.push(`${clock.remaining} WD left`);
    if (clock.deadline) parts.push(`deadline ${clock.deadline}`);
    else if (clock.deadlineUnknown === "open-clock-stop") parts.push("deadline set when the applicant responds");
    else if (clock.deadlineUnknown === "outside-calendar") parts.push("deadline beyond the working-day calendar on file");
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
