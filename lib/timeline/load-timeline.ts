// Reads the portfolio timeline of a dashboard search through the dashboard's own selection
// (lib/candidates/selection.ts: the same filter and order), so both views show the same candidates, capped
// at TIMELINE_MAX_CANDIDATES lanes' worth; their programmes come from one aggregate statement
// (load-programmes). Takes the database client as an argument so the bench and the integration tests call
// exactly what the page and the API call (they pass the app's client, lib/db.ts).
import { loadWorkingCalendar } from "@/lib/calendar/holiday-years";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { toDayKey } from "@/lib/domain/calendar-day";
import { countMatchingCandidates, selectCandidateIds } from "@/lib/candidates/selection";
import type { CandidateFilters, SortTerm } from "@/lib/search-params";
import { buildProgramItems } from "@/lib/timeline/items";
import type { Lang } from "@/lib/domain/vocabulary";
import { firstLanesCandidateIds, type GroupMode, type LaneMode, type TimelineCandidate } from "@/lib/timeline/lanes";
import { loadProgrammeHeaders, loadProgrammes, type ProgrammeHeader, type ProgrammeRecord } from "@/lib/timeline/load-programmes";
import { TIMELINE_MAX_CANDIDATES } from "@/lib/timeline/view-params";

export type TimelineDb = Pick<PrismaClient, "candidate" | "$queryRaw" | "holidayYear">;

export type TimelineData = {
  candidates: TimelineCandidate[];
  /** Candidates matching the search; more than candidates.length when the cap applied. */
  total: number;
  /** The day clocks were read and open bars end, YYYY-MM-DD. */
  today: string;
};

const company = { select: { id: true, nameEn: true } } as const;

const timelineCandidateSelect = {
  id: true,
  nameEn: true,
  nameZh: true,
  mechanismClass: true,
  illustrative: true,
  originator: company,
  chinaRightsHolder: company,
} as const satisfies Prisma.CandidateSelect;

type SelectedCandidate = Prisma.CandidateGetPayload<{ select: typeof timelineCandidateSelect }>;

/** The page's first answer: every lane, with items only for those on the first screen (see loadTimelineFirstScreen). */
export type TimelineFirstScreen = TimelineData & {
  /** Candidates whose programmes carry no items yet; empty when every lane is complete. */
  pendingIds: number[];
};

/** How many lanes the page fills in before the browser fetches the rest: a tall screen's worth and some. */
export const FIRST_SCREEN_LANES = 24;

/** A programme with its dated records gets items; a header alone (a lane not on the first screen) gets none yet. */
const hasRecords = (program: ProgrammeHeader | ProgrammeRecord): program is ProgrammeRecord => "events" in program;

function toTimelineCandidate(
  candidate: SelectedCandidate,
  programmes: readonly (ProgrammeHeader | ProgrammeRecord)[],
  today: Date,
  calendar: WorkingCalendar,
): TimelineCandidate {
  const firstSponsor = programmes.find((program) => program.sponsor)?.sponsor ?? null;
  return {
    id: candidate.id,
    nameEn: candidate.nameEn,
    nameZh: candidate.nameZh,
    mechanismClass: candidate.mechanismClass,
    illustrative: candidate.illustrative,
    leadSponsor: firstSponsor ?? candidate.chinaRightsHolder ?? candidate.originator,
    programs: programmes.map((program) => ({
      id: program.id,
      indicationEn: program.indicationEn,
      indicationZh: program.indicationZh,
      sponsor: program.sponsor,
      items: hasRecords(program) ? buildProgramItems(program, { today, detail: "portfolio", calendar }) : [],
    })),
  };
}

function byCandidate<T extends { candidateId: number }>(rows: readonly T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.candidateId);
    if (list) list.push(row);
    else grouped.set(row.candidateId, [row]);
  }
  return grouped;
}

type Search = CandidateFilters & { sort: SortTerm[] };

/** Which candidates, in which order: exactly the dashboard's selection (first `limit`), and how many match. */
async function selectTimelineCandidates(db: TimelineDb, search: Search, limit: number) {
  const [ids, total] = await Promise.all([selectCandidateIds(db, search, { sort: search.sort, limit }), countMatchingCandidates(db, search)]);
  return { ids, total };
}

/** The candidates' own fields, in the order of the ids. */
async function readCandidates(db: TimelineDb, ids: readonly number[]): Promise<SelectedCandidate[]> {
  const records = await db.candidate.findMany({ where: { id: { in: [...ids] } }, select: timelineCandidateSelect });
  const recordById = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => recordById.get(id) ?? []);
}

export async function loadTimeline(
  db: TimelineDb,
  search: Search,
  { today, limit = TIMELINE_MAX_CANDIDATES }: { today: Date; limit?: number },
): Promise<TimelineData> {
  const { ids, total } = await selectTimelineCandidates(db, search, limit);
  return loadWholeTimeline(db, ids, total, today);
}

async function loadWholeTimeline(db: TimelineDb, ids: readonly number[], total: number, today: Date): Promise<TimelineData> {
  // Their records and programmes: one aggregate statement for every dated record of every lane.
  const [candidates, programmes, calendar] = await Promise.all([
    readCandidates(db, ids),
    loadProgrammes(db, ids),
    // The calendar of the database read (one single-row revision read while the years are unchanged).
    loadWorkingCalendar(db),
  ]);
  const programmesOf = byCandidate(programmes);
  return {
    candidates: candidates.map((candidate) =>
      toTimelineCandidate(candidate, programmesOf.get(candidate.id) ?? [], today, calendar),
    ),
    total,
    today: toDayKey(today),
  };
}

/**
 * What the timeline page sends first (issue #18: a thousand lanes were 590 ms and 6 MB of page): every lane's
 * label and group, so the list, its groups and its counts are whole from the start, but items only for the
 * candidates of the first `lanes` lanes in the view's lane mode and grouping. The browser fetches the rest from
 * /api/timeline (loadTimeline, same selection) while the first screen is already drawn. A selection no
 * bigger than the first screen is answered whole.
 */
export async function loadTimelineFirstScreen(
  db: TimelineDb,
  search: Search,
  {
    today,
    view,
    lang,
    lanes = FIRST_SCREEN_LANES,
    limit = TIMELINE_MAX_CANDIDATES,
  }: { today: Date; view: { lanes: LaneMode; group: GroupMode }; lang: Lang; lanes?: number; limit?: number },
): Promise<TimelineFirstScreen> {
  const { ids, total } = await selectTimelineCandidates(db, search, limit);
  if (ids.length <= lanes) return { ...(await loadWholeTimeline(db, ids, total, today)), pendingIds: [] };
  const [candidates, headers, calendar] = await Promise.all([readCandidates(db, ids), loadProgrammeHeaders(db, ids), loadWorkingCalendar(db)]);
  const headersOf = byCandidate(headers);
  const skeleton = candidates.map((candidate) =>
    toTimelineCandidate(candidate, headersOf.get(candidate.id) ?? [], today, calendar),
  );
  const firstIds = firstLanesCandidateIds(skeleton, view, lang, lanes);
  const recordsOf = byCandidate(await loadProgrammes(db, [...firstIds]));
  return {
    candidates: candidates.map((candidate, index) =>
      firstIds.has(candidate.id)
        ? toTimelineCandidate(candidate, recordsOf.get(candidate.id) ?? [], today, calendar)
        : (skeleton[index] as TimelineCandidate),
    ),
    total,
    today: toDayKey(today),
    pendingIds: candidates.flatMap((candidate) => (firstIds.has(candidate.id) ? [] : [candidate.id])),
  };
}
