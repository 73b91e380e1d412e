// A provisional holiday arrangement for a year whose State Council notice is not on file yet, derived from
// the rules every notice follows: the lunar dates of Spring Festival, Dragon Boat and Mid-Autumn and the
// Qingming solar term (lunar-typescript, not guessed), the statutory days of the holiday measures in force,
// the usual break lengths, and make-up weekend days placed where the notices put them. It is an estimate:
// every figure computed with it is labelled provisional, and the official notice replaces it when added.
import { Lunar } from "lunar-typescript";
import { addCalendarDays, calendarDaysBetween, dayFromKey, isWeekend, toDayKey, utcDay } from "@/lib/domain/calendar-day";
import type { Festival, HolidayPeriod, HolidayYear } from "@/lib/domain/china-holidays";
import { FESTIVAL_DATE_TABLE } from "@/lib/domain/festival-dates";

/**
 * The holiday measures (全国年节及纪念日放假办法) in force from a year on. The 2025 revision (State Council
 * Decree No. 795) made the Spring Festival eve and 2 May statutory and asked that arrangements not make
 * anyone work more than six days in a row.
 */
export type HolidayRules = {
  fromYear: number;
  /** Statutory days (法定假日) per festival; each one allows one weekday off. */
  statutoryDays: { readonly [F in Exclude<Festival, "MID_AUTUMN_AND_NATIONAL_DAY">]: number };
  /** Days of the Spring Festival break, counted from the eve (除夕). */
  springFestivalBreakDays: number;
  /** Longest run of working days a make-up day may create; null: no limit. */
  maxConsecutiveWorkdays: number | null;
};

export const HOLIDAY_RULES: readonly HolidayRules[] = [
  {
    fromYear: 2014,
    statutoryDays: { NEW_YEAR: 1, SPRING_FESTIVAL: 3, QINGMING: 1, LABOUR_DAY: 1, DRAGON_BOAT: 1, MID_AUTUMN: 1, NATIONAL_DAY: 3 },
    springFestivalBreakDays: 7,
    maxConsecutiveWorkdays: null,
  },
  {
    fromYear: 2025,
    statutoryDays: { NEW_YEAR: 1, SPRING_FESTIVAL: 4, QINGMING: 1, LABOUR_DAY: 2, DRAGON_BOAT: 1, MID_AUTUMN: 1, NATIONAL_DAY: 3 },
    springFestivalBreakDays: 8,
    maxConsecutiveWorkdays: 6,
  },
];

/** The lunisolar library's range (it covers 1900-2100; its last year needs the next one's new moon). */
export const PROVISIONAL_YEAR_RANGE: readonly [first: number, last: number] = [1901, 2099];

export function holidayRulesFor(year: number): HolidayRules {
  const rules = [...HOLIDAY_RULES].reverse().find((entry) => entry.fromYear <= year);
  if (!rules) throw new RangeError(`No holiday rules for ${year}; the first are from ${HOLIDAY_RULES[0]?.fromYear}.`);
  return rules;
}

type FestivalDates = { springFestivalEve: Date; qingming: Date; dragonBoat: Date; midAutumn: Date };

/** The library takes ~15 ms a year (it computes every solar term): the table first, the library once per year outside it. */
const FESTIVAL_DATES = new Map<number, FestivalDates>(
  FESTIVAL_DATE_TABLE.map(([year, eve, qingming, dragonBoat, midAutumn]) => [
    year,
    {
      springFestivalEve: dayFromKey(`${year}-${eve}`),
      qingming: dayFromKey(`${year}-${qingming}`),
      dragonBoat: dayFromKey(`${year}-${dragonBoat}`),
      midAutumn: dayFromKey(`${year}-${midAutumn}`),
    },
  ]),
);

/** The festival dates of a Gregorian year: lunar new year's eve, the Qingming solar term, 5/5 and 8/15 lunar. */
export function festivalDates(year: number): FestivalDates {
  const known = FESTIVAL_DATES.get(year);
  if (known) return { ...known };
  const computed = computeFestivalDates(year);
  FESTIVAL_DATES.set(year, computed);
  return { ...computed };
}

/** The dates as lunar-typescript computes them (the source of FESTIVAL_DATE_TABLE, and its test). */
export function computeFestivalDates(year: number): FestivalDates {
  if (year < PROVISIONAL_YEAR_RANGE[0] || year > PROVISIONAL_YEAR_RANGE[1]) {
    throw new RangeError(`Festival dates are computed for ${PROVISIONAL_YEAR_RANGE.join("-")}, not ${year}.`);
  }
  const toDate = (solar: { getYear(): number; getMonth(): number; getDay(): number }) =>
    utcDay(solar.getYear(), solar.getMonth(), solar.getDay());
  const newYear = toDate(Lunar.fromYmd(year, 1, 1).getSolar());
  const qingming = Lunar.fromYmd(year, 3, 1).getJieQiTable()["清明"];
  if (!qingming) throw new RangeError(`No Qingming solar term found for ${year}.`);
  return {
    springFestivalEve: addCalendarDays(newYear, -1),
    qingming: toDate(qingming),
    dragonBoat: toDate(Lunar.fromYmd(year, 5, 5).getSolar()),
    midAutumn: toDate(Lunar.fromYmd(year, 8, 15).getSolar()),
  };
}

const dayRange = (first: Date, days: number): Date[] => Array.from({ length: days }, (_, index) => addCalendarDays(first, index));

/**
 * The break around a one-day festival as the notices lay it out: joined to the weekend when it falls next
 * to one (Fri-Sun, Sat-Mon, Sun-Tue with the Monday bridged, Thu-Sat with the Friday bridged), alone midweek.
 */
function oneDayBreak(day: Date): Date[] {
  switch (day.getUTCDay()) {
    case 0: // Sunday: Saturday to Monday (the Monday in lieu).
      return dayRange(addCalendarDays(day, -1), 3);
    case 1: // Monday: the weekend before joins it.
      return dayRange(addCalendarDays(day, -2), 3);
    case 2: // Tuesday: Sunday to Tuesday, the Monday bridged.
      return dayRange(addCalendarDays(day, -2), 3);
    case 4: // Thursday: Thursday to Saturday, the Friday bridged.
      return dayRange(day, 3);
    case 5: // Friday: Friday to Sunday.
      return dayRange(day, 3);
    case 6: // Saturday: Saturday to Monday (the Monday in lieu).
      return dayRange(day, 3);
    default: // Wednesday: the day alone.
      return [day];
  }
}

type Break = { festival: Festival; days: Date[]; statutory: number };

function breaksOf(year: number, rules: HolidayRules): Break[] {
  const { springFestivalEve, qingming, dragonBoat, midAutumn } = festivalDates(year);
  const statutory = rules.statutoryDays;
  const breaks: Break[] = [
    { festival: "NEW_YEAR", days: oneDayBreak(utcDay(year, 1, 1)), statutory: statutory.NEW_YEAR },
    { festival: "SPRING_FESTIVAL", days: dayRange(springFestivalEve, rules.springFestivalBreakDays), statutory: statutory.SPRING_FESTIVAL },
    { festival: "QINGMING", days: oneDayBreak(qingming), statutory: statutory.QINGMING },
  ];
  // Labour Day: five days from 1 May, or from the Saturday before when 1 May is a Sunday or Monday.
  const mayFirst = utcDay(year, 5, 1);
  const labourStart = mayFirst.getUTCDay() === 0 ? addCalendarDays(mayFirst, -1) : mayFirst.getUTCDay() === 1 ? addCalendarDays(mayFirst, -2) : mayFirst;
  breaks.push({ festival: "LABOUR_DAY", days: dayRange(labourStart, 5), statutory: statutory.LABOUR_DAY });
  breaks.push({ festival: "DRAGON_BOAT", days: oneDayBreak(dragonBoat), statutory: statutory.DRAGON_BOAT });
  // National Day: 1-7 October; a Mid-Autumn from 29 September to 7 October joins it in one eight-day break.
  const octoberFirst = utcDay(year, 10, 1);
  const fromOctober = calendarDaysBetween(octoberFirst, midAutumn);
  if (fromOctober >= -2 && fromOctober <= 6) {
    const start = fromOctober < 0 ? midAutumn : octoberFirst;
    breaks.push({
      festival: "MID_AUTUMN_AND_NATIONAL_DAY",
      days: dayRange(start, 8),
      statutory: statutory.MID_AUTUMN + statutory.NATIONAL_DAY,
    });
  } else {
    breaks.push({ festival: "MID_AUTUMN", days: oneDayBreak(midAutumn), statutory: statutory.MID_AUTUMN });
    breaks.push({ festival: "NATIONAL_DAY", days: dayRange(octoberFirst, 7), statutory: statutory.NATIONAL_DAY });
  }
  return breaks;
}

export type ProvisionalOptions = {
  /** "nearest-weekend" (default) places the make-up days the notices would; "none" leaves them out. */
  makeupDays?: "nearest-weekend" | "none";
};

/**
 * The weekday count a break takes beyond its statutory days is made up on weekend days, nearest to the
 * break first (a tie goes to the side without one yet, then before), never on another break, inside the year,
 * and, where the rules say so, without creating a run of more than six working days.
 */
function placeMakeupDays(year: number, breaks: readonly Break[], rules: HolidayRules): Map<Break, Date[]> {
  const off = new Set(breaks.flatMap((entry) => entry.days.map(toDayKey)));
  const makeup = new Set<string>();
  const isWorking = (day: Date) => {
    const key = toDayKey(day);
    return makeup.has(key) || (!off.has(key) && !isWeekend(day));
  };
  const runThrough = (day: Date) => {
    let run = 1;
    for (let step = -1; isWorking(addCalendarDays(day, step)); step--) run++;
    for (let step = 1; isWorking(addCalendarDays(day, step)); step++) run++;
    return run;
  };
  const weekdayOff = (day: Date) => !isWeekend(day) && off.has(toDayKey(day));
  const placed = new Map<Break, Date[]>();
  for (const entry of breaks) {
    const weekdaysOff = entry.days.filter((day) => !isWeekend(day));
    let needed = weekdaysOff.length - entry.statutory;
    const chosen: Date[] = [];
    const first = weekdaysOff[0];
    const last = weekdaysOff[weekdaysOff.length - 1];
    if (!first || !last) continue;
    const candidates: { day: Date; distance: number; before: boolean }[] = [];
    for (let distance = 1; distance <= 21; distance++) {
      candidates.push({ day: addCalendarDays(first, -distance), distance, before: true });
      candidates.push({ day: addCalendarDays(last, distance), distance, before: false });
    }
    while (needed > 0) {
      const used = { before: chosen.some((day) => day < first), after: chosen.some((day) => day > last) };
      const eligible = candidates
        .filter(({ day }) => isWeekend(day) && day.getUTCFullYear() === year && !off.has(toDayKey(day)) && !makeup.has(toDayKey(day)))
        // A weekend day right next to a weekday off stays joined to the break.
        .filter(({ day }) => !weekdayOff(addCalendarDays(day, -1)) && !weekdayOff(addCalendarDays(day, 1)))
        .filter(({ day }) => {
          if (rules.maxConsecutiveWorkdays === null) return true;
          makeup.add(toDayKey(day));
          const run = runThrough(day);
          makeup.delete(toDayKey(day));
          return run <= rules.maxConsecutiveWorkdays;
        })
        // One before and one after rather than two on one side; then the nearest; then before.
        .sort((a, b) => {
          const aUsed = a.before ? used.before : used.after;
          const bUsed = b.before ? used.before : used.after;
          if (aUsed !== bUsed) return aUsed ? 1 : -1;
          if (a.distance !== b.distance) return a.distance - b.distance;
          return a.before === b.before ? 0 : a.before ? -1 : 1;
        });
      const pick = eligible[0];
      if (!pick) break;
      makeup.add(toDayKey(pick.day));
      chosen.push(pick.day);
      needed--;
    }
    placed.set(entry, chosen.sort((a, b) => a.getTime() - b.getTime()));
  }
  return placed;
}

const DERIVED = new Map<string, HolidayYear>();

/**
 * The provisional arrangement of `year`, in the shape of an official one (no notices: there is none yet).
 * A pure function of its arguments, kept once per process: calendars are rebuilt whenever a year is saved.
 */
export function deriveProvisionalYear(year: number, options: ProvisionalOptions = {}): HolidayYear {
  const key = `${year}:${options.makeupDays ?? "nearest-weekend"}`;
  let derived = DERIVED.get(key);
  if (!derived) {
    derived = derive(year, options);
    DERIVED.set(key, derived);
  }
  return derived;
}

function derive(year: number, options: ProvisionalOptions): HolidayYear {
  const rules = holidayRulesFor(year);
  const breaks = breaksOf(year, rules);
  const makeups = options.makeupDays === "none" ? null : placeMakeupDays(year, breaks, rules);
  const periods: HolidayPeriod[] = breaks.map((entry) => ({
    festival: entry.festival,
    daysOff: entry.days.map(toDayKey),
    makeupWorkdays: (makeups?.get(entry) ?? []).map(toDayKey),
  }));
  return { year, notices: [], periods };
}
