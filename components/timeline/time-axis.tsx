// The time axis over a track (year lines bold and labelled; quarters or months by zoom) and the vertical
// guide lines and "today" marker drawn through every lane beneath it.
import { dayKeyOf, fractionOf, ticksFor, type DayNumber, type TimeDomain, type Zoom } from "@/lib/timeline/scale";

const percent = (fraction: number) => `${(fraction * 100).toFixed(4)}%`;

export function TimeAxis({ domain, zoom, height }: { domain: TimeDomain; zoom: Zoom | "fit"; height: number }) {
  const ticks = ticksFor(domain, zoom === "fit" ? "year" : zoom);
  return (
    <div className="relative h-full w-full select-none" style={{ height }} aria-hidden="true">
      {ticks.map((tick) => (
        <span
          key={tick.day}
          className={`absolute bottom-0 border-l pl-1 text-[11px] leading-4 ${tick.major ? "top-0 border-slate-500 font-semibold text-slate-800" : "top-1/2 border-slate-300 text-slate-500"}`}
          style={{ left: percent(fractionOf(domain, tick.day)) }}
        >
          {tick.label}
        </span>
      ))}
    </div>
  );
}

/** Faint year lines through the lanes, so a bar can be read against the axis far below it. */
export function YearGuides({ domain }: { domain: TimeDomain }) {
  return (
    <div className="pointer-events-none absolute inset-0" aria-hidden="true">
      {ticksFor(domain, "year")
        .filter((tick) => tick.major)
        .map((tick) => (
          <span key={tick.day} className="absolute inset-y-0 border-l border-slate-200" style={{ left: percent(fractionOf(domain, tick.day)) }} />
        ))}
    </div>
  );
}

export function TodayMarker({ domain, today, labelled = false }: { domain: TimeDomain; today: DayNumber; labelled?: boolean }) {
  return (
    <div
      className="pointer-events-none absolute inset-y-0 z-10 border-l-2 border-amber-500"
      style={{ left: percent(fractionOf(domain, today)) }}
      data-testid="today-marker"
      aria-hidden="true"
    >
      {labelled ? (
        <span className="absolute left-1 top-0 whitespace-nowrap rounded bg-amber-100 px-1 text-[10px] font-semibold text-amber-900">
          today {dayKeyOf(today)}
        </span>
      ) : null}
    </div>
  );
}
