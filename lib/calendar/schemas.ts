// Input of POST /api/calendar/years and the admin form: one year's State Council notice, its days off and
// its make-up working days per break, plus why and on what evidence. Checked again by holiday-year-rules.
import { z } from "zod";
import { FESTIVAL_LABELS, type Festival } from "@/lib/domain/china-holidays";
import { validateHolidayPeriods, validateNoticeDate } from "@/lib/domain/holiday-year-rules";

const FESTIVALS = Object.keys(FESTIVAL_LABELS) as [Festival, ...Festival[]];

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} must not be empty`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine((value) => !/\p{Cc}/u.test(value), `${label} must not contain control characters`);

const day = z.string({ error: "a date must be text in YYYY-MM-DD form" }).regex(/^\d{4}-\d{2}-\d{2}$/, "a date must be in YYYY-MM-DD form");

const notice = z.object({ title: text("title", 200), documentNumber: text("documentNumber", 100), issued: day }).strict();

export const holidayPeriodSchema = z
  .object({
    festival: z.enum(FESTIVALS, { error: `festival must be one of ${FESTIVALS.join(", ")}` }),
    daysOff: z.array(day, { error: "daysOff must be a list of dates" }).max(20, "a break has at most 20 days off"),
    makeupWorkdays: z.array(day, { error: "makeupWorkdays must be a list of dates" }).max(10, "a break has at most 10 make-up days"),
    note: text("note", 500).optional(),
  })
  .strict();

export const saveHolidayYearSchema = z
  .object({
    year: z.number({ error: "year must be a number" }).int("year must be a whole number").min(2000, "year must be 2000 or later").max(2099, "year must be before 2100"),
    noticeTitle: text("noticeTitle", 200),
    documentNumber: text("documentNumber", 100),
    issuedOn: day,
    amendments: z.array(notice).max(5, "at most 5 amending notices").optional(),
    periods: z.array(holidayPeriodSchema, { error: "periods must be a list" }).min(1, "give at least one break").max(12, "at most 12 breaks"),
    /** The version the year was loaded at, to correct an existing year; omitted to add a new one. */
    expectedVersion: z.number({ error: "expectedVersion must be a number" }).int().positive().optional(),
    reason: text("reason", 2000),
    evidenceUrl: z.url({ error: "evidenceUrl must be an http(s) URL", protocol: /^https?$/ }).max(2000).nullable().optional(),
    noEvidence: z.boolean({ error: "noEvidence must be true or false" }).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    if (!input.evidenceUrl && !input.noEvidence) {
      context.addIssue({ code: "custom", path: ["evidenceUrl"], message: "Give the notice's URL as evidenceUrl, or noEvidence: true." });
    }
    for (const problem of [...validateNoticeDate(input.year, input.issuedOn), ...validateHolidayPeriods(input.year, input.periods)]) {
      context.addIssue({ code: "custom", path: problem.field.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message: problem.message });
    }
  });

export type SaveHolidayYearInput = z.infer<typeof saveHolidayYearSchema>;
