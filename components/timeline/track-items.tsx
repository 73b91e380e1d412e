"use client";

// The items of one lane (portfolio) or one row (candidate page) on a track. Each item is a button: Tab reaches
// the first item of a lane, Left/Right/Home/End move along it, Up/Down ask the parent for the next lane.
// Positions are percentages of the track, so the same markup serves a fitted and a zoomed track.
import type { KeyboardEvent } from "react";
import { barSegments, itemPlacement } from "@/lib/timeline/geometry";
import { describeItem, itemShortLabel } from "@/lib/timeline/describe";
import { useTimelineWords } from "@/components/timeline/use-timeline-words";
import { isReviewBar } from "@/lib/timeline/item-order";
import type { TimelineItem } from "@/lib/timeline/items";
import { dayNumberOfKey, fractionOf, type DayNumber, type TimeDomain } from "@/lib/timeline/scale";
import { BAR_CLASS, BAR_STYLE, MarkShape, SEGMENT_STYLE } from "@/components/timeline/item-styles";

export const BAR_ROW_HEIGHT = 20;
export const MARK_ROW_HEIGHT = 22;

export type ItemSelection = { laneKey: string; item: TimelineItem; laneLabel: string; candidateId: number };

type Props = {
  /** Width of the sticky label column: a bar's text sticks just right of it while the bar is scrolled past. */
  stickyLabelOffset: number;
  laneKey: string;
  laneLabel: string;
  candidateId: number;
  items: readonly TimelineItem[];
  barRows: Readonly<Record<string, number>>;
  domain: TimeDomain;
  today: DayNumber;
  selectedId: string | null;
  onSelect: (selection: ItemSelection | null, pinned: boolean) => void;
  /** Up/Down on an item: move to the lane above or below, near `day`. */
  onCrossLane?: (direction: -1 | 1, day: DayNumber) => void;
};

const percent = (fraction: number) => `${(fraction * 100).toFixed(4)}%`;

function laneItemsOf(button: HTMLElement): HTMLButtonElement[] {
  const lane = button.closest("[data-lane]");
  return lane ? [...lane.querySelectorAll<HTMLButtonElement>("button[data-item-id]")] : [];
}

export function TrackItems({ stickyLabelOffset, laneKey, laneLabel, candidateId, items, barRows, domain, today, selectedId, onSelect, onCrossLane }: Props) {
  const words = useTimelineWords();
  const select = (item: TimelineItem, pinned: boolean) => onSelect({ laneKey, item, laneLabel, candidateId }, pinned);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const siblings = laneItemsOf(event.currentTarget);
    const index = siblings.indexOf(event.currentTarget);
    const focusAt = (target: number) => siblings[Math.min(Math.max(target, 0), siblings.length - 1)]?.focus();
    switch (event.key) {
      case "ArrowRight":
        focusAt(index + 1);
        break;
      case "ArrowLeft":
        focusAt(index - 1);
        break;
      case "Home":
        focusAt(0);
        break;
      case "End":
        focusAt(siblings.length - 1);
        break;
      case "ArrowUp":
      case "ArrowDown":
        if (!onCrossLane) return;
        onCrossLane(event.key === "ArrowUp" ? -1 : 1, Number(event.currentTarget.dataset.day));
        break;
      case "Escape":
        onSelect(null, true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const markTop = Object.keys(barRows).length ? Math.max(...Object.values(barRows)) + 1 : 0;

  return (
    <>
      {items.map((item, index) => {
        const { left, width } = itemPlacement(domain, item);
        const description = describeItem(item, laneLabel, words);
        const common = {
          type: "button" as const,
          "aria-label": description,
          "aria-pressed": selectedId === item.id,
          "data-item-id": item.id,
          "data-day": item.kind === "mark" ? dayNumberOfKey(item.date) : dayNumberOfKey(item.start),
          tabIndex: index === 0 ? 0 : -1,
          onFocus: () => select(item, false),
          onMouseEnter: () => select(item, false),
          onClick: () => select(item, true),
          onKeyDown,
        };
        const ring = selectedId === item.id ? "ring-2 ring-offset-1 ring-amber-500" : "";
        if (item.kind === "mark") {
          const wide = item.precision !== "DAY";
          return (
            <button
              key={item.id}
              {...common}
              className={`group absolute flex items-center justify-center outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${ring}`}
              style={{
                left: wide ? percent(left) : `calc(${percent(left + width / 2)} - 8px)`,
                width: wide ? `max(${percent(width)}, 16px)` : "16px",
                top: markTop * BAR_ROW_HEIGHT + 3,
                height: 16,
              }}
            >
              {wide ? (
                // A month- or year-level date spans its whole period: a bracket, never a made-up day.
                <span aria-hidden="true" className="absolute inset-x-0 top-1/2 h-1.5 -translate-y-1/2 rounded-sm border-x-2 border-slate-500 bg-slate-300/60" />
              ) : null}
              <MarkShape category={item.category} className="relative" />
            </button>
          );
        }
        const row = barRows[item.id] ?? 0;
        const review = isReviewBar(item) ? item : null;
        const deadlineFraction = review?.deadline ? fractionOf(domain, dayNumberOfKey(review.deadline)) : null;
        return (
          <span key={item.id} className="contents">
            <button
              {...common}
              // The name starts with the bar's visible text (WCAG 2.5.3: what is seen is what can be said).
              aria-label={`${itemShortLabel(item, words)} · ${description}`}
              className={`absolute overflow-clip rounded-sm border text-left text-[10px] leading-[14px] outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${BAR_CLASS[item.category]} ${ring}`}
              style={{ left: percent(left), width: `max(${percent(width)}, 4px)`, top: row * BAR_ROW_HEIGHT + 2, height: BAR_ROW_HEIGHT - 4, ...BAR_STYLE[item.category] }}
            >
              {barSegments(item, today).map((segment, segmentIndex) => (
                <span
                  key={segmentIndex}
                  aria-hidden="true"
                  className="absolute inset-y-0"
                  style={{ left: percent(segment.left), width: percent(segment.width), ...SEGMENT_STYLE[segment.kind] }}
                />
              ))}
              {/* overflow-clip (not hidden) keeps the outer scroller as the sticky container. */}
              <span aria-hidden="true" className="sticky whitespace-nowrap px-1 font-medium" style={{ left: stickyLabelOffset }}>
                {itemShortLabel(item, words)}
              </span>
            </button>
            {deadlineFraction !== null ? (
              // The statutory deadline, also when the review ended before it.
              <span
                aria-hidden="true"
                className="pointer-events-none absolute w-0 border-l-2 border-rose-700"
                style={{ left: percent(deadlineFraction), top: row * BAR_ROW_HEIGHT, height: BAR_ROW_HEIGHT }}
              />
            ) : null}
          </span>
        );
      })}
    </>
  );
}

/** Height of a lane or row with `barRowCount` bar sub-rows above its milestone row. */
export function trackHeight(barRowCount: number): number {
  return barRowCount * BAR_ROW_HEIGHT + MARK_ROW_HEIGHT;
}
