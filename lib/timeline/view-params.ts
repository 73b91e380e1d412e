// The portfolio timeline's URL: exactly the dashboard's parameters (parsed by lib/search-params, so a filter
// means the same rows in both views) plus the timeline's own view parameters, which only this module knows.
// Links between the two views carry the dashboard part unchanged; the dashboard never sees the view part.
import { createParser, parseAsStringLiteral } from "nuqs/server";
import { parseDayKey } from "@/lib/domain/calendar-day";
import {
  parseCandidateSearchParams,
  serializeCandidateSearch,
  type CandidateSearch,
  type SearchParamError,
} from "@/lib/search-params";
import { GROUP_MODES, LANE_MODES, type GroupMode, type LaneMode } from "@/lib/timeline/lanes";
import { ZOOM_LEVELS, type Zoom } from "@/lib/timeline/scale";

export type TimelineView = {
  zoom: Zoom;
  group: GroupMode;
  lanes: LaneMode;
  /** The day centred in the viewport, YYYY-MM-DD; null = today. */
  at: string | null;
};

export const DEFAULT_TIMELINE_VIEW: TimelineView = { zoom: "year", group: "class", lanes: "candidate", at: null };

export const TIMELINE_VIEW_PARAM_NAMES = ["zoom", "group", "lanes", "at"] as const satisfies readonly (keyof TimelineView)[];

/** At most this many candidates become lanes; the page says how many more match. */
export const TIMELINE_MAX_CANDIDATES = 1_000;

function oneOf<T extends string>(allowed: readonly T[]) {
  return (raw: string): { ok: true; value: T } | { ok: false; message: string } =>
    (allowed as readonly string[]).includes(raw)
      ? { ok: true, value: raw as T }
      : { ok: false, message: `"${raw}" is not allowed; allowed: ${allowed.join(", ")}` };
}

const viewParsers = {
  zoom: oneOf(ZOOM_LEVELS),
  group: oneOf(GROUP_MODES),
  lanes: oneOf(LANE_MODES),
  at: (raw: string) =>
    parseDayKey(raw) ? { ok: true as const, value: raw } : { ok: false as const, message: `"${raw}" is not a date; use YYYY-MM-DD` },
} satisfies { [K in keyof TimelineView]: (raw: string) => { ok: true; value: NonNullable<TimelineView[K]> } | { ok: false; message: string } };

type RawSearchParams = Parameters<typeof parseCandidateSearchParams>[0];

function entriesOf(raw: RawSearchParams): [string, string][] {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([key, value]) =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item): [string, string] => [key, item]),
  );
}

/** The dashboard's search (same parser, same errors) and the timeline's view; invalid values fall back to defaults. */
export function parseTimelineSearchParams(raw: RawSearchParams): {
  search: CandidateSearch;
  view: TimelineView;
  errors: SearchParamError[];
} {
  const { search, errors } = parseCandidateSearchParams(raw, { allowExtra: TIMELINE_VIEW_PARAM_NAMES });
  const view: TimelineView = { ...DEFAULT_TIMELINE_VIEW };
  const seen = new Set<string>();
  for (const [key, value] of entriesOf(raw)) {
    if (!(TIMELINE_VIEW_PARAM_NAMES as readonly string[]).includes(key)) continue;
    const name = key as keyof TimelineView;
    if (seen.has(name)) {
      errors.push({ param: name, message: "given more than once" });
      (view as Record<string, unknown>)[name] = DEFAULT_TIMELINE_VIEW[name];
      continue;
    }
    seen.add(name);
    const parsed = viewParsers[name](value);
    if (parsed.ok) (view as Record<string, unknown>)[name] = parsed.value;
    else errors.push({ param: name, message: parsed.message });
  }
  return { search, view, errors };
}

/** The view part of the query, defaults left out, in a stable order. */
export function serializeTimelineView(view: Partial<TimelineView>): string {
  const params = new URLSearchParams();
  for (const name of TIMELINE_VIEW_PARAM_NAMES) {
    const value = view[name];
    if (value !== undefined && value !== null && value !== DEFAULT_TIMELINE_VIEW[name]) params.set(name, value);
  }
  return params.toString();
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The timeline showing a dashboard search (filters and sort carried over as they are). */
export function timelineHref(search: Partial<CandidateSearch>, view: Partial<TimelineView> = {}): string {
  return withQuery("/timeline", [serializeCandidateSearch(search), serializeTimelineView(view)].filter(Boolean).join("&"));
}

/** The dashboard showing the timeline's search: every dashboard parameter, no view parameter. */
export function dashboardHref(search: Partial<CandidateSearch>): string {
  return withQuery("/", serializeCandidateSearch(search));
}

/** /api/timeline for the timeline's search: every lane's items (the page sends only the first screen's). */
export function timelineDataHref(search: Partial<CandidateSearch>): string {
  return withQuery("/api/timeline", serializeCandidateSearch(search));
}

/** The same view parameters bound to the URL on the client (nuqs), so the URL means one thing everywhere. */
export const timelineViewParsers = {
  zoom: parseAsStringLiteral(ZOOM_LEVELS).withDefault(DEFAULT_TIMELINE_VIEW.zoom),
  group: parseAsStringLiteral(GROUP_MODES).withDefault(DEFAULT_TIMELINE_VIEW.group),
  lanes: parseAsStringLiteral(LANE_MODES).withDefault(DEFAULT_TIMELINE_VIEW.lanes),
  at: createParser({ parse: (raw) => (parseDayKey(raw) ? raw : null), serialize: (value: string) => value }),
};
