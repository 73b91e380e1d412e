// Where items sit on a track. A bar covers every day its ends may stand for (a month-level end reaches the
// month's last day) and carries segments, as fractions of its own width, for what the eye must tell apart:
// uncertain ends, the projected part up to a deadline, an overdue part and clock stops.
import { dayNumberOfKey, precisionSpan, spanFractions, type DayNumber, type TimeDomain } from "@/lib/timeline/scale";
import type { TimelineBar, TimelineItem, TimelineMark } from "@/lib/timeline/items";

export type SegmentKind = "uncertain-start" | "uncertain-end" | "projected" | "overdue" | "stop";
export type Segment = { kind: SegmentKind; left: number; width: number };

export function markExtent(mark: TimelineMark): { first: DayNumber; last: DayNumber } {
  return precisionSpan(mark.date, mark.precision);
}

export function barExtent(bar: TimelineBar): { first: DayNumber; last: DayNumber } {
  const first = precisionSpan(bar.start, bar.startPrecision).first;
  const last = precisionSpan(bar.end, bar.endPrecision).last;
  return { first, last: Math.max(first, last) };
}

export function itemExtent(item: TimelineItem): { first: DayNumber; last: DayNumber } {
  return item.kind === "mark" ? markExtent(item) : barExtent(item);
}

/** Left edge and width on the track, as fractions of the domain. */
export function itemPlacement(domain: TimeDomain, item: TimelineItem): { left: number; width: number } {
  const { first, last } = itemExtent(item);
  return spanFractions(domain, first, last);
}

export function barSegments(bar: TimelineBar, today: DayNumber): Segment[] {
  const { first, last } = barExtent(bar);
  const days = last - first + 1;
  const segments: Segment[] = [];
  const add = (kind: SegmentKind, from: DayNumber, to: DayNumber) => {
    const start = Math.max(from, first);
    const end = Math.min(to, last);
    if (end >= start) segments.push({ kind, left: (start - first) / days, width: (end - start + 1) / days });
  };
  if (bar.startPrecision !== "DAY") {
    const span = precisionSpan(bar.start, bar.startPrecision);
    add("uncertain-start", span.first, span.last);
  }
  if (bar.endPrecision !== "DAY") {
    const span = precisionSpan(bar.end, bar.endPrecision);
    add("uncertain-end", span.first, span.last);
  }
  if (bar.category === "review") {
    if (bar.endKind === "deadline") add("projected", today + 1, last);
    // Past the deadline, whether the clock still runs, stands still for a late 发补, or the decision came late.
    if (bar.deadline && bar.endKind !== "deadline") add("overdue", dayNumberOfKey(bar.deadline) + 1, last);
    // A stop's first day still counts (the request is issued that day), so the stop is drawn from the next day.
    for (const stop of bar.stops) add("stop", dayNumberOfKey(stop.start) + 1, dayNumberOfKey(stop.end));
  } else if (bar.endKind === "today") {
    add("projected", today + 1, last);
  }
  return segments;
}
