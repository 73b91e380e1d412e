// The official holiday years as stored in PostgreSQL (HolidayYear), read into the domain's HolidayYear
// shape, and the working-day calendar built from them. No `server-only`: the seed and scripts use it too.
import type { Prisma } from "@/generated/prisma/client";
import { toDayKey } from "@/lib/domain/calendar-day";
import { WorkingCalendar } from "@/lib/domain/china-calendar";
import type { HolidayNotice, HolidayPeriod, HolidayYear } from "@/lib/domain/china-holidays";

export type CalendarDb = Pick<Prisma.TransactionClient, "holidayYear" | "$queryRaw">;

export const holidayYearSelect = {
  year: true,
  noticeTitle: true,
  documentNumber: true,
  issuedOn: true,
  amendments: true,
  periods: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.HolidayYearSelect;

export type HolidayYearRow = Prisma.HolidayYearGetPayload<{ select: typeof holidayYearSelect }>;

/** A stored row as the domain's HolidayYear: the notice first, then its amendments. */
export function toHolidayYear(row: HolidayYearRow): HolidayYear {
  const main: HolidayNotice = { title: row.noticeTitle, documentNumber: row.documentNumber, issued: toDayKey(row.issuedOn) };
  return {
    year: row.year,
    notices: [main, ...((row.amendments ?? []) as HolidayNotice[])],
    periods: row.periods as unknown as HolidayPeriod[],
  };
}

export async function listHolidayYears(db: Pick<CalendarDb, "holidayYear">): Promise<HolidayYearRow[]> {
  return db.holidayYear.findMany({ select: holidayYearSelect, orderBy: { year: "asc" } });
}

/**
 * The calendar's revision. `forShare` locks the row until the transaction ends, so a year saved meanwhile
 * (which updates the row first) waits for this writer, or this writer waits and reads the new revision.
 */
export async function readCalendarRevision(db: Pick<CalendarDb, "$queryRaw">, { forShare = false } = {}): Promise<number> {
  const rows = forShare
    ? await db.$queryRaw<{ revision: number }[]>`SELECT "revision" FROM "CalendarRevision" WHERE "id" = 1 FOR SHARE`
    : await db.$queryRaw<{ revision: number }[]>`SELECT "revision" FROM "CalendarRevision" WHERE "id" = 1`;
  return rows[0]?.revision ?? 0;
}

/** The process's last built calendar, reused while the database's revision is the same. */
const globalForCalendar = globalThis as unknown as { workingCalendar?: WorkingCalendar };

/** The calendar of the database's years at `revision` (built anew only when the revision changed). */
export async function calendarAtRevision(db: CalendarDb, revision: number): Promise<WorkingCalendar> {
  const known = globalForCalendar.workingCalendar;
  if (known && known.revision === revision) return known;
  const rows = await listHolidayYears(db);
  if (rows.length === 0) throw new Error("No holiday year is stored: run the migrations (they add 2020-2026) or the seed.");
  const calendar = new WorkingCalendar(rows.map(toHolidayYear), { revision });
  // A reader of an older snapshot must not replace a newer calendar.
  if (!globalForCalendar.workingCalendar || globalForCalendar.workingCalendar.revision < revision) globalForCalendar.workingCalendar = calendar;
  return calendar;
}

/** The calendar as the database has it now (one single-row read when it is unchanged). */
export async function loadWorkingCalendar(db: CalendarDb): Promise<WorkingCalendar> {
  return calendarAtRevision(db, await readCalendarRevision(db));
}

/**
 * The calendar for a transaction that stores deadlines: the revision row is share-locked first, so the
 * deadlines it writes cannot be computed from a calendar that a concurrent save is replacing.
 */
export async function calendarForWrite(tx: CalendarDb): Promise<WorkingCalendar> {
  return calendarAtRevision(tx, await readCalendarRevision(tx, { forShare: true }));
}
