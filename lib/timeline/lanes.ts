// Lanes of the portfolio timeline: one per candidate or per programme, grouped by mechanism class or sponsor,
// with overlapping bars packed into sub-rows so that nothing hides behind anything else. Pure: the client
// switches lane mode and grouping without asking the server again.
import type { MechanismClass } from "@/generated/prisma/enums";
import { labelOf, MECHANISM_CLASSES, type Lang } from "@/lib/domain/vocabulary";
import type { ReviewClockSummary } from "@/lib/domain/application-clock";
import { pickMostUrgentClock } from "@/lib/domain/clock-urgency";
import { compareItems, isReviewBar } from "@/lib/timeline/item-order";
import type { TimelineItem } from "@/lib/timeline/items";

export type CompanyRef = { id: number; nameEn: string };

export type TimelineProgramme = {
  id: number;
  indicationEn: string;
  indicationZh: string | null;
  sponsor: CompanyRef | null;
  items: TimelineItem[];
};

export type TimelineCandidate = {
  id: number;
  nameEn: string;
  nameZh: string | null;
  mechanismClass: MechanismClass;
  illustrative: boolean;
  /** Sponsor of its first programme, else its China rights holder, else its originator. */
  leadSponsor: CompanyRef | null;
  programs: TimelineProgramme[];
};

export const LANE_MODES = ["candidate", "programme"] as const;
export type LaneMode = (typeof LANE_MODES)[number];
export const GROUP_MODES = ["class", "sponsor", "none"] as const;
export type GroupMode = (typeof GROUP_MODES)[number];

export type TimelineLane = {
  key: string;
  candidateId: number;
  programId: number | null;
  title: string;
  titleZh: string | null;
  /** The indication in programme mode; the programme count in candidate mode. */
  subtitle: string;
  mechanismClass: MechanismClass;
  sponsor: CompanyRef | null;
  illustrative: boolean;
  clock: ReviewClockSummary | null;
  items: TimelineItem[];
  /** Sub-row of each bar (by item id): overlapping bars never share one. */
  barRows: Record<string, number>;
  barRowCount: number;
};

/** Greedy interval partitioning: each bar takes the first sub-row whose last bar ended before it starts. */
export function packBars(items: readonly TimelineItem[]): { rows: Record<string, number>; count: number } {
  const rowEnds: string[] = [];
  const rows: Record<string, number> = {};
  const bars = items.filter((item) => item.kind === "bar").sort(compareItems);
  for (const bar of bars) {
    let row = rowEnds.findIndex((end) => end < bar.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = bar.end;
    rows[bar.id] = row;
  }
  return { rows, count: rowEnds.length };
}

function reviewClocksOf(items: readonly TimelineItem[]): ReviewClockSummary[] {
  return items.flatMap((item) => (isReviewBar(item) && item.clock ? [item.clock] : []));
}

function lane(fields: Omit<TimelineLane, "barRows" | "barRowCount" | "clock">): TimelineLane {
  const { rows, count } = packBars(fields.items);
  return { ...fields, clock: pickMostUrgentClock(reviewClocksOf(fields.items)), barRows: rows, barRowCount: count };
}

/** Words the lanes carry, in the interface's language (English by default). */
export type LaneWords = { lang: Lang; programmes: (count: number) => string; all: string; noSponsor: string };
export const ENGLISH_LANE_WORDS: LaneWords = { lang: "en", programmes: (count) => `${count} programmes`, all: "All candidates", noSponsor: "No sponsor recorded" };

const indicationIn = (program: { indicationEn: string; indicationZh: string | null } | undefined, lang: Lang) =>
  (lang === "zh" ? program?.indicationZh : null) ?? program?.indicationEn ?? "";

export function buildLanes(candidates: readonly TimelineCandidate[], mode: LaneMode, words: LaneWords = ENGLISH_LANE_WORDS): TimelineLane[] {
  if (mode === "candidate") {
    return candidates.map((candidate) =>
      lane({
        key: `c${candidate.id}`,
        candidateId: candidate.id,
        programId: null,
        title: candidate.nameEn,
        titleZh: candidate.nameZh,
        subtitle: candidate.programs.length === 1 ? indicationIn(candidate.programs[0], words.lang) : words.programmes(candidate.programs.length),
        mechanismClass: candidate.mechanismClass,
        sponsor: candidate.leadSponsor,
        illustrative: candidate.illustrative,
        items: candidate.programs.flatMap((program) => program.items).sort(compareItems),
      }),
    );
  }
  return candidates.flatMap((candidate) =>
    candidate.programs.map((program) =>
      lane({
        key: `p${program.id}`,
        candidateId: candidate.id,
        programId: program.id,
        title: candidate.nameEn,
        titleZh: candidate.nameZh,
        subtitle: indicationIn(program, words.lang),
        mechanismClass: candidate.mechanismClass,
        sponsor: program.sponsor ?? candidate.leadSponsor,
        illustrative: candidate.illustrative,
        items: program.items,
      }),
    ),
  );
}

export type LaneGroup = { key: string; label: string; lanes: TimelineLane[] };


/**
 * Groups in a stable order: classes in the vocabulary's display order, sponsors alphabetically with
 * "no sponsor" last. Lanes keep the order they came in (the dashboard's sort) inside each group.
 */
export function groupLanes(lanes: readonly TimelineLane[], group: GroupMode, words: LaneWords = ENGLISH_LANE_WORDS): LaneGroup[] {
  if (group === "none") return lanes.length ? [{ key: "all", label: words.all, lanes: [...lanes] }] : [];
  const groups = new Map<string, LaneGroup>();
  for (const item of lanes) {
    const key = group === "class" ? item.mechanismClass : item.sponsor ? `s${item.sponsor.id}` : "none";
    const label =
      group === "class" ? labelOf("MechanismClass", item.mechanismClass, words.lang) : (item.sponsor?.nameEn ?? words.noSponsor);
    const existing = groups.get(key);
    if (existing) existing.lanes.push(item);
    else groups.set(key, { key, label, lanes: [item] });
  }
  const ordered = [...groups.values()];
  const collator = new Intl.Collator(words.lang === "zh" ? "zh-CN-u-co-pinyin" : "en");
  if (group === "class") {
    const rank = (key: string) => MECHANISM_CLASSES.indexOf(key as MechanismClass);
    return ordered.sort((a, b) => rank(a.key) - rank(b.key));
  }
  return ordered.sort((a, b) => {
    if (a.key === "none" || b.key === "none") return a.key === "none" ? 1 : -1;
    return collator.compare(a.label, b.label) || a.key.localeCompare(b.key);
  });
}

/** One virtual row of the lane list: a group heading or a lane. */
export type LaneListRow = { type: "group"; group: LaneGroup } | { type: "lane"; lane: TimelineLane; group: LaneGroup };

export function flattenGroups(groups: readonly LaneGroup[]): LaneListRow[] {
  return groups.flatMap((group) => [
    { type: "group" as const, group },
    ...group.lanes.map((item) => ({ type: "lane" as const, lane: item, group })),
  ]);
}

/**
 * The candidates behind the first `laneCount` lanes of the list, in this lane mode and grouping: the lanes the
 * first screen shows (the page sends their items and lets the browser fetch the rest). Reads only names,
 * classes and sponsors, so it runs on candidates whose programmes carry no items yet.
 */
export function firstLanesCandidateIds(
  candidates: readonly TimelineCandidate[],
  view: { lanes: LaneMode; group: GroupMode },
  lang: Lang,
  laneCount: number,
): Set<number> {
  const words = { ...ENGLISH_LANE_WORDS, lang };
  const ids = new Set<number>();
  let lanes = 0;
  for (const row of flattenGroups(groupLanes(buildLanes(candidates, view.lanes, words), view.group, words))) {
    if (row.type !== "lane") continue;
    if (lanes++ === laneCount) break;
    ids.add(row.lane.candidateId);
  }
  return ids;
}
