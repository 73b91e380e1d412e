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
import type { TimelineCandidate } from "@/lib/timeline/lanes";
import { loadProgrammes, type ProgrammeRecord } from "@/lib/timeline/load-programmes";
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

function toTimelineCandidate(
  candidate: SelectedCandidate,
  programmes: readonly ProgrammeRecord[],
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
      items: buildProgramItems(program, { today, detail: "portfolio", calendar }),
    })),
  };
}

export async function loadTimeline(
  db: TimelineDb,
  search: CandidateFilters & { sort: SortTerm[] },
  { today, limit = TIMELINE_MAX_CANDIDATES }: { today: Date; limit?: number },
): Promise<TimelineData> {
  // Which candidates, in which order: exactly the dashboard's selection. Their records: one aggregate statement.
  const [ids, total] = await Promise.all([
    selectCandidateIds(db, search, { sort: search.sort, limit }),
    countMatchingCandidates(db, search),
  ]);
  const [records, programmes, calendar] = await Promise.all([
    db.candidate.findMany({ where: { id: { in: ids } }, select: timelineCandidateSelect }),
    loadProgrammes(db, ids),
    // The calendar of the database read (one single-row revision read while the years are unchanged).
    loadWorkingCalendar(db),
  ]);
  const recordById = new Map(records.map((record) => [record.id, record]));
  const candidates = ids.flatMap((id) => recordById.get(id) ?? []);
  const byCandidate = new Map<number, ProgrammeRecord[]>();
  for (const program of programmes) {
    const list = byCandidate.get(program.candidateId);
    if (list) list.push(program);
    else byCandidate.set(program.candidateId, [program]);
  }
  return {
    candidates: candidates.map((candidate) => toTimelineCandidate(candidate, byCandidate.get(candidate.id) ?? [], today, calendar)),
    total,
    today: toDayKey(today),
  };
}
