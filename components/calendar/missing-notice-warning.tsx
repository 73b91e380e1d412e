// The banner of the dashboard and the calendar page: next year's holiday notice is not on file, so the
// deadlines in it are provisional; links to the form that adds it.
import Link from "next/link";
import { useLocale } from "next-intl";
import { CALENDAR_MESSAGES } from "@/lib/calendar/messages";
import { missingNoticeYear } from "@/lib/calendar/missing-notice";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";

export function MissingNoticeWarning({ calendar, today }: { calendar: WorkingCalendar; today: Date }) {
  const locale = useLocale();
  const year = missingNoticeYear(calendar, today);
  if (year === null) return null;
  const words = CALENDAR_MESSAGES[locale === "zh-CN" ? "zh" : "en"];
  return (
    <p role="status" data-testid="missing-notice-warning" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {words.missingNotice(year)}{" "}
      <Link href={`/admin/calendar?year=${year}#year-form`} className="font-medium underline">
        {words.addNotice(year)}
      </Link>
    </p>
  );
}
