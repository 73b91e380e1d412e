// Reads the portfolio timeline of a dashboard search: the same `where` and order as the dashboard list
// (buildCandidateWhere / buildCandidateOrderBy), so both views show the same candidates, capped at
// TIMELINE_MAX_CANDIDATES lanes' worth; their programmes come from one aggregate statement (load-programmes). Takes the database client as an argument so the bench and the
// integration tests call exactly what the page calls (lib/timeline/queries.ts binds the app's client).
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { toDayKey } from "@/lib/domain/calendar-day";
import { buildCandidateOrderBy, buildCandidateWhere } from "@/lib/candidates/filters";
import type { CandidateFilters, SortTerm } from "@/lib/search-params";
import { buildProgramItems } from "@/lib/timeline/items";
import type { TimelineCandidate } from "@/lib/timeline/lanes";
import { loadProgrammes, type ProgrammeRecord } from "@/lib/timeline/load-programmes";
import { TIMELINE_MAX_CANDIDATES } from "@/lib/timeline/view-params";

export type TimelineDb = Pick<PrismaClient, "candidate" | "$queryRaw">;

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
  // Which candidates, in which order: exactly the dashboard's query. Their records: one aggregate statement.
  const where = buildCandidateWhere(search);
  const [candidates, total] = await Promise.all([
    db.candidate.findMany({ where, orderBy: buildCandidateOrderBy(search.sort), take: limit, select: timelineCandidateSelect }),
    db.candidate.count({ where }),
  ]);
  const [programmes, calendar] = await Promise.all([loadProgrammes(db, candidates.map((candidate) => candidate.id)), getWorkingCalendar()]);
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
