import { describe, expect, it } from "vitest";
import { addCalendarDays, dayFromKey, isWeekend, toDayKey, utcDay, utcWeekday } from "@/lib/domain/calendar-day";
import { WorkingCalendar } from "@/lib/domain/china-calendar";
import { CHINA_HOLIDAY_YEARS, type HolidayYear } from "@/lib/domain/china-holidays";
import { FESTIVAL_DATE_TABLE } from "@/lib/domain/festival-dates";
import { computeFestivalDates, deriveProvisionalYear, festivalDates, holidayRulesFor, type ProvisionalOptions } from "@/lib/domain/provisional-holidays";
import { computeReviewClock } from "@/lib/domain/review-clock";

const d = dayFromKey;

describe("festivalDates (lunisolar calendar and solar terms, via lunar-typescript)", () => {
  // Spring Festival eve, Qingming, Dragon Boat, Mid-Autumn: the days the notices name for 2020-2026, and the
  // published lunisolar dates for 2027-2030.
  it.each([
    [2020, "2020-01-24", "2020-04-04", "2020-06-25", "2020-10-01"],
    [2021, "2021-02-11", "2021-04-04", "2021-06-14", "2021-09-21"],
    [2022, "2022-01-31", "2022-04-05", "2022-06-03", "2022-09-10"],
    [2023, "2023-01-21", "2023-04-05", "2023-06-22", "2023-09-29"],
    [2024, "2024-02-09", "2024-04-04", "2024-06-10", "2024-09-17"],
    [2025, "2025-01-28", "2025-04-04", "2025-05-31", "2025-10-06"],
    [2026, "2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25"],
    [2027, "2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15"],
    [2028, "2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03"],
    [2029, "2029-02-12", "2029-04-04", "2029-06-16", "2029-09-22"],
    [2030, "2030-02-02", "2030-04-05", "2030-06-05", "2030-09-12"],
  ])("%i", (year, eve, qingming, dragonBoat, midAutumn) => {
    const dates = festivalDates(year);
    expect([dates.springFestivalEve, dates.qingming, dates.dragonBoat, dates.midAutumn].map(toDayKey)).toEqual([
      eve,
      qingming,
      dragonBoat,
      midAutumn,
    ]);
  });

  it("keeps a table equal to the library's own computation, year by year", () => {
    for (const [year] of FESTIVAL_DATE_TABLE) {
      const fromLibrary = computeFestivalDates(year);
      expect(festivalDates(year), String(year)).toEqual(fromLibrary);
    }
    expect(FESTIVAL_DATE_TABLE.map(([year]) => year)).toEqual(Array.from({ length: 100 }, (_, index) => 2000 + index));
  });

  it("refuses years outside the library's range", () => {
    expect(() => festivalDates(1850)).toThrow(RangeError);
  });
});

/** Per day of the year: is it worked under this arrangement (weekends, days off, make-up days)? */
function workingDays(entry: HolidayYear): (day: Date) => boolean {
  const off = new Set(entry.periods.flatMap((period) => period.daysOff));
  const makeup = new Set(entry.periods.flatMap((period) => period.makeupWorkdays));
  return (day) => makeup.has(toDayKey(day)) || (!off.has(toDayKey(day)) && !isWeekend(day));
}

/** The days of `year` the provisional arrangement classifies differently from the notice, and the net working-day gap. */
function compareWithNotice(notice: HolidayYear, options?: ProvisionalOptions) {
  const provisional = deriveProvisionalYear(notice.year, options);
  const official = workingDays(notice);
  const derived = workingDays(provisional);
  const wrong: string[] = [];
  let net = 0;
  for (let day = utcDay(notice.year, 1, 1); day.getUTCFullYear() === notice.year; day = addCalendarDays(day, 1)) {
    if (official(day) !== derived(day)) wrong.push(`${toDayKey(day)} ${official(day) ? "worked" : "off"}`);
    net += Number(derived(day)) - Number(official(day));
  }
  return { wrong, net };
}

describe("the provisional calendar against the official notices of 2020-2026", () => {
  const results = CHINA_HOLIDAY_YEARS.map((notice) => ({
    year: notice.year,
    ...compareWithNotice(notice),
    withoutMakeup: compareWithNotice(notice, { makeupDays: "none" }),
  }));

  it("prints how many days it gets wrong per year", () => {
    const lines = results.map(
      ({ year, wrong, net, withoutMakeup }) =>
        `${year}: ${wrong.length} day(s) wrong, net ${net >= 0 ? "+" : ""}${net} working days` +
        (wrong.length ? ` [official: ${wrong.join(", ")}]` : "") +
        ` | without make-up days: ${withoutMakeup.wrong.length} wrong, net ${withoutMakeup.net}`,
    );
    console.log(`Provisional calendar vs the State Council notices:\n${lines.join("\n")}`);
    expect(lines).toHaveLength(7);
  });

  it.each(CHINA_HOLIDAY_YEARS.map((notice) => notice.year))("gets fewer than 6 days of %i wrong", (year) => {
    const result = results.find((entry) => entry.year === year);
    expect(result?.wrong.length, result?.wrong.join(", ")).toBeLessThan(6);
  });

  it("matches the notices exactly under the 2025 holiday measures", () => {
    expect(results.filter((entry) => entry.year >= 2025).map((entry) => entry.wrong)).toEqual([[], []]);
  });

  it("has as many working days as the notice in every year but 2020 (the COVID-19 extension)", () => {
    expect(results.filter((entry) => entry.net !== 0).map((entry) => entry.year)).toEqual([2020]);
  });
});

describe("deriveProvisionalYear", () => {
  const years = Array.from({ length: 15 }, (_, index) => 2026 + index);

  it.each(years)("%i: make-up days are weekends of the year, never days off", (year) => {
    const entry = deriveProvisionalYear(year);
    const off = new Set(entry.periods.flatMap((period) => period.daysOff));
    for (const day of entry.periods.flatMap((period) => period.makeupWorkdays)) {
      expect([0, 6], day).toContain(utcWeekday(d(day)));
      expect(day.slice(0, 4)).toBe(String(year));
      expect(off.has(day), day).toBe(false);
    }
  });

  it.each(years)("%i: takes exactly the statutory weekdays off, net of make-up days", (year) => {
    const entry = deriveProvisionalYear(year);
    const rules = holidayRulesFor(year);
    const statutory = Object.values(rules.statutoryDays).reduce((sum, days) => sum + days, 0);
    const weekdaysOff = entry.periods.flatMap((period) => period.daysOff).filter((day) => !isWeekend(d(day))).length;
    const makeup = entry.periods.flatMap((period) => period.makeupWorkdays).length;
    expect(weekdaysOff - makeup).toBe(statutory);
  });

  it.each(years)("%i: no one works more than six days in a row", (year) => {
    const worked = workingDays(deriveProvisionalYear(year));
    let run = 0;
    let longest = 0;
    for (let day = utcDay(year, 1, 8); day < utcDay(year, 12, 24); day = addCalendarDays(day, 1)) {
      run = worked(day) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    expect(longest).toBeLessThanOrEqual(6);
  });

  it("lays 2027 out like the notices do", () => {
    const periods = Object.fromEntries(deriveProvisionalYear(2027).periods.map((period) => [period.festival, period]));
    // 1 Jan is a Friday: Friday to Sunday.
    expect(periods.NEW_YEAR?.daysOff).toEqual(["2027-01-01", "2027-01-02", "2027-01-03"]);
    // The eve is Friday 5 February: eight days from it.
    expect(periods.SPRING_FESTIVAL?.daysOff[0]).toBe("2027-02-05");
    expect(periods.SPRING_FESTIVAL?.daysOff).toHaveLength(8);
    expect(periods.LABOUR_DAY?.daysOff).toEqual(["2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04", "2027-05-05"]);
    expect(periods.NATIONAL_DAY?.daysOff).toHaveLength(7);
  });
});

describe("WorkingCalendar with official and provisional years", () => {
  const through2025 = CHINA_HOLIDAY_YEARS.filter((entry) => entry.year <= 2025);
  const calendar = new WorkingCalendar(CHINA_HOLIDAY_YEARS);

  it("labels each year and each day", () => {
    expect(calendar.yearSource(2026)).toBe("official");
    expect(calendar.yearSource(2027)).toBe("provisional");
    expect(calendar.yearSource(2019)).toBe("provisional");
    expect(calendar.yearSource(2013)).toBeNull();
    expect(calendar.classifyDay(d("2027-02-08"))).toEqual({ kind: "holiday", festival: "SPRING_FESTIVAL", source: "provisional" });
    expect(calendar.classifyDay(d("2026-02-16")).source).toBe("official");
  });

  it("treats a year missing between official ones as provisional", () => {
    const gap = new WorkingCalendar(CHINA_HOLIDAY_YEARS.filter((entry) => entry.year !== 2023));
    expect(gap.yearSource(2023)).toBe("provisional");
    expect(gap.sourceOfSpan(d("2022-06-01"), d("2022-12-31"))).toBe("official");
    expect(gap.sourceOfSpan(d("2022-06-01"), d("2023-01-03"))).toBe("provisional");
  });

  it("computes a deadline across the official/provisional boundary and says it is provisional", () => {
    // CXHS2600890: priority review accepted 2026-11-06.
    const input = { acceptanceDate: d("2026-11-06"), track: "PRIORITY_130" as const, asOf: d("2026-12-03") };
    const clock = computeReviewClock({ ...input, calendar });
    expect(clock).toMatchObject({ elapsed: 19, deadlineUnknown: null, calendar: "provisional" });
    expect(calendar.workingDaysBetween(input.acceptanceDate, clock.deadline as Date)).toBe(130);
    expect(toDayKey(clock.deadline as Date)).toBe("2027-05-19");
    // The same clock read on 2026 alone is official: no provisional day is counted yet.
    expect(computeReviewClock({ ...input, track: "IND_FAST_30", calendar }).calendar).toBe("official");
  });

  it("moves the deadline when the year's notice differs from the provisional guess, and becomes official", () => {
    const provisional2027 = deriveProvisionalYear(2027);
    // A notice with one more day off in January (and no make-up for it) than the provisional year.
    const notice: HolidayYear = {
      year: 2027,
      notices: [{ title: "国务院办公厅关于2027年部分节假日安排的通知", documentNumber: "test", issued: "2026-11-20" }],
      periods: provisional2027.periods.map((period) =>
        period.festival === "NEW_YEAR" ? { ...period, daysOff: [...period.daysOff, "2027-01-04"] } : period,
      ),
    };
    const withNotice = new WorkingCalendar([...CHINA_HOLIDAY_YEARS, notice]);
    const input = { acceptanceDate: d("2026-11-06"), track: "PRIORITY_130" as const, asOf: d("2026-12-03") };
    const before = computeReviewClock({ ...input, calendar });
    const after = computeReviewClock({ ...input, calendar: withNotice });
    expect(after.calendar).toBe("official");
    expect(toDayKey(after.deadline as Date)).toBe(toDayKey(calendar.addWorkingDays(before.deadline as Date, 1)));
  });

  it("covers ten provisional years past the last official one", () => {
    expect(new WorkingCalendar(through2025).coveredYears).toEqual([2014, 2035]);
    expect(calendar.coveredYears).toEqual([2014, 2036]);
  });
});
