// The working-day calendar's official years. Reading is open like the rest of the record; adding or
// correcting a year's State Council notice needs an administrator, and recomputes the stored deadlines.
import { withRole } from "@/lib/auth";
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import { listHolidayYears } from "@/lib/calendar/holiday-years";
import { saveHolidayYear } from "@/lib/calendar/save-holiday-year";
import { saveHolidayYearSchema } from "@/lib/calendar/schemas";
import { prisma } from "@/lib/db";
import { toDayKey } from "@/lib/domain/calendar-day";
import { errorResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/json-body";
import { channelOf } from "@/lib/views/channel";

export const dynamic = "force-dynamic";

const toJson = (row: Awaited<ReturnType<typeof listHolidayYears>>[number]) => ({
  year: row.year,
  noticeTitle: row.noticeTitle,
  documentNumber: row.documentNumber,
  issuedOn: toDayKey(row.issuedOn),
  amendments: row.amendments,
  periods: row.periods,
  version: row.version,
  updatedAt: row.updatedAt,
});

/** GET /api/calendar/years → { data: official years, lastOfficialYear, coveredYears: [first, last] } */
export async function GET(request: Request) {
  try {
    const [rows, calendar] = await Promise.all([listHolidayYears(prisma), getWorkingCalendar()]);
    return Response.json({ data: rows.map(toJson), lastOfficialYear: calendar.lastOfficialYear, coveredYears: calendar.coveredYears });
  } catch (error) {
    return errorResponse(error, request);
  }
}

/**
 * POST /api/calendar/years { year, noticeTitle, documentNumber, issuedOn, periods: [{ festival, daysOff, makeupWorkdays }],
 * expectedVersion? (to correct a year on file), reason, evidenceUrl | noEvidence } → 201 (added) or 200 (corrected)
 * with { year, recomputed: { applications, candidates }, changeId }; 400 names each bad field; 409 on a stale version.
 */
export const POST = withRole("ADMIN", async (request, { user }) => {
  const input = await readJsonBody(request, saveHolidayYearSchema);
  const saved = await saveHolidayYear(input, { user, channel: channelOf(request) });
  return Response.json(
    { year: toJson(saved.year), recomputed: saved.recomputed, changeId: saved.changeId },
    { status: saved.created ? 201 : 200, headers: { Location: `/api/calendar/years` } },
  );
});
