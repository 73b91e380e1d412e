import { describe, expect, it } from "vitest";
import { dayFromKey, parseDayKey, utcWeekday, addCalendarDays, toDayKey } from "@/lib/domain/calendar-day";
import { CHINA_HOLIDAY_YEARS } from "@/lib/domain/china-holidays";

// Days off and weekend days worked per arrangement, counted independently from the notices (a public
// holiday-calendar project that read every notice on gov.cn; 2020 includes the COVID-19 extension).
const NOTICE_TOTALS: [year: number, daysOff: number, makeupWorkdays: number][] = [
  [2020, 30, 6],
  [2021, 31, 7],
  [2022, 31, 7],
  [2023, 27, 7],
  [2024, 28, 8],
  [2025, 28, 5],
  [2026, 33, 6],
];

const yearData = (year: number) => {
  const entry = CHINA_HOLIDAY_YEARS.find((candidate) => candidate.year === year);
  if (!entry) throw new Error(`no data for ${year}`);
  return entry;
};

describe.each(NOTICE_TOTALS)("the %i arrangement", (year, daysOff, makeupWorkdays) => {
  const entry = yearData(year);
  const allDaysOff = entry.periods.flatMap((period) => period.daysOff);
  const allMakeup = entry.periods.flatMap((period) => period.makeupWorkdays);

  it(`has ${daysOff} days off and ${makeupWorkdays} make-up working days`, () => {
    expect(allDaysOff).toHaveLength(daysOff);
    expect(allMakeup).toHaveLength(makeupWorkdays);
  });

  it("lists only real, distinct calendar days", () => {
    for (const day of [...allDaysOff, ...allMakeup]) expect(parseDayKey(day), day).not.toBeNull();
    expect(new Set([...allDaysOff, ...allMakeup]).size).toBe(allDaysOff.length + allMakeup.length);
  });

  it("puts every make-up working day on a weekend", () => {
    for (const day of allMakeup) expect([0, 6], day).toContain(utcWeekday(dayFromKey(day)));
  });

  it("gives each break as consecutive days", () => {
    for (const period of entry.periods) {
      period.daysOff.forEach((day, index) => {
        if (index > 0) expect(day).toBe(toDayKey(addCalendarDays(dayFromKey(period.daysOff[index - 1] ?? ""), 1)));
      });
    }
  });

  it("names its State Council notice", () => {
    expect(entry.notices[0]?.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    expect(entry.notices[0]?.documentNumber).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
  });
});

describe("years with special rules", () => {
  it.each([
    ["2020-01-31", "2020 Spring Festival extended by the COVID-19 notice"],
    ["2020-02-01", "the cancelled make-up Saturday"],
    ["2020-02-02", "the extension's last day"],
    ["2025-01-28", "Spring Festival Eve, a holiday from 2025"],
    ["2025-05-02", "2 May, a holiday from 2025"],
    ["2022-12-31", "the 2023 New Year break starting in 2022"],
  ])("%s is a day off (%s)", (day) => {
    const everyDayOff = CHINA_HOLIDAY_YEARS.flatMap((entry) => entry.periods.flatMap((period) => period.daysOff));
    expect(everyDayOff).toContain(day);
  });

  it("records the 2020 extension notice", () => {
    expect(yearData(2020).notices.map((notice) => notice.documentNumber)).toEqual([
      "国办发明电〔2019〕16号",
      "国办发明电〔2020〕1号",
    ]);
  });

  it.each([
    [2020, "MID_AUTUMN_AND_NATIONAL_DAY"],
    [2023, "MID_AUTUMN_AND_NATIONAL_DAY"],
    [2025, "MID_AUTUMN_AND_NATIONAL_DAY"],
    [2024, "NATIONAL_DAY"],
  ])("%i's autumn break is %s", (year, festival) => {
    expect(yearData(year).periods.map((period) => period.festival)).toContain(festival);
  });
});
