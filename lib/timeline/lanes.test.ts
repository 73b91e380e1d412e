import { describe, expect, it } from "vitest";
import type { TimelineBar, TimelineItem, TimelineMark } from "@/lib/timeline/items";
import { buildLanes, firstLanesCandidateIds, flattenGroups, groupLanes, packBars, type TimelineCandidate } from "@/lib/timeline/lanes";

const source = { url: null, confidence: "UNVERIFIED" as const, illustrative: true };

function bar(id: string, start: string, end: string): TimelineBar {
  return {
    kind: "bar",
    category: "designation",
    id,
    row: "designation-1",
    code: "BREAKTHROUGH_THERAPY",
    subject: "GRANTED",
    start,
    startPrecision: "DAY",
    end,
    endPrecision: "DAY",
    endKind: "dated",
    source,
  };
}

function mark(id: string, date: string): TimelineMark {
  return { kind: "mark", category: "stage", id, row: "stages", code: "PHASE_3", subject: "", date, precision: "DAY", source };
}

describe("packBars", () => {
  it("puts overlapping bars on separate sub-rows and reuses a row once it is free", () => {
    const items: TimelineItem[] = [
      bar("a", "2024-01-01", "2024-06-30"),
      bar("b", "2024-03-01", "2024-04-30"),
      bar("c", "2024-07-01", "2024-12-31"),
      bar("d", "2024-06-30", "2024-08-01"),
      mark("m", "2024-02-01"),
    ];
    expect(packBars(items)).toEqual({ rows: { a: 0, b: 1, c: 0, d: 1 }, count: 2 });
  });

  it("needs no sub-row without bars", () => {
    expect(packBars([mark("m", "2024-02-01")])).toEqual({ rows: {}, count: 0 });
  });
});

const candidates: TimelineCandidate[] = [
  {
    id: 1,
    nameEn: "Tirzepatide",
    nameZh: "替尔泊肽",
    mechanismClass: "GIP_GLP1_RA",
    illustrative: false,
    leadSponsor: { id: 10, nameEn: "Eli Lilly" },
    programs: [
      { id: 11, indicationEn: "Type 2 diabetes", indicationZh: null, sponsor: { id: 10, nameEn: "Eli Lilly" }, items: [mark("s2", "2023-05-01")] },
      { id: 12, indicationEn: "Obesity", indicationZh: null, sponsor: null, items: [mark("s1", "2022-01-01")] },
    ],
  },
  {
    id: 2,
    nameEn: "Semaglutide",
    nameZh: null,
    mechanismClass: "GLP1_RA",
    illustrative: false,
    leadSponsor: { id: 20, nameEn: "Novo Nordisk" },
    programs: [{ id: 21, indicationEn: "Type 2 diabetes", indicationZh: null, sponsor: { id: 20, nameEn: "Novo Nordisk" }, items: [] }],
  },
  {
    id: 3,
    nameEn: "GEP44",
    nameZh: null,
    mechanismClass: "RESEARCH_PEPTIDE",
    illustrative: true,
    leadSponsor: null,
    programs: [],
  },
];

describe("buildLanes", () => {
  it("makes one lane per candidate with all its programmes' items in date order", () => {
    const lanes = buildLanes(candidates, "candidate");
    expect(lanes.map((lane) => [lane.key, lane.subtitle])).toEqual([
      ["c1", "2 programmes"],
      ["c2", "Type 2 diabetes"],
      ["c3", "0 programmes"],
    ]);
    expect(lanes[0]?.items.map((item) => item.id)).toEqual(["s1", "s2"]);
  });

  it("makes one lane per programme, falling back to the candidate's lead sponsor", () => {
    const lanes = buildLanes(candidates, "programme");
    expect(lanes.map((lane) => [lane.key, lane.candidateId, lane.subtitle, lane.sponsor?.nameEn])).toEqual([
      ["p11", 1, "Type 2 diabetes", "Eli Lilly"],
      ["p12", 1, "Obesity", "Eli Lilly"],
      ["p21", 2, "Type 2 diabetes", "Novo Nordisk"],
    ]);
  });
});

describe("groupLanes", () => {
  const lanes = buildLanes(candidates, "candidate");

  it("groups by mechanism class in the vocabulary's order", () => {
    expect(groupLanes(lanes, "class").map((group) => [group.label, group.lanes.map((lane) => lane.key)])).toEqual([
      ["GLP-1 receptor agonist", ["c2"]],
      ["GIP/GLP-1 dual agonist", ["c1"]],
      ["Research peptide", ["c3"]],
    ]);
  });

  it("groups by sponsor alphabetically, with no sponsor last", () => {
    expect(groupLanes(lanes, "sponsor").map((group) => group.label)).toEqual(["Eli Lilly", "Novo Nordisk", "No sponsor recorded"]);
  });

  it("keeps the incoming (dashboard) order inside a group and without grouping", () => {
    expect(groupLanes(lanes, "none")[0]?.lanes.map((lane) => lane.key)).toEqual(["c1", "c2", "c3"]);
    expect(groupLanes([], "none")).toEqual([]);
  });

  it("flattens groups into heading and lane rows for the virtual list", () => {
    const rows = flattenGroups(groupLanes(lanes, "sponsor"));
    expect(rows.map((row) => (row.type === "group" ? `# ${row.group.label}` : row.lane.key))).toEqual([
      "# Eli Lilly",
      "c1",
      "# Novo Nordisk",
      "c2",
      "# No sponsor recorded",
      "c3",
    ]);
  });
});

describe("firstLanesCandidateIds", () => {
  // Candidates in the dashboard's order 1, 2, 3; the first screen follows the grouping, not that order.
  it.each([
    { lanes: "candidate", group: "none", count: 1, expected: [1] },
    { lanes: "candidate", group: "none", count: 2, expected: [1, 2] },
    { lanes: "candidate", group: "class", count: 1, expected: [2] },
    { lanes: "candidate", group: "class", count: 2, expected: [2, 1] },
    { lanes: "candidate", group: "sponsor", count: 2, expected: [1, 2] },
    { lanes: "candidate", group: "sponsor", count: 3, expected: [1, 2, 3] },
    // Two programme lanes of candidate 1 fill two lanes with one candidate.
    { lanes: "programme", group: "none", count: 2, expected: [1] },
    { lanes: "programme", group: "class", count: 2, expected: [2, 1] },
    { lanes: "programme", group: "none", count: 10, expected: [1, 2] },
    { lanes: "candidate", group: "none", count: 0, expected: [] },
  ] as const)("$lanes lanes grouped by $group, first $count lanes: $expected", ({ lanes, group, count, expected }) => {
    expect([...firstLanesCandidateIds(candidates, { lanes, group }, "en", count)]).toEqual(expected);
  });

  it("reads the lanes without their items (the page's skeleton)", () => {
    const skeleton = candidates.map((candidate) => ({ ...candidate, programs: candidate.programs.map((program) => ({ ...program, items: [] })) }));
    expect([...firstLanesCandidateIds(skeleton, { lanes: "candidate", group: "class" }, "zh", 3)]).toEqual([2, 1, 3]);
  });
});
