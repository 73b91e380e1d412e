// The few item helpers the timelines' client components need, apart from lib/timeline/items.ts: building
// items reads review clocks on the working calendar, whose provisional years bring the lunisolar tables
// (~100 KB gzipped) that the browser has no use for.
import type { ReviewBar, TimelineItem } from "@/lib/timeline/items";

export function isReviewBar(item: TimelineItem): item is ReviewBar {
  return item.kind === "bar" && item.category === "review";
}

export function itemStart(item: TimelineItem): string {
  return item.kind === "mark" ? item.date : item.start;
}

/** Oldest first; on the same day bars before marks, then by id, so the order (and keyboard order) is stable. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  const byDay = itemStart(a).localeCompare(itemStart(b));
  if (byDay !== 0) return byDay;
  if (a.kind !== b.kind) return a.kind === "bar" ? -1 : 1;
  return a.id.localeCompare(b.id);
}
