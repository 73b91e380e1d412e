"use client";

// Zoom (year / quarter / month) and pan (earlier / today / later) controls, shared by both timelines.
import { useTranslations } from "next-intl";
import type { Zoom } from "@/lib/timeline/scale";

export function ZoomControls<Z extends Zoom | "fit">({ zooms, zoom, onZoom }: { zooms: readonly Z[]; zoom: Z; onZoom: (zoom: Z) => void }) {
  const t = useTranslations("timeline");
  return (
    <div role="group" aria-label={t("zoom")} className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm">
      {zooms.map((level) => (
        <button
          key={level}
          type="button"
          aria-pressed={zoom === level}
          data-testid={`zoom-${level}`}
          onClick={() => onZoom(level)}
          className={`px-2.5 py-1 ${zoom === level ? "bg-slate-800 font-medium text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {t("zoomLevel", { level })}
        </button>
      ))}
    </div>
  );
}

export function PanControls({ onEarlier, onToday, onLater, disabled = false }: { onEarlier: () => void; onToday: () => void; onLater: () => void; disabled?: boolean }) {
  const t = useTranslations("timeline");
  const button = "px-2.5 py-1 text-slate-700 hover:bg-slate-100 disabled:text-slate-300";
  return (
    <div role="group" aria-label={t("pan")} className="inline-flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm">
      <button type="button" className={button} onClick={onEarlier} disabled={disabled} aria-label={t("panEarlier")} data-testid="pan-earlier">
        {t("earlier")}
      </button>
      <button type="button" className={`${button} border-x border-slate-300`} onClick={onToday} disabled={disabled} data-testid="pan-today">
        {t("today")}
      </button>
      <button type="button" className={button} onClick={onLater} disabled={disabled} aria-label={t("panLater")} data-testid="pan-later">
        {t("later")}
      </button>
    </div>
  );
}

export function zoomStep<Z extends string>(zooms: readonly Z[], zoom: Z, direction: 1 | -1): Z {
  const index = zooms.indexOf(zoom) + direction;
  return zooms[Math.min(Math.max(index, 0), zooms.length - 1)] ?? zoom;
}
