// Which of a candidate's review clocks is the one to show. Pure and calendar-free: the timeline's client
// code imports it, and lib/domain/application-clock (which needs the working calendar) re-exports it.
import type { ReviewClockSummary } from "@/lib/domain/application-clock";

/** Known deadlines first (earliest, i.e. most overdue, first), then running without one, then stopped. */
function urgency(summary: ReviewClockSummary): [number, number] {
  if (summary.state === "unavailable") return [3, 0];
  if (summary.state === "stopped") return [2, summary.remaining];
  if (summary.deadline) return [0, Date.parse(summary.deadline)];
  return [1, summary.remaining];
}

/**
 * The one clock a candidate's dashboard row shows: its most urgent running review, ordered like the stored
 * Candidate.reviewDeadline sort key. Completed reviews are history and never picked; a clock the calendar
 * cannot read is picked only when nothing else runs, so the row still says why no figure is shown.
 */
export function pickMostUrgentClock(summaries: readonly (ReviewClockSummary | null)[]): ReviewClockSummary | null {
  const relevant = summaries.filter(
    (summary): summary is ReviewClockSummary => summary !== null && summary.reviewRunning && summary.state !== "completed",
  );
  const ranked = relevant.sort((a, b) => {
    const [groupA, valueA] = urgency(a);
    const [groupB, valueB] = urgency(b);
    return groupA - groupB || valueA - valueB || a.applicationId - b.applicationId;
  });
  return ranked[0] ?? null;
}
