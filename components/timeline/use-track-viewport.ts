"use client";

// Panning and zooming a horizontally scrolled track: keeps the centred day when the zoom changes, pans by
// buttons, keyboard (on the chart itself), dragging the background and the native wheel/trackpad scroll,
// and reports the centred day so the page can keep it in the URL.
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { centerDayAt, PAN_STEP_DAYS, PX_PER_DAY, scrollLeftFor, type DayNumber, type TimeDomain, type Zoom } from "@/lib/timeline/scale";

type Options = {
  domain: TimeDomain;
  /** "fit": the track fits its container; nothing scrolls horizontally and panning does nothing. */
  zoom: Zoom | "fit";
  /** The day to centre first (from the URL, else today). */
  initialCenter: DayNumber;
  /** Width of the sticky label column that covers the left of the viewport. */
  labelWidth: number;
  today: DayNumber;
  onZoomStep?: (direction: 1 | -1) => void;
  /** Called (debounced) with the centred day after the user pans. */
  onCenterChange?: (day: DayNumber) => void;
};

const INTERACTIVE = "button, a, input, select, textarea, summary";

export function useTrackViewport({ domain, zoom, initialCenter, labelWidth, today, onZoomStep, onCenterChange }: Options) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const centerRef = useRef(initialCenter);
  const reportTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const drag = useRef<{ x: number; y: number; left: number; top: number; pointerId: number } | null>(null);
  /** The offset this hook set itself (first render, zoom change): scrolling there is not the user panning. */
  const placedLeft = useRef<number | null>(null);

  const viewportPx = useCallback(() => Math.max((scrollRef.current?.clientWidth ?? 0) - labelWidth, 1), [labelWidth]);

  // Before paint: put the remembered centre day in the middle at the (new) zoom.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element || zoom === "fit") return;
    element.scrollLeft = scrollLeftFor(domain, zoom, centerRef.current, viewportPx());
    placedLeft.current = element.scrollLeft;
  }, [domain, zoom, viewportPx]);

  // A centre report still pending when the user follows a link (or goes back) would rewrite the URL in the
  // middle of that navigation and cancel it: drop the report instead.
  useEffect(() => {
    const cancelReport = (event: Event) => {
      if (event.type === "popstate" || (event.target as Element | null)?.closest?.("a[href]")) clearTimeout(reportTimer.current);
    };
    document.addEventListener("click", cancelReport, true);
    window.addEventListener("popstate", cancelReport);
    return () => {
      clearTimeout(reportTimer.current);
      document.removeEventListener("click", cancelReport, true);
      window.removeEventListener("popstate", cancelReport);
    };
  }, []);

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element || zoom === "fit") return;
    if (placedLeft.current !== null && Math.abs(element.scrollLeft - placedLeft.current) < 1) return;
    placedLeft.current = null;
    centerRef.current = centerDayAt(domain, zoom, element.scrollLeft, viewportPx());
    if (!onCenterChange) return;
    clearTimeout(reportTimer.current);
    reportTimer.current = setTimeout(() => onCenterChange(centerRef.current), 400);
  };

  const panBy = (days: number) => {
    if (zoom !== "fit") scrollRef.current?.scrollBy({ left: days * PX_PER_DAY[zoom] });
  };
  const panTo = (day: DayNumber) => {
    const element = scrollRef.current;
    if (element && zoom !== "fit") element.scrollLeft = scrollLeftFor(domain, zoom, day, viewportPx());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys on an item or a link belong to it; these act on the chart itself.
    if (event.target !== event.currentTarget) return;
    const step = zoom === "fit" ? 0 : PAN_STEP_DAYS[zoom];
    const actions: Record<string, () => void> = {
      ArrowLeft: () => panBy(-step / 4),
      ArrowRight: () => panBy(step / 4),
      PageUp: () => panBy(-step),
      PageDown: () => panBy(step),
      Home: () => panTo(today),
      "+": () => onZoomStep?.(1),
      "=": () => onZoomStep?.(1),
      "-": () => onZoomStep?.(-1),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const element = scrollRef.current;
    if (!element || event.button !== 0 || (event.target as Element).closest(INTERACTIVE)) return;
    drag.current = { x: event.clientX, y: event.clientY, left: element.scrollLeft, top: element.scrollTop, pointerId: event.pointerId };
    element.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const element = scrollRef.current;
    if (!element || !drag.current || drag.current.pointerId !== event.pointerId) return;
    element.scrollLeft = drag.current.left - (event.clientX - drag.current.x);
    element.scrollTop = drag.current.top - (event.clientY - drag.current.y);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    scrollRef.current?.releasePointerCapture(event.pointerId);
  };

  return {
    scrollRef,
    panBy,
    panTo,
    viewportProps: { onScroll, onKeyDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}
