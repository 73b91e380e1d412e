// Keeps the denormalised review-deadline sort keys in step with the data they derive from:
// Application.reviewDeadline (its working-day deadline) and Candidate.reviewDeadline (the earliest among the
// candidate's running reviews). refreshCandidateDerived calls this inside every write transaction and the seed.
import type { Prisma } from "@/generated/prisma/client";
import { calendarForWrite } from "@/lib/calendar/holiday-years";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { computeApplicationDeadline, REVIEW_RUNNING_STATUSES } from "@/lib/domain/application-clock";
import { clockedApplicationFields } from "@/lib/review-clock/select";

/** A PrismaClient or an interactive transaction client. */
export type ReviewDeadlineDb = Pick<Prisma.TransactionClient, "program" | "application" | "clockStop" | "$executeRaw" | "$queryRaw" | "holidayYear">;

/**
 * Recomputes the deadlines of every application of the candidate and the candidate's earliest one.
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
        select: { ...clockedApplicationFields, reviewDeadline: true, programId: true },
        orderBy: { id: "asc" },
      })
    : [];
  const stops = rows.length
    ? await db.clockStop.findMany({
        where: { applicationId: { in: rows.map((row) => row.id) } },
        select: { applicationId: true, startDate: true, endDate: true },
      })
    : [];
  const stopsOf = new Map<number, typeof stops>();
  for (const stop of stops) stopsOf.set(stop.applicationId, [...(stopsOf.get(stop.applicationId) ?? []), stop]);
  const ids: number[] = [];
  const days: (string | null)[] = [];
  for (const { programId, ...row } of rows) {
    const candidateId = candidateOf.get(programId)!;
    const deadline = computeApplicationDeadline({ ...row, clockStops: stopsOf.get(row.id) ?? [] }, workingCalendar);
    const current = earliest.get(candidateId) ?? null;
    if (deadline && (!current || deadline < current)) earliest.set(candidateId, deadline);
    if ((deadline?.getTime() ?? null) !== (row.reviewDeadline?.getTime() ?? null)) {
      ids.push(row.id);
      days.push(deadline ? toDayKey(deadline) : null);
    }
  }
  if (ids.length > 0) {
    await db.$executeRaw`
      UPDATE "Application" AS a SET "reviewDeadline" = v.day::date
      FROM unnest(${ids}::int[], ${days}::text[]) AS v(id, day)
      WHERE a.id = v.id`;
  }
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
      OR: [{ reviewDeadline: { not: null } }, { programs: { some: { applications: { some: { status: { in: [...REVIEW_RUNNING_STATUSES] } } } } } }],
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
