"use client";

// The candidate page's timeline: programmes as sections, one row per stage list, application, designation
// and listing. Fits the page by default; year/quarter/month zoom scrolls horizontally like the portfolio.
import { useLocale, useTranslations } from "next-intl";
import { BilingualName } from "@/components/ui/bilingual-name";
import { useCallback, useMemo, useRef, useState } from "react";
import { itemExtent } from "@/lib/timeline/geometry";
import type { CandidateTimelineProgramme } from "@/lib/timeline/candidate-rows";
import { dayNumberOfKey, domainCovering, PAN_STEP_DAYS, trackWidthPx, ZOOM_LEVELS, type DayNumber, type Zoom } from "@/lib/timeline/scale";
import { ItemDetails } from "@/components/timeline/item-details";
import { focusNearestInAdjacentLane } from "@/components/timeline/keyboard";
import { ReviewClockBadge } from "@/components/timeline/review-clock-badge";
import { TimeAxis, TodayMarker, YearGuides } from "@/components/timeline/time-axis";
import { TimelineLegend } from "@/components/timeline/timeline-legend";
import { PanControls, ZoomControls, zoomStep } from "@/components/timeline/timeline-toolbar";
import { TrackItems, trackHeight, type ItemSelection } from "@/components/timeline/track-items";
import { useTrackViewport } from "@/components/timeline/use-track-viewport";

const LABEL_WIDTH = 240;
const AXIS_HEIGHT = 32;
const ZOOMS = ["fit", ...ZOOM_LEVELS] as const;
type CandidateZoom = (typeof ZOOMS)[number];

export function CandidateTimelineChart({ programmes, today: todayKey, candidateId, candidateName }: {
  programmes: CandidateTimelineProgramme[];
  today: string;
  candidateId: number;
  candidateName: string;
}) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const today = dayNumberOfKey(todayKey);
  const [zoom, setZoom] = useState<CandidateZoom>("fit");
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
  const domain = useMemo(() => {
    const days: DayNumber[] = [];
    for (const programme of programmes) {
      for (const row of programme.rows) {
        for (const item of row.items) {
          const { first, last } = itemExtent(item);
          days.push(first, last);
        }
      }
    }
    return domainCovering(days, today);
  }, [programmes, today]);
  const { scrollRef, panBy, panTo, viewportProps } = useTrackViewport({
    domain,
    zoom,
    initialCenter: today,
    labelWidth: LABEL_WIDTH,
    today,
    onZoomStep: (direction) => setZoom((current) => zoomStep(ZOOMS, current, direction)),
  });
  const chartRef = useRef<HTMLDivElement>(null);
  const fit = zoom === "fit";
  const trackStyle = fit ? { flex: "1 1 0%", minWidth: 0 } : { width: trackWidthPx(domain, zoom as Zoom) };
  const contentWidth = fit ? "100%" : LABEL_WIDTH + trackWidthPx(domain, zoom as Zoom);
  const onCrossLane = (laneKey: string) => (direction: -1 | 1, day: DayNumber) => {
    if (chartRef.current) focusNearestInAdjacentLane(chartRef.current, laneKey, direction, day);
  };
  const rowCount = programmes.reduce((sum, programme) => sum + programme.rows.length, 0);

  if (rowCount === 0) return <p className="text-sm text-slate-600">{t("noSteps")}</p>;

  return (
    <div className="space-y-2" data-testid="candidate-timeline">
      <div className="flex flex-wrap items-center gap-3">
        <ZoomControls zooms={ZOOMS} zoom={zoom} onZoom={setZoom} />
        <PanControls
          disabled={fit}
          onEarlier={() => panBy(-PAN_STEP_DAYS[zoom as Zoom])}
          onToday={() => panTo(today)}
          onLater={() => panBy(PAN_STEP_DAYS[zoom as Zoom])}
        />
      </div>
      <div
        ref={scrollRef}
        {...viewportProps}
        tabIndex={0}
        role="region"
        aria-label={t("candidateAria", { name: candidateName })}
        className={`relative overflow-x-auto rounded-md border border-slate-200 bg-white outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${fit ? "" : "cursor-grab active:cursor-grabbing"}`}
      >
        <div ref={chartRef} className="relative" style={{ width: contentWidth }}>
          <div className="flex border-b border-slate-300" style={{ height: AXIS_HEIGHT }}>
            <div className="sticky left-0 z-20 shrink-0 border-r border-slate-200 bg-white" style={{ width: LABEL_WIDTH }} />
            <div className="relative" style={trackStyle}>
              <TimeAxis domain={domain} zoom={zoom} height={AXIS_HEIGHT} />
            </div>
          </div>
          <div className="pointer-events-none absolute bottom-0 right-0" style={{ left: LABEL_WIDTH, top: AXIS_HEIGHT }}>
            <YearGuides domain={domain} />
            <TodayMarker domain={domain} today={today} labelled />
          </div>
          {programmes.map((programme) =>
            programme.rows.length === 0 ? null : (
              <section key={programme.id} aria-label={programme.title} data-testid="timeline-programme">
                <div className="border-b border-slate-200 bg-slate-50">
                  <div className="sticky left-0 inline-block px-2 py-1 text-sm">
                    <span className="font-semibold">
                      <BilingualName en={programme.indication.en} zh={programme.indication.zh} locale={locale} withOther />
                    </span>
                    <span className="ml-2 text-slate-600">
                      {programme.stage}
                      {programme.sponsor ? <> · <span lang="en">{programme.sponsor}</span></> : null}
                    </span>
                  </div>
                </div>
                {programme.rows.map((row) => {
                  const laneKey = `${programme.id}-${row.key}`;
                  const label = `${programme.title}: ${row.label}`;
                  return (
                    <div key={row.key} className="flex border-b border-slate-100" data-lane={laneKey} role="group" aria-label={label}>
                      <div className="sticky left-0 z-20 flex shrink-0 flex-col justify-center border-r border-slate-200 bg-white px-2 py-1" style={{ width: LABEL_WIDTH }}>
                        <span className="truncate text-sm font-medium">{row.label}</span>
                        <span className="flex items-center gap-1.5 truncate text-xs text-slate-600">
                          <span className="truncate">{row.detail}</span>
                          {row.clock ? <ReviewClockBadge clock={row.clock} /> : null}
                        </span>
                      </div>
                      <div className="relative my-1" style={{ ...trackStyle, height: trackHeight(row.barRowCount) }}>
                        <TrackItems
                          stickyLabelOffset={LABEL_WIDTH}
                          laneKey={laneKey}
                          laneLabel={label}
                          candidateId={candidateId}
                          items={row.items}
                          barRows={row.barRows}
                          domain={domain}
                          today={today}
                          selectedId={selection?.laneKey === laneKey ? selection.item.id : null}
                          onSelect={onSelect}
                          onCrossLane={onCrossLane(laneKey)}
                        />
                      </div>
                    </div>
                  );
                })}
              </section>
            ),
          )}
        </div>
      </div>
      <ItemDetails selection={selection} pinned={pinned} showCandidateLink={false} />
      <TimelineLegend />
    </div>
  );
}
