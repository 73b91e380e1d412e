// Keeps the denormalised review-deadline sort keys in step with the data they derive from:
// Application.reviewDeadline (its working-day deadline) and Candidate.reviewDeadline (the earliest among the
// candidate's running reviews). refreshCandidateDerived calls this inside every write transaction and the seed.
import type { Prisma } from "@/generated/prisma/client";
import { calendarForWrite } from "@/lib/calendar/holiday-years";
import type {
  ApplicationDecision,
  ApplicationType,
  DatePrecision,
  DesignationState,
  DesignationType,
  ReviewPath,
} from "@/generated/prisma/enums";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { classifyReviewPath } from "@/lib/domain/decision-window";
import {
  computeApplicationDeadline,
  computeReviewDuration,
  REVIEW_RUNNING_STATUSES,
  type ClockedApplication,
} from "@/lib/domain/application-clock";
import { clockedApplicationFields } from "@/lib/review-clock/select";

/** A PrismaClient or an interactive transaction client. */
export type ReviewDeadlineDb = Pick<
  Prisma.TransactionClient,
  "program" | "application" | "clockStop" | "designation" | "$executeRaw" | "$queryRaw" | "holidayYear"
>;

/** The Application fields the review path, end date and duration derive from (besides the clock's). */
const durationFields = {
  programId: true,
  type: true,
  decision: true,
  decisionPrecision: true,
  statusPrecision: true,
  reviewPath: true,
  reviewEndDate: true,
  reviewWorkingDays: true,
} as const;

/**
 * Recomputes the deadlines of every application of the candidate and the candidate's earliest one, and each
 * application's review path, end date and working-day duration (the inputs of the insights' review durations
 * and of the predicted decision window).
 * Written with raw UPDATEs that touch only the sort keys, on purpose: a Prisma update would bump
 * `updatedAt`, and a derived value changing (e.g. after a calendar year is added) is not an edit by anyone.
 */
export async function refreshReviewDeadlines(
  db: ReviewDeadlineDb,
  candidateId: number,
  calendar?: WorkingCalendar,
): Promise<{ reviewDeadline: Date | null }> {
  const earliest = await refreshReviewDeadlinesOf(db, [candidateId], calendar);
  return { reviewDeadline: earliest.get(candidateId) ?? null };
}

/**
 * refreshReviewDeadlines for many candidates in a fixed number of statements (a batch of changes refreshes
 * its candidates once, at its end); answers each candidate's earliest deadline.
 */
export async function refreshReviewDeadlinesOf(db: ReviewDeadlineDb, candidateIds: readonly number[], calendar?: WorkingCalendar): Promise<Map<number, Date | null>> {
  const earliest = new Map<number, Date | null>(candidateIds.map((id) => [id, null]));
  if (candidateIds.length === 0) return earliest;
  const workingCalendar = calendar ?? (await calendarForWrite(db));
  // Flat reads rather than one nested select: inside an interactive transaction a nested read makes
  // Prisma overlap queries on the transaction's single connection (see lib/candidates/derived.ts).
  const programs = await db.program.findMany({ where: { candidateId: { in: [...candidateIds] } }, select: { id: true, candidateId: true } });
  const candidateOf = new Map(programs.map((program) => [program.id, program.candidateId]));
  const rows = programs.length
    ? await db.application.findMany({
        where: { programId: { in: programs.map((program) => program.id) } },
        select: { ...clockedApplicationFields, ...durationFields, reviewDeadline: true },
        orderBy: { id: "asc" },
      })
    : [];
  const designations = await ridingDesignations(db, rows);
  const stops = rows.length
    ? await db.clockStop.findMany({
        where: { applicationId: { in: rows.map((row) => row.id) } },
        select: { applicationId: true, startDate: true, endDate: true },
      })
    : [];
  const stopsOf = new Map<number, typeof stops>();
  for (const stop of stops) {
    const list = stopsOf.get(stop.applicationId);
    if (list) list.push(stop);
    else stopsOf.set(stop.applicationId, [stop]);
  }
  const ids: number[] = [];
  const days: (string | null)[] = [];
  const applications = rows.map((row) => ({ ...row, clockStops: stopsOf.get(row.id) ?? [] }));
  for (const application of applications) {
    const candidateId = candidateOf.get(application.programId)!;
    const deadline = computeApplicationDeadline(application, workingCalendar);
    const current = earliest.get(candidateId) ?? null;
    if (deadline && (!current || deadline < current)) earliest.set(candidateId, deadline);
    if ((deadline?.getTime() ?? null) !== (application.reviewDeadline?.getTime() ?? null)) {
      ids.push(application.id);
      days.push(deadline ? toDayKey(deadline) : null);
    }
  }
  if (ids.length > 0) {
    await db.$executeRaw`
      UPDATE "Application" AS a SET "reviewDeadline" = v.day::date
      FROM unnest(${ids}::int[], ${days}::text[]) AS v(id, day)
      WHERE a.id = v.id`;
  }
  await refreshReviewDurations(db, workingCalendar, applications, designations);
  const candidates = [...earliest.keys()];
  const candidateDays = candidates.map((id) => {
    const day = earliest.get(id);
    return day ? toDayKey(day) : null;
  });
  await db.$executeRaw`
    UPDATE "Candidate" AS c SET "reviewDeadline" = v.day::date
    FROM unnest(${candidates}::int[], ${candidateDays}::text[]) AS v(id, day)
    WHERE c.id = v.id AND c."reviewDeadline" IS DISTINCT FROM v.day::date`;
  return earliest;
}

type DurationRow = ClockedApplication & {
  programId: number;
  type: ApplicationType;
  decision: ApplicationDecision | null;
  decisionPrecision: DatePrecision | null;
  statusPrecision: DatePrecision | null;
  reviewPath: ReviewPath | null;
  reviewEndDate: Date | null;
  reviewWorkingDays: number | null;
};

type RidingDesignation = { programId: number; applicationId: number | null; type: DesignationType; state: DesignationState };

function ridingDesignations(db: ReviewDeadlineDb, rows: readonly { programId: number }[]): Promise<RidingDesignation[]> {
  if (rows.length === 0) return Promise.resolve([]);
  return db.designation.findMany({
    where: { programId: { in: [...new Set(rows.map((row) => row.programId))] } },
    select: { programId: true, applicationId: true, type: true, state: true },
  });
}

/**
 * Stores each application's review path, end date and working-day duration where they changed.
 * Designations ride on the application they name; one naming none counts for the programme's marketing
 * applications (NDA, supplement), where priority, conditional and special approval are decided.
 */
async function refreshReviewDurations(
  db: ReviewDeadlineDb,
  calendar: WorkingCalendar,
  applications: readonly DurationRow[],
  designations: readonly RidingDesignation[],
): Promise<void> {
  const ids: number[] = [];
  const paths: string[] = [];
  const ends: (string | null)[] = [];
  const durations: (number | null)[] = [];
  for (const application of applications) {
    const marketing = application.type === "NDA" || application.type === "SUPPLEMENT";
    const riding = designations.filter(
      (designation) =>
        designation.applicationId === application.id ||
        (designation.applicationId === null && marketing && designation.programId === application.programId),
    );
    const path = classifyReviewPath({ reviewTrack: application.reviewTrack, decision: application.decision, designations: riding });
    const endPrecision = application.decisionDate ? application.decisionPrecision : application.statusPrecision;
    const { endDate, workingDays } = computeReviewDuration({ ...application, endPrecision }, calendar);
    if (
      path !== application.reviewPath ||
      (endDate?.getTime() ?? null) !== (application.reviewEndDate?.getTime() ?? null) ||
      workingDays !== application.reviewWorkingDays
    ) {
      ids.push(application.id);
      paths.push(path);
      ends.push(endDate ? toDayKey(endDate) : null);
      durations.push(workingDays);
    }
  }
  if (ids.length === 0) return;
  await db.$executeRaw`
    UPDATE "Application" AS a
    SET "reviewPath" = v.path::"ReviewPath", "reviewEndDate" = v.day::date, "reviewWorkingDays" = v.days
    FROM unnest(${ids}::int[], ${paths}::text[], ${ends}::text[], ${durations}::int[]) AS v(id, path, day, days)
    WHERE a.id = v.id`;
}

/**
 * Recomputes the sort keys of every candidate that has a running review or a stored deadline, one
 * transaction each. Run after deploying a calendar year (deadlines beyond the old last year become known)
 * or on a database migrated from before the keys existed (`npm run db:refresh-deadlines`).
 */
export async function refreshAllReviewDeadlines(
  db: ReviewDeadlineDb & Pick<Prisma.TransactionClient, "candidate"> & { $transaction: <T>(fn: (tx: Prisma.TransactionClient) => Promise<T>) => Promise<T> },
): Promise<{ candidates: number; withDeadline: number }> {
  const candidates = await db.candidate.findMany({
    where: {
      // Ended reviews too: their durations depend on the calendar as well.
      OR: [{ reviewDeadline: { not: null } }, { programs: { some: { applications: { some: {} } } } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  let withDeadline = 0;
  for (const { id } of candidates) {
    const { reviewDeadline } = await db.$transaction((tx) => refreshReviewDeadlines(tx, id));
    if (reviewDeadline) withDeadline++;
  }
  return { candidates: candidates.length, withDeadline };
}

/**
 * After a holiday year is saved: recomputes, in the caller's transaction, the stored deadline of every
 * running review the year can move (accepted by its end, with no deadline yet or one from the December
 * before it on), then the candidates' earliest ones. Set-based, so a year saved on a large catalogue
 * stays one short transaction. Returns how many stored deadlines changed.
 */
export async function refreshDeadlinesForCalendarYear(
  db: ReviewDeadlineDb,
  calendar: WorkingCalendar,
  year: number,
): Promise<{ applications: number; candidates: number }> {
  const rows = await db.application.findMany({
    where: {
      status: { in: [...REVIEW_RUNNING_STATUSES] },
      acceptanceDate: { not: null, lte: new Date(Date.UTC(year, 11, 31)) },
      reviewTrack: { not: null },
      OR: [{ reviewDeadline: null }, { reviewDeadline: { gte: new Date(Date.UTC(year - 1, 11, 1)) } }],
    },
    select: { ...clockedApplicationFields, reviewDeadline: true, program: { select: { candidateId: true } } },
    orderBy: { id: "asc" },
  });
  const stops = rows.length
    ? await db.clockStop.findMany({
        where: { applicationId: { in: rows.map((row) => row.id) } },
        select: { applicationId: true, startDate: true, endDate: true },
      })
    : [];
  const stopsOf = new Map<number, { startDate: Date; endDate: Date | null }[]>();
  for (const stop of stops) {
    const list = stopsOf.get(stop.applicationId);
    if (list) list.push(stop);
    else stopsOf.set(stop.applicationId, [stop]);
  }
  const ids: number[] = [];
  const days: (string | null)[] = [];
  const candidateIds = new Set<number>();
  for (const row of rows) {
    const deadline = computeApplicationDeadline({ ...row, clockStops: stopsOf.get(row.id) ?? [] }, calendar);
    if ((deadline?.getTime() ?? null) !== (row.reviewDeadline?.getTime() ?? null)) {
      ids.push(row.id);
      days.push(deadline ? toDayKey(deadline) : null);
      candidateIds.add(row.program.candidateId);
    }
  }
  await refreshEndedReviewDurationsForYear(db, calendar, year);
  if (ids.length === 0) return { applications: 0, candidates: 0 };
  await db.$executeRaw`
    UPDATE "Application" AS a SET "reviewDeadline" = v.day::date
    FROM unnest(${ids}::int[], ${days}::text[]) AS v(id, day)
    WHERE a.id = v.id`;
  // The candidate's key is the earliest deadline among its applications (only running ones have one).
  const candidates = await db.$executeRaw`
    UPDATE "Candidate" AS c SET "reviewDeadline" = e.earliest
    FROM (
      SELECT p."candidateId" AS id, min(a."reviewDeadline") AS earliest
      FROM "Program" p LEFT JOIN "Application" a ON a."programId" = p.id
      WHERE p."candidateId" = ANY(${[...candidateIds]}::int[])
      GROUP BY p."candidateId"
    ) AS e
    WHERE c.id = e.id AND c."reviewDeadline" IS DISTINCT FROM e.earliest`;
  return { applications: ids.length, candidates };
}

/**
 * The durations of ended reviews that the year can change: accepted by its end and ended in or after it
 * (their working days are counted across it). Running reviews have no duration yet.
 */
async function refreshEndedReviewDurationsForYear(db: ReviewDeadlineDb, calendar: WorkingCalendar, year: number): Promise<void> {
  const rows = await db.application.findMany({
    where: {
      acceptanceDate: { not: null, lte: new Date(Date.UTC(year, 11, 31)) },
      reviewEndDate: { gte: new Date(Date.UTC(year, 0, 1)) },
    },
    select: { ...clockedApplicationFields, ...durationFields },
    orderBy: { id: "asc" },
  });
  if (rows.length === 0) return;
  const stops = await db.clockStop.findMany({
    where: { applicationId: { in: rows.map((row) => row.id) } },
    select: { applicationId: true, startDate: true, endDate: true },
  });
  const designations = await ridingDesignations(db, rows);
  const applications = rows.map((row) => ({ ...row, clockStops: stops.filter((stop) => stop.applicationId === row.id) }));
  await refreshReviewDurations(db, calendar, applications, designations);
}
