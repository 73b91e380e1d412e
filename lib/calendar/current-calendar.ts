// The working-day calendar the app computes with.
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { getSeedCalendar } from "@/lib/domain/china-calendar";

/** The calendar for reads (pages, API, exports). */
export async function getWorkingCalendar(): Promise<WorkingCalendar> {
  return getSeedCalendar();
}

/** The calendar for a write transaction that stores deadlines. */
export async function calendarForWrite(_tx: unknown): Promise<WorkingCalendar> {
  return getSeedCalendar();
}
