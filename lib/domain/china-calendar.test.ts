import { describe, expect, it } from "vitest";
import { addCalendarDays, dayFromKey, toDayKey, utcWeekday } from "@/lib/domain/calendar-day";
import {
  addWorkingDays,
  CalendarRangeError,
  classifyDay,
  COVERED_YEARS,
  isWorkingDay,
  workingDaysBetween,
} from "@/lib/domain/china-calendar";

const d = dayFromKey;

describe("isWorkingDay", () => {
  it.each([
    ["2020-01-19", true, "Sunday worked for the 2020 Spring Festival"],
    ["2020-01-31", false, "Friday added by the COVID-19 extension"],
    ["2020-02-01", false, "Saturday no longer worked after the extension"],
    ["2020-02-03", true, "first working day after the extended break"],
    ["2021-02-07", true, "Sunday worked for the 2021 Spring Festival"],
    ["2021-02-11", false, "Thursday in the 2021 Spring Festival"],
    ["2021-09-18", true, "Saturday worked for Mid-Autumn 2021"],
    ["2022-04-02", true, "Saturday worked for Qingming 2022"],
    ["2022-10-07", false, "Friday in National Day 2022"],
    ["2022-10-08", true, "Saturday worked after National Day 2022"],
    ["2023-01-02", false, "Monday in lieu of New Year 2023"],
    ["2023-09-29", false, "Friday: Mid-Autumn 2023 joined to National Day"],
    ["2023-10-07", true, "Saturday worked after the combined 2023 break"],
    ["2024-02-09", true, "Spring Festival Eve 2024: only encouraged as leave, still a working day"],
    ["2024-02-16", false, "Friday in the 2024 Spring Festival"],
    ["2024-02-18", true, "Sunday worked for the 2024 Spring Festival"],
    ["2024-03-16", false, "an ordinary Saturday"],
    ["2024-03-18", true, "an ordinary Monday"],
    ["2024-06-10", false, "Dragon Boat Monday 2024"],
    ["2025-01-28", false, "Spring Festival Eve, a holiday from 2025"],
    ["2025-02-05", true, "first working day after the 2025 Spring Festival"],
    ["2025-05-02", false, "2 May, a holiday from 2025"],
    ["2025-10-08", false, "Wednesday, last day of the combined 2025 break"],
    ["2025-10-11", true, "Saturday worked after National Day 2025"],
    ["2026-01-04", true, "Sunday worked after New Year 2026"],
    ["2026-02-14", true, "Saturday worked before the 2026 Spring Festival"],
    ["2026-02-23", false, "Monday, last day of the 9-day 2026 Spring Festival"],
    ["2026-02-24", true, "first working day after the 2026 Spring Festival"],
    ["2026-09-20", true, "Sunday worked before National Day 2026"],
  ])("%s -> %s (%s)", (day, expected) => {
    expect(isWorkingDay(d(day))).toBe(expected);
  });

  it("reads the UTC calendar day of a timestamp", () => {
    expect(isWorkingDay(new Date("2024-02-18T23:59:59Z"))).toBe(true);
  });
});

describe("classifyDay", () => {
  it.each([
    ["2024-02-18", "makeup-workday", "SPRING_FESTIVAL"],
    ["2024-02-12", "holiday", "SPRING_FESTIVAL"],
    ["2022-12-31", "holiday", "NEW_YEAR"],
    ["2023-10-03", "holiday", "MID_AUTUMN_AND_NATIONAL_DAY"],
    ["2024-03-16", "weekend", null],
    ["2024-03-18", "workday", null],
  ])("%s is a %s (%s)", (day, kind, festival) => {
    expect(classifyDay(d(day))).toEqual({ kind, festival, source: "official" });
  });
});

describe("addWorkingDays", () => {
  it.each([
    ["2024-02-08", 1, "2024-02-09", "the eve of Spring Festival 2024 is worked"],
    ["2024-02-08", 2, "2024-02-18", "skips the 2024 break, lands on the make-up Sunday"],
    ["2024-02-08", 3, "2024-02-19", "the Monday after"],
    ["2020-01-23", 1, "2020-02-03", "skips the extended 2020 break"],
    ["2025-09-26", 1, "2025-09-28", "the make-up Sunday before National Day 2025"],
    ["2025-09-26", 5, "2025-10-10", "a 5-WD publicity across National Day 2025"],
    ["2025-09-30", 3, "2025-10-11", "lands on the make-up Saturday after National Day"],
    ["2025-09-30", 4, "2025-10-13", "then the Monday"],
    ["2022-12-30", 1, "2023-01-03", "across the year boundary and the 2023 New Year break"],
    ["2024-03-16", 1, "2024-03-18", "from a Saturday"],
    ["2024-02-10", 0, "2024-02-10", "zero days returns the start, even on a holiday"],
    ["2024-02-19", -1, "2024-02-18", "backwards onto the make-up Sunday"],
    ["2024-02-19", -2, "2024-02-09", "backwards over the break"],
    ["2025-10-09", -1, "2025-09-30", "backwards over National Day 2025"],
    ["2024-01-02", 60, "2024-03-29", "60 WD across Spring Festival 2024"],
  ])("%s + %i WD = %s (%s)", (start, n, expected) => {
    expect(toDayKey(addWorkingDays(d(start), n))).toBe(expected);
  });

  it("refuses a fractional count", () => {
    expect(() => addWorkingDays(d("2024-01-02"), 1.5)).toThrow(RangeError);
  });
});

describe("workingDaysBetween (start excluded, end included)", () => {
  it.each([
    ["2024-02-08", "2024-02-19", 3],
    ["2024-02-19", "2024-02-08", -3],
    ["2024-02-19", "2024-02-19", 0],
    ["2024-02-09", "2024-02-17", 0],
    ["2025-09-30", "2025-10-11", 3],
    ["2020-01-23", "2020-02-03", 1],
  ])("(%s, %s] has %i working days", (start, end, expected) => {
    expect(workingDaysBetween(d(start), d(end))).toBe(expected);
  });

  it.each([
    [2020, 249],
    [2021, 250],
    [2022, 249],
    [2023, 249],
    [2024, 251],
    [2025, 248],
    [2026, 248],
  ])("%i has %i working days", (year, expected) => {
    const start = d(`${year}-01-01`);
    expect(workingDaysBetween(start, d(`${year}-12-31`)) + (isWorkingDay(start) ? 1 : 0)).toBe(expected);
  });

  // Holiday weekdays given minus weekend days worked = the statutory days of that year: 11 before 2025,
  // 13 from 2025 (eve and 2 May added), and 13 in 2020 (the COVID-19 extension added 31 Jan and 1 Feb).
  it.each([
    [2020, 13],
    [2021, 11],
    [2022, 11],
    [2023, 11],
    [2024, 11],
    [2025, 13],
    [2026, 13],
  ])("%i nets %i statutory days off", (year, expected) => {
    let weekdaysOff = 0;
    let weekendsWorked = 0;
    for (let day = d(`${year}-01-01`); day.getUTCFullYear() === year; day = addCalendarDays(day, 1)) {
      const weekend = [0, 6].includes(utcWeekday(day));
      if (!weekend && !isWorkingDay(day)) weekdaysOff++;
      if (weekend && isWorkingDay(day)) weekendsWorked++;
    }
    expect(weekdaysOff - weekendsWorked).toBe(expected);
  });

  it("agrees with addWorkingDays", () => {
    for (const n of [1, 5, 30, 60, 130, 200]) {
      const start = d("2021-07-01");
      expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
  });
});

describe("outside the covered years", () => {
  it("has notices for 2020 through 2026", () => {
    expect(COVERED_YEARS).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each([
    ["isWorkingDay before 2014", () => isWorkingDay(d("2013-12-31"))],
    ["isWorkingDay after the provisional horizon", () => isWorkingDay(d("2037-01-01"))],
    ["classifyDay after the provisional horizon", () => classifyDay(d("2037-02-10"))],
    ["addWorkingDays past the end", () => addWorkingDays(d("2036-12-30"), 2)],
    ["addWorkingDays before the start", () => addWorkingDays(d("2014-01-03"), -3)],
    ["workingDaysBetween from 2013", () => workingDaysBetween(d("2013-12-31"), d("2014-01-02"))],
    ["an invalid date", () => isWorkingDay(new Date(Number.NaN))],
  ])("%s throws CalendarRangeError", (_name, call) => {
    expect(call).toThrow(CalendarRangeError);
    expect(call).toThrow(/covers 2014-2036/);
  });

  it("still reaches the last covered day", () => {
    expect(toDayKey(addWorkingDays(d("2036-12-30"), 1))).toBe("2036-12-31");
    expect(toDayKey(addWorkingDays(d("2014-01-03"), -1))).toBe("2014-01-02");
  });

  it("names the day in the error", () => {
    try {
      isWorkingDay(d("2037-03-01"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarRangeError);
      expect((error as CalendarRangeError).day).toBe("2037-03-01");
      expect((error as CalendarRangeError).message).toContain("2037-03-01 is outside the China working-day calendar");
    }
  });
});
