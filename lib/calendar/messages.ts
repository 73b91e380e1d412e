// The provisional-deadline phrases of the timeline's pure describe functions (lib/timeline/describe.ts),
// which take a language rather than a translator. Every other string of the calendar feature (the admin
// page, its form, the missing-notice warning) is in the `calendar` catalogue (messages/<locale>/calendar.json).
export type CalendarLang = "en" | "zh";

export const CALENDAR_MESSAGES = {
  en: {
    provisionalDeadline: (day: string) => `≈ ${day} (provisional calendar)`,
    provisionalDeadlineSentence: (day: string) =>
      `statutory deadline ≈ ${day} (provisional calendar: no State Council holiday notice on file for a year it crosses)`,
  },
  zh: {
    provisionalDeadline: (day: string) => `约 ${day}（暂定日历）`,
    provisionalDeadlineSentence: (day: string) => `法定期限约 ${day}（暂定日历：所跨年份尚无国务院放假安排通知）`,
  },
} as const;
