// The checks a holiday year's arrangement must pass before the calendar uses it, whoever typed it (the
// admin form, POST /api/calendar/years, the seed): pure, so they are unit-tested on their own.
import { dayFromKey, parseDayKey, utcDay, utcWeekday } from "@/lib/domain/calendar-day";
import type { HolidayPeriod } from "@/lib/domain/china-holidays";

export type HolidayYearProblem = { field: string; message: string };

/** A New Year break may start in the last days of the previous December (the 2023 notice: from 31 Dec 2022). */
const NEW_YEAR_REACH_BACK_DAYS = 3;

export function validateHolidayPeriods(year: number, periods: readonly HolidayPeriod[]): HolidayYearProblem[] {
  const problems: HolidayYearProblem[] = [];
  const seen = new Map<string, string>();
  const festivals = new Set<string>();
  const earliestNewYear = utcDay(year - 1, 12, 31 - NEW_YEAR_REACH_BACK_DAYS + 1);
  periods.forEach((period, index) => {
    const where = `periods[${index}]`;
    if (festivals.has(period.festival)) problems.push({ field: `${where}.festival`, message: `${period.festival} is listed twice.` });
    festivals.add(period.festival);
    if (period.daysOff.length === 0) problems.push({ field: `${where}.daysOff`, message: `${period.festival} has no day off.` });
    const check = (day: string, list: "daysOff" | "makeupWorkdays", position: number) => {
      const field = `${where}.${list}[${position}]`;
      const date = parseDayKey(day);
      if (!date) {
        problems.push({ field, message: `"${day}" is not a calendar day in YYYY-MM-DD form.` });
        return;
      }
      const inYear = date.getUTCFullYear() === year;
      const reachesBack = list === "daysOff" && period.festival === "NEW_YEAR" && date >= earliestNewYear && date < utcDay(year, 1, 1);
      if (!inYear && !reachesBack) {
        problems.push({
          field,
          message: `${day} is not in ${year}` + (list === "daysOff" && period.festival === "NEW_YEAR" ? ` (a New Year break may start on the last ${NEW_YEAR_REACH_BACK_DAYS} days of ${year - 1}).` : "."),
        });
      }
      if (list === "makeupWorkdays" && ![0, 6].includes(utcWeekday(date))) {
        problems.push({ field, message: `${day} is a weekday: a make-up working day is a Saturday or Sunday worked.` });
      }
      const earlier = seen.get(day);
      if (earlier !== undefined) {
        problems.push({
          field,
          message: earlier === list ? `${day} is listed twice.` : `${day} is both a day off and a make-up working day.`,
        });
      }
      seen.set(day, list);
    };
    period.daysOff.forEach((day, position) => check(day, "daysOff", position));
    period.makeupWorkdays.forEach((day, position) => check(day, "makeupWorkdays", position));
  });
  return problems;
}

/** The notice must be published before its year ends (they come out in October-December of the year before). */
export function validateNoticeDate(year: number, issuedOn: string): HolidayYearProblem[] {
  const date = parseDayKey(issuedOn);
  if (!date) return [{ field: "issuedOn", message: `"${issuedOn}" is not a calendar day in YYYY-MM-DD form.` }];
  if (date > dayFromKey(`${year}-12-31`)) return [{ field: "issuedOn", message: `A notice for ${year} cannot be issued after ${year}.` }];
  if (date < dayFromKey(`${year - 2}-01-01`)) return [{ field: "issuedOn", message: `A notice for ${year} is issued in ${year - 1} or ${year}, not ${issuedOn.slice(0, 4)}.` }];
  return [];
}
