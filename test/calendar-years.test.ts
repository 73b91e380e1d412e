// Holiday years as data, on PostgreSQL: the migration's years are the notices of china-holidays.ts, the
// app computes with the database's calendar, and saving a year recomputes the stored deadlines it moves,
// audited, in one transaction, with no restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { calendarForWrite, listHolidayYears, loadWorkingCalendar, toHolidayYear } from "@/lib/calendar/holiday-years";
import { saveHolidayYearSchema, type SaveHolidayYearInput } from "@/lib/calendar/schemas";
import { dayFromKey, toDayKey } from "@/lib/domain/calendar-day";
import { CHINA_HOLIDAY_YEARS } from "@/lib/domain/china-holidays";
import { deriveProvisionalYear } from "@/lib/domain/provisional-holidays";
import { parseCandidateSearchParams } from "@/lib/search-params";
import { createReviewClockCandidates } from "./fixtures/review-clock-candidates.ts";
import { createTestDatabase, createTestPrisma, type TestDatabase } from "./db.ts";

let database: TestDatabase;
let prisma: PrismaClient;
let ids: Map<string, number>;
let findCandidates: typeof import("@/lib/candidates/queries").findCandidates;
let saveHolidayYear: typeof import("@/lib/calendar/save-holiday-year").saveHolidayYear;
let admin: { id: number; email: string };

const today = dayFromKey("2026-12-03");

beforeAll(async () => {
  database = await createTestDatabase({ prefix: "calendar" });
  prisma = createTestPrisma(database.databaseUrl);
  ids = await createReviewClockCandidates(prisma);
  admin = await prisma.user.create({ data: { email: "calendar-admin@example.com", name: "Admin", role: "ADMIN", passwordHash: "x" }, select: { id: true, email: true } });
  process.env.DATABASE_URL = database.databaseUrl;
  delete (globalThis as { prisma?: unknown }).prisma;
  ({ findCandidates } = await import("@/lib/candidates/queries"));
  ({ saveHolidayYear } = await import("@/lib/calendar/save-holiday-year"));
});

afterAll(async () => {
  const { prisma: appPrisma } = await import("@/lib/db");
  await appPrisma.$disconnect();
  await database?.drop();
});

const storedDeadline = async (slug: string) => {
  const candidate = await prisma.candidate.findUniqueOrThrow({ where: { id: ids.get(slug) }, select: { reviewDeadline: true } });
  return candidate.reviewDeadline && toDayKey(candidate.reviewDeadline);
};

const endedReviewDays = async () =>
  (await prisma.application.findFirstOrThrow({ where: { acceptanceNumber: "CXHS2600990" }, select: { reviewWorkingDays: true } })).reviewWorkingDays;

const clockOf = async (slug: string) => {
  const { search } = parseCandidateSearchParams(new URLSearchParams("sort=reviewClock"));
  const rows = (await findCandidates({ ...search, perPage: 200 }, { today })).data;
  return rows.find((row) => row.id === ids.get(slug))?.reviewClock;
};

/** The 2027 notice as a test imagines it: the provisional year plus Monday 4 January off. */
function notice2027(overrides: Partial<SaveHolidayYearInput> = {}): SaveHolidayYearInput {
  const periods = deriveProvisionalYear(2027).periods.map((period) =>
    period.festival === "NEW_YEAR" ? { ...period, daysOff: [...period.daysOff, "2027-01-04"] } : { ...period },
  );
  return saveHolidayYearSchema.parse({
    year: 2027,
    noticeTitle: "国务院办公厅关于2027年部分节假日安排的通知",
    documentNumber: "国办发明电〔2026〕99号",
    issuedOn: "2026-11-20",
    periods,
    reason: "State Council notice published",
    evidenceUrl: "https://www.gov.cn/zhengce/content/2027-notice.htm",
    ...overrides,
  });
}

describe("the holiday years in PostgreSQL", () => {
  it("are the notices of china-holidays.ts after the migrations", async () => {
    const rows = await listHolidayYears(prisma);
    expect(rows.map(toHolidayYear)).toEqual(CHINA_HOLIDAY_YEARS.map((entry) => ({ ...entry, periods: entry.periods.map((period) => ({ ...period })) })));
  });

  it("give the app's calendar, provisional after 2026", async () => {
    const calendar = await loadWorkingCalendar(prisma);
    expect(calendar.lastOfficialYear).toBe(2026);
    expect(calendar.yearSource(2027)).toBe("provisional");
    // Unchanged revision: the same calendar object, not a rebuild.
    expect(await loadWorkingCalendar(prisma)).toBe(calendar);
  });

  it("store a provisional deadline rather than none, and label it", async () => {
    expect(await storedDeadline("clock-beyond-calendar")).toBe("2027-03-22");
    expect(await clockOf("clock-beyond-calendar")).toMatchObject({ deadline: "2027-03-22", calendar: "provisional" });
  });
});

describe("saving a year", () => {
  it("refuses an existing year without its version, and writes nothing", async () => {
    const audits = await prisma.auditEvent.count();
    const revision = (await loadWorkingCalendar(prisma)).revision;
    await expect(saveHolidayYear(notice2027({ year: 2026, issuedOn: "2025-11-04", periods: CHINA_HOLIDAY_YEARS.at(-1)!.periods.map((p) => ({ ...p, daysOff: [...p.daysOff], makeupWorkdays: [...p.makeupWorkdays] })) }), { user: admin, channel: "api" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await prisma.auditEvent.count()).toBe(audits);
    expect((await loadWorkingCalendar(prisma)).revision).toBe(revision);
  });

  it("(an ended review across New Year 2027 stores its working days on the provisional 2027 first)", async () => {
    const { refreshReviewDeadlines } = await import("@/lib/review-clock/refresh-review-deadlines");
    const candidateId = ids.get("clock-standard")!;
    const program = await prisma.program.findFirstOrThrow({ where: { candidateId }, select: { id: true } });
    await prisma.application.create({
      data: {
        programId: program.id,
        acceptanceNumber: "CXHS2600990",
        type: "NDA",
        acceptanceDate: dayFromKey("2026-12-01"),
        acceptancePrecision: "DAY",
        reviewTrack: "STANDARD_200",
        status: "APPROVED_PENDING_CERTIFICATE",
        statusDate: dayFromKey("2027-02-01"),
        statusPrecision: "DAY",
        decision: "APPROVED",
        decisionDate: dayFromKey("2027-02-01"),
        decisionPrecision: "DAY",
      },
    });
    await prisma.$transaction((tx) => refreshReviewDeadlines(tx, candidateId));
    const calendar = await loadWorkingCalendar(prisma);
    expect(await endedReviewDays()).toBe(calendar.workingDaysBetween(dayFromKey("2026-12-01"), dayFromKey("2027-02-01")));
  });

  it("adds 2027, recomputes the deadlines it moves in the same transaction, and audits it", async () => {
    const endedBefore = await endedReviewDays();
    const untouched = await storedDeadline("clock-standard");
    const saved = await saveHolidayYear(notice2027(), { user: admin, channel: "api" });
    expect(saved.created).toBe(true);
    expect(saved.recomputed).toEqual({ applications: 1, candidates: 1 });
    // One more day off before it: the deadline moves one working day later.
    expect(await storedDeadline("clock-beyond-calendar")).toBe("2027-03-23");
    const application = await prisma.application.findFirstOrThrow({ where: { acceptanceNumber: "CXHS2600908" }, select: { reviewDeadline: true } });
    expect(application.reviewDeadline && toDayKey(application.reviewDeadline)).toBe("2027-03-23");
    expect(await storedDeadline("clock-standard")).toBe(untouched);
    // The ended review's duration is counted again on the new year: Monday 4 January is now a day off.
    expect(await endedReviewDays()).toBe(endedBefore! - 1);
    const audit = await prisma.auditEvent.findMany({ where: { changeId: saved.changeId } });
    expect(audit).toMatchObject([{ entityType: "HolidayYear", entityId: "2027", action: "CREATE", actorId: admin.id, channel: "api", entityVersion: 1 }]);
  });

  it("is what the next read computes with: official now, no restart", async () => {
    expect(await clockOf("clock-beyond-calendar")).toMatchObject({ deadline: "2027-03-23", calendar: "official" });
    expect((await loadWorkingCalendar(prisma)).lastOfficialYear).toBe(2027);
  });

  it("corrects a year at its version, and refuses a stale one", async () => {
    const corrected = await saveHolidayYear(notice2027({ expectedVersion: 1, periods: deriveProvisionalYear(2027).periods.map((p) => ({ ...p, daysOff: [...p.daysOff], makeupWorkdays: [...p.makeupWorkdays] })) }), { user: admin, channel: "ui" });
    expect(corrected.year.version).toBe(2);
    expect(await storedDeadline("clock-beyond-calendar")).toBe("2027-03-22");
    await expect(saveHolidayYear(notice2027({ expectedVersion: 1 }), { user: admin, channel: "ui" })).rejects.toMatchObject({ code: "CONFLICT" });
    const updates = await prisma.auditEvent.findMany({ where: { changeId: corrected.changeId } });
    expect(updates.map((row) => row.field)).toEqual(["periods"]);
  });

  it("is seen by a write transaction's calendar, which waits for a save in progress", async () => {
    const calendar = await prisma.$transaction((tx) => calendarForWrite(tx));
    expect(calendar.yearSource(2027)).toBe("official");
  });
});
