import { describe, expect, it } from "vitest";
import { parseCandidateSearchParams } from "@/lib/search-params";
import {
  DEFAULT_TIMELINE_VIEW,
  dashboardHref,
  parseTimelineSearchParams,
  serializeTimelineView,
  timelineHref,
} from "@/lib/timeline/view-params";

const parse = (query: string) => parseTimelineSearchParams(new URLSearchParams(query));

describe("parseTimelineSearchParams", () => {
  it("reads the dashboard's filters exactly as the dashboard does", () => {
    const query = "designation=BREAKTHROUGH_THERAPY:GRANTED&class=GLP1_RA&q=sema&sort=-reviewClock&page=2&perPage=25";
    expect(parse(query).search).toEqual(parseCandidateSearchParams(new URLSearchParams(query)).search);
    expect(parse(query).errors).toEqual([]);
  });

  it("adds its own view parameters", () => {
    expect(parse("zoom=month&group=sponsor&lanes=programme&at=2025-03-01").view).toEqual({
      zoom: "month",
      group: "sponsor",
      lanes: "programme",
      at: "2025-03-01",
    });
    expect(parse("").view).toEqual(DEFAULT_TIMELINE_VIEW);
  });

  it("reports invalid and unknown parameters, falling back to defaults", () => {
    const { view, errors } = parse("zoom=week&at=2025-02-30&group=class&group=sponsor&stage=PHASE_9&colour=red");
    expect(view).toEqual(DEFAULT_TIMELINE_VIEW);
    expect(errors.map((error) => error.param).sort()).toEqual(["at", "colour", "group", "stage", "zoom"]);
    expect(errors.find((error) => error.param === "zoom")?.message).toMatch(/allowed: year, quarter, month/);
  });

  it("accepts record-style search params as Next passes them", () => {
    expect(parse("").view).toEqual(parseTimelineSearchParams({ zoom: undefined }).view);
    expect(parseTimelineSearchParams({ zoom: "quarter", class: ["GLP1_RA"] }).view.zoom).toBe("quarter");
  });
});

describe("links between the dashboard and the timeline", () => {
  it("carry the dashboard query both ways, the view only to the timeline", () => {
    const query = "q=sema&designation=PRIORITY_REVIEW&sort=-reviewClock&perPage=100";
    const { search } = parse(`${query}&zoom=month`);
    const there = timelineHref(search, { zoom: "month" });
    expect(there).toBe("/timeline?q=sema&designation=PRIORITY_REVIEW&sort=-reviewClock&perPage=100&zoom=month");
    const back = dashboardHref(parse(there.split("?")[1] ?? "").search);
    expect(back).toBe("/?q=sema&designation=PRIORITY_REVIEW&sort=-reviewClock&perPage=100");
    expect(parseCandidateSearchParams(new URLSearchParams(back.slice(2))).errors).toEqual([]);
  });

  it("leave defaults out", () => {
    expect(timelineHref({})).toBe("/timeline");
    expect(dashboardHref({})).toBe("/");
    expect(serializeTimelineView(DEFAULT_TIMELINE_VIEW)).toBe("");
  });
});
