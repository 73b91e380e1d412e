// The working-day calendar of a request. Several app processes share one database, so each keeps the
// calendar it last built and checks it is current: on a production server a LISTEN connection on
// calendar_changed (sent by triggers on HolidayYear and CalendarRevision, whoever writes) clears it, the
// pattern of lib/cache; where notifications are not proven to arrive (the embedded PGlite, tests, next dev)
// every request reads the one-row revision instead. Either way a saved year is used with no restart.
import "server-only";
import { ChangeNotifiedCache } from "@/lib/cache/change-notified-cache";
import { loadWorkingCalendar } from "@/lib/calendar/holiday-years";
import { prisma } from "@/lib/db";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { getDatabaseUrl } from "@/lib/env";

export { calendarForWrite } from "@/lib/calendar/holiday-years";

export const CALENDAR_CHANGE_CHANNEL = "calendar_changed";

const globalForCalendarCache = globalThis as unknown as { calendarCache?: ChangeNotifiedCache<WorkingCalendar> | null };

function calendarCache(): ChangeNotifiedCache<WorkingCalendar> | null {
  if (globalForCalendarCache.calendarCache === undefined) {
    globalForCalendarCache.calendarCache =
      process.env.NODE_ENV === "production" && process.env.CALENDAR_CACHE !== "off"
        ? new ChangeNotifiedCache<WorkingCalendar>({
            databaseUrl: getDatabaseUrl(),
            channel: CALENDAR_CHANGE_CHANNEL,
            maxEntries: 1,
            onError: (error) => console.warn(`Calendar cache: ${error instanceof Error ? error.message : String(error)}`),
          })
        : null;
  }
  return globalForCalendarCache.calendarCache;
}

/** The calendar for reads (pages, API, exports): official years from the database, provisional after them. */
export async function getWorkingCalendar(): Promise<WorkingCalendar> {
  const cache = calendarCache();
  if (cache) return cache.getOrCompute("calendar", () => loadWorkingCalendar(prisma));
  return loadWorkingCalendar(prisma);
}
