// Adds or corrects one year's State Council holiday notice. In one transaction: the calendar's revision
// row is locked (writers that store deadlines wait, see calendarForWrite), the year is written at the
// version it was loaded at, the change is audited, and every stored review deadline the year can move is
// recomputed with the new calendar. Other processes pick the year up through calendar_changed.
import "server-only";
import type { AuditChannel } from "@/lib/audit/record";
import { diffForAudit, recordAudit, snapshotForAudit } from "@/lib/audit/record";
import { holidayYearSelect, listHolidayYears, toHolidayYear, type HolidayYearRow } from "@/lib/calendar/holiday-years";
import type { SaveHolidayYearInput } from "@/lib/calendar/schemas";
import { afterCommit } from "@/lib/changes/transaction";
import { prisma } from "@/lib/db";
import { dayFromKey } from "@/lib/domain/calendar-day";
import { WorkingCalendar } from "@/lib/domain/china-calendar";
import { appError } from "@/lib/i18n/app-error";
import { refreshDeadlinesForCalendarYear } from "@/lib/review-clock/refresh-review-deadlines";

export const HOLIDAY_YEAR_ENTITY = "HolidayYear";
const AUDITED_FIELDS = ["noticeTitle", "documentNumber", "issuedOn", "amendments", "periods"] as const;

export type CalendarActor = { user: { id: number; email: string }; channel: AuditChannel };

export type SavedHolidayYear = {
  year: HolidayYearRow;
  created: boolean;
  /** Stored deadlines that the save changed. */
  recomputed: { applications: number; candidates: number };
  changeId: string;
};

export async function saveHolidayYear(input: SaveHolidayYearInput, actor: CalendarActor): Promise<SavedHolidayYear> {
  const data = {
    noticeTitle: input.noticeTitle,
    documentNumber: input.documentNumber,
    issuedOn: dayFromKey(input.issuedOn),
    amendments: input.amendments ?? [],
    periods: input.periods.map(({ festival, daysOff, makeupWorkdays, note }) => ({
      festival,
      daysOff: [...daysOff].sort(),
      makeupWorkdays: [...makeupWorkdays].sort(),
      ...(note ? { note } : {}),
    })),
  };
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "revision" FROM "CalendarRevision" WHERE "id" = 1 FOR UPDATE`;
    const current = await tx.holidayYear.findUnique({ where: { year: input.year }, select: holidayYearSelect });
    if (current && input.expectedVersion === undefined) {
      throw appError("CONFLICT", "holidayYearExists", { year: String(input.year), document: current.documentNumber, version: String(current.version) }, { current });
    }
    if (current && input.expectedVersion !== current.version) {
      throw appError(
        "CONFLICT",
        "holidayYearConflict",
        { year: String(input.year), yours: String(input.expectedVersion), current: String(current.version) },
        { current, yourVersion: input.expectedVersion },
      );
    }
    if (!current && input.expectedVersion !== undefined) {
      throw appError("CONFLICT", "holidayYearMissing", { year: String(input.year) });
    }

    const saved = current
      ? await tx.holidayYear.update({ where: { year: input.year }, data: { ...data, version: { increment: 1 } }, select: holidayYearSelect })
      : await tx.holidayYear.create({ data: { year: input.year, ...data }, select: holidayYearSelect });

    const changes = current
      ? diffForAudit(current, saved, AUDITED_FIELDS).map((change) => ({
          entityType: HOLIDAY_YEAR_ENTITY,
          entityId: input.year,
          action: "UPDATE" as const,
          ...change,
          version: saved.version,
        }))
      : [
          {
            entityType: HOLIDAY_YEAR_ENTITY,
            entityId: input.year,
            action: "CREATE" as const,
            after: snapshotForAudit(saved, AUDITED_FIELDS),
            version: saved.version,
          },
        ];
    const { changeId } = await recordAudit(tx, {
      actor: { id: actor.user.id, label: actor.user.email },
      channel: actor.channel,
      reason: input.reason,
      evidenceUrl: input.evidenceUrl ?? null,
      effective: { date: saved.issuedOn, precision: "DAY" },
      changes,
    });

    // The calendar as this transaction sees it (the trigger on HolidayYear has bumped the revision).
    const revision = (await tx.$queryRaw<{ revision: number }[]>`SELECT "revision" FROM "CalendarRevision" WHERE "id" = 1`)[0]?.revision ?? 0;
    const calendar = new WorkingCalendar((await listHolidayYears(tx)).map(toHolidayYear), { revision });
    const recomputed = await refreshDeadlinesForCalendarYear(tx, calendar, input.year);
    return { year: saved, created: !current, recomputed, changeId };
  }).then(afterCommit);
}
