"use client";

// The portfolio timeline: one lane per candidate or programme, grouped by mechanism class or sponsor, on a
// horizontally scrolled track. Lanes are virtualised (only those in view are in the DOM), so a thousand
// lanes scroll smoothly. View state (zoom, grouping, lane mode, centred day) lives in the URL via nuqs.
import { useLocale, useTranslations } from "next-intl";
import { BilingualName } from "@/components/ui/bilingual-name";
import { dataLangOf } from "@/lib/i18n/config";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useQueryStates } from "nuqs";
import { useVirtualizer } from "@tanstack/react-virtual";
import { itemExtent } from "@/lib/timeline/geometry";
import { buildLanes, flattenGroups, groupLanes, GROUP_MODES, LANE_MODES, type GroupMode, type LaneMode, type LaneListRow } from "@/lib/timeline/lanes";
import type { TimelineFirstScreen } from "@/lib/timeline/load-timeline";
import { fromShapedJson, type ShapedJson } from "@/lib/wire/shapes";
import { dayKeyOf, dayNumberOfKey, domainCovering, trackWidthPx, ZOOM_LEVELS, type DayNumber, PAN_STEP_DAYS } from "@/lib/timeline/scale";
import { timelineViewParsers } from "@/lib/timeline/view-params";
import { ItemDetails } from "@/components/timeline/item-details";
import { ReviewClockBadge } from "@/components/timeline/review-clock-badge";
import { TimeAxis, TodayMarker, YearGuides } from "@/components/timeline/time-axis";
import { TimelineLegend } from "@/components/timeline/timeline-legend";
import { PanControls, ZoomControls, zoomStep } from "@/components/timeline/timeline-toolbar";
import { TrackItems, trackHeight, type ItemSelection } from "@/components/timeline/track-items";
import { useRestOfTimeline } from "@/components/timeline/use-rest-of-timeline";
import { useTrackViewport } from "@/components/timeline/use-track-viewport";

const LABEL_WIDTH = 264;
const AXIS_HEIGHT = 36;
const GROUP_HEIGHT = 30;
const LANE_PADDING = 10;
const MIN_LANE_HEIGHT = 52;


function rowHeight(row: LaneListRow): number {
  return row.type === "group" ? GROUP_HEIGHT : Math.max(trackHeight(row.lane.barRowCount) + LANE_PADDING, MIN_LANE_HEIGHT);
}

function laneLabel(row: Extract<LaneListRow, { type: "lane" }>): string {
  return `${row.lane.title} · ${row.lane.subtitle}`;
}

type Props = {
  /** The first screen (loadTimelineFirstScreen) as shaped JSON text: one string for React to carry, not a tree. */
  packedJson: string;
  /** Where the whole selection is read when the first screen left lanes without items. */
  restHref: string | null;
  dashboardLink: string;
};

const NO_PENDING: ReadonlySet<number> = new Set();

export function PortfolioTimeline({ packedJson, restHref, dashboardLink }: Props) {
  const firstScreen = useMemo(() => fromShapedJson<TimelineFirstScreen>(JSON.parse(packedJson) as ShapedJson), [packedJson]);
  const rest = useRestOfTimeline(firstScreen, firstScreen.pendingIds.length > 0 ? restHref : null);
  const data = rest.status === "loaded" ? rest.data : firstScreen;
  const pendingIds = useMemo(() => (rest.status === "loaded" ? NO_PENDING : new Set(firstScreen.pendingIds)), [rest.status, firstScreen]);
  const t = useTranslations("timeline");
  const [view, setView] = useQueryStates(timelineViewParsers, { history: "replace", shallow: true, scroll: false });
  const today = dayNumberOfKey(data.today);

  const locale = useLocale();
  const laneWords = useMemo(
    () => ({ lang: dataLangOf(locale), programmes: (count: number) => t("programmes", { count }), all: t("allGroup"), noSponsor: t("noSponsor") }),
    [locale, t],
  );
  const lanes = useMemo(() => buildLanes(data.candidates, view.lanes, laneWords), [data.candidates, view.lanes, laneWords]);
  const rows = useMemo(() => flattenGroups(groupLanes(lanes, view.group, laneWords)), [lanes, view.group, laneWords]);
  const domain = useMemo(() => {
    const days: DayNumber[] = [];
    for (const candidate of data.candidates) {
      for (const program of candidate.programs) {
        for (const item of program.items) {
          const { first, last } = itemExtent(item);
          days.push(first, last);
        }
      }
    }
    return domainCovering(days, today);
  }, [data.candidates, today]);
  const trackWidth = trackWidthPx(domain, view.zoom);

  const [selection, setSelection] = useState<ItemSelection | null>(null);
  const [pinned, setPinned] = useState(false);
  const onSelect = useCallback(
    (next: ItemSelection | null, pin: boolean) => {
      if (!pin && pinned) return;
      setSelection(next);
      setPinned(pin && next !== null);
    },
    [pinned],
  );

  const { scrollRef, panBy, panTo, viewportProps } = useTrackViewport({
    domain,
    zoom: view.zoom,
    initialCenter: view.at ? dayNumberOfKey(view.at) : today,
    labelWidth: LABEL_WIDTH,
    today,
    onZoomStep: (direction) => void setView({ zoom: zoomStep(ZOOM_LEVELS, view.zoom, direction) }),
    onCenterChange: (day) => void setView({ at: dayKeyOf(day) }),
  });

  const getItemKey = useCallback((index: number) => {
    const row = rows[index];
    return row ? (row.type === "group" ? `g-${row.group.key}` : row.lane.key) : index;
  }, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index] ? rowHeight(rows[index]) : MIN_LANE_HEIGHT),
    getItemKey,
    overscan: 6,
    paddingStart: AXIS_HEIGHT,
    scrollPaddingStart: AXIS_HEIGHT,
    // Lets the server render the first lanes before the browser has measured the chart.
    initialRect: { width: 1200, height: 640 },
  });

  // Up/Down from an item: focus the nearest item of the next lane with items, scrolling it into the DOM first.
  const pendingFocus = useRef<{ laneKey: string; day: DayNumber } | null>(null);
  const focusNearest = useCallback(() => {
    const pending = pendingFocus.current;
    const lane = pending && scrollRef.current?.querySelector<HTMLElement>(`[data-lane="${pending.laneKey}"]`);
    if (!pending || !lane) return;
    const buttons = [...lane.querySelectorAll<HTMLButtonElement>("button[data-item-id]")];
    const nearest = buttons.reduce<HTMLButtonElement | undefined>((best, button) => {
      if (!best) return button;
      return Math.abs(Number(button.dataset.day) - pending.day) < Math.abs(Number(best.dataset.day) - pending.day) ? button : best;
    }, undefined);
    pendingFocus.current = null;
    nearest?.focus();
  }, [scrollRef]);
  useEffect(focusNearest);
  const onCrossLane = (fromKey: string) => (direction: -1 | 1, day: DayNumber) => {
    let index = rows.findIndex((row) => row.type === "lane" && row.lane.key === fromKey) + direction;
    while (rows[index] && (rows[index]?.type !== "lane" || (rows[index] as Extract<LaneListRow, { type: "lane" }>).lane.items.length === 0)) index += direction;
    const target = rows[index];
    if (!target || target.type !== "lane") return;
    pendingFocus.current = { laneKey: target.lane.key, day };
    virtualizer.scrollToIndex(index, { align: "auto" });
    focusNearest();
  };

  const laneCount = lanes.length;
  const capped = data.total > data.candidates.length;

  return (
    <div className="space-y-3" data-testid="portfolio-timeline">
      <div className="flex flex-wrap items-center gap-3">
        <ZoomControls zooms={ZOOM_LEVELS} zoom={view.zoom} onZoom={(zoom) => void setView({ zoom })} />
        <PanControls
          onEarlier={() => panBy(-PAN_STEP_DAYS[view.zoom])}
          onToday={() => panTo(today)}
          onLater={() => panBy(PAN_STEP_DAYS[view.zoom])}
        />
        <label className="flex items-center gap-1 text-sm text-slate-700">
          {t("oneLanePer")}
          <select
            className="rounded border border-slate-300 bg-white px-1 py-0.5"
            value={view.lanes}
            onChange={(event) => void setView({ lanes: event.target.value as LaneMode })}
            data-testid="lane-mode"
          >
            {LANE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t("laneMode", { mode })}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1 text-sm text-slate-700">
          {t("groupBy")}
          <select
            className="rounded border border-slate-300 bg-white px-1 py-0.5"
            value={view.group}
            onChange={(event) => void setView({ group: event.target.value as GroupMode })}
            data-testid="group-mode"
          >
            {GROUP_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t("groupMode", { mode })}
              </option>
            ))}
          </select>
        </label>
        <Link href={dashboardLink} className="ml-auto text-sm text-blue-700 hover:underline" data-testid="open-dashboard">
          {t("openTable")}
        </Link>
      </div>

      <p className="text-sm text-slate-600" data-testid="lane-count">
        {t("laneCount", { candidates: data.candidates.length, lanes: laneCount })}
        {capped ? (
          <span className="ml-2 rounded border border-amber-300 bg-amber-50 px-1.5 text-amber-900" role="status">
            {t("capped", { shown: data.candidates.length, total: data.total })}
          </span>
        ) : null}
        {rest.status === "loading" ? (
          <span className="ml-2 text-slate-500" role="status" data-testid="lanes-loading">
            {t("loadingRest", { count: firstScreen.pendingIds.length })}
          </span>
        ) : null}
        {rest.status === "failed" ? (
          <span className="ml-2 text-red-800" role="alert" data-testid="lanes-failed">
            {t("restFailed", { reason: rest.reason })}{" "}
            <button type="button" className="underline" onClick={rest.retry}>
              {t("retry")}
            </button>
          </span>
        ) : null}
      </p>

      <div
        ref={scrollRef}
        {...viewportProps}
        aria-busy={rest.status === "loading"}
        data-lanes={rest.status}
        tabIndex={0}
        role="region"
        aria-label={t("portfolioAria")}
        className="relative h-[68vh] min-h-[420px] cursor-grab overflow-auto rounded-md border border-slate-200 bg-white outline-none focus-visible:ring-2 focus-visible:ring-blue-600 active:cursor-grabbing"
        data-testid="timeline-viewport"
        data-zoom={view.zoom}
      >
        <div className="relative" style={{ width: LABEL_WIDTH + trackWidth, height: virtualizer.getTotalSize() }}>
          <div className="sticky top-0 z-30 flex border-b border-slate-300 bg-white" style={{ height: AXIS_HEIGHT }}>
            <div className="sticky left-0 z-10 flex shrink-0 items-end border-r border-slate-200 bg-white px-2 pb-1 text-xs font-medium text-slate-600" style={{ width: LABEL_WIDTH }}>
              {t("axisCorner", { lanes: view.lanes, group: view.group })}
            </div>
            <div style={{ width: trackWidth }} className="relative">
              <TimeAxis domain={domain} zoom={view.zoom} height={AXIS_HEIGHT} />
            </div>
          </div>
          <div className="pointer-events-none absolute bottom-0" style={{ left: LABEL_WIDTH, width: trackWidth, top: AXIS_HEIGHT }}>
            <YearGuides domain={domain} />
            <TodayMarker domain={domain} today={today} labelled />
          </div>
          {virtualizer.getVirtualItems().map((virtualRow) => {
            const row = rows[virtualRow.index];
            if (!row) return null;
            const style = { top: virtualRow.start, height: virtualRow.size, width: LABEL_WIDTH + trackWidth };
            if (row.type === "group") {
              return (
                <div key={virtualRow.key} className="absolute left-0 border-b border-slate-200 bg-slate-100" style={style} data-testid="lane-group">
                  <div className="sticky left-0 inline-block px-2 py-1.5 text-sm font-semibold text-slate-800">
                    {row.group.label} <span className="font-normal text-slate-600">({row.group.lanes.length})</span>
                  </div>
                </div>
              );
            }
            const { lane } = row;
            return (
              <div key={virtualRow.key} className="absolute left-0 flex border-b border-slate-100" style={style} data-lane={lane.key} data-testid="lane" role="group" aria-label={laneLabel(row)}>
                <div className="sticky left-0 z-20 flex shrink-0 flex-col justify-center gap-0.5 overflow-hidden border-r border-slate-200 bg-white px-2" style={{ width: LABEL_WIDTH }}>
                  <Link href={`/candidates/${lane.candidateId}`} className="truncate text-sm font-medium text-blue-800 hover:underline" data-testid="lane-link">
                    <BilingualName en={lane.title} zh={lane.titleZh} locale={locale} withOther />
                  </Link>
                  <span className="flex items-center gap-1.5 truncate text-xs text-slate-600">
                    <span className="truncate" lang={/[\u4e00-\u9fff]/.test(lane.subtitle) ? "zh-CN" : "en"}>{lane.subtitle}</span>
                    {lane.clock ? <ReviewClockBadge clock={lane.clock} /> : null}
                    {lane.illustrative ? <span className="text-amber-700">{t("illustrative")}</span> : null}
                  </span>
                </div>
                <div className="relative" style={{ width: trackWidth, marginTop: LANE_PADDING / 2 }}>
                  {pendingIds.has(lane.candidateId) ? (
                    <span className="sticky inline-block px-2 text-xs text-slate-400" style={{ left: LABEL_WIDTH }} data-testid="lane-loading">
                      {t("laneLoading")}
                    </span>
                  ) : null}
                  <TrackItems
                    stickyLabelOffset={LABEL_WIDTH}
                    laneKey={lane.key}
                    laneLabel={laneLabel(row)}
                    candidateId={lane.candidateId}
                    items={lane.items}
                    barRows={lane.barRows}
                    domain={domain}
                    today={today}
                    selectedId={selection?.laneKey === lane.key ? selection.item.id : null}
                    onSelect={onSelect}
                    onCrossLane={onCrossLane(lane.key)}
                  />
                </div>
              </div>
            );
          })}
        </div>
        {rows.length === 0 ? <p className="absolute inset-x-0 top-16 text-center text-sm text-slate-500">{t("noCandidates")}</p> : null}
      </div>

      <ItemDetails selection={selection} pinned={pinned} showCandidateLink />
      <TimelineLegend />
    </div>
  );
}
