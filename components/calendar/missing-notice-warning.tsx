// The banner of the dashboard and the calendar page: next year's holiday notice is not on file, so the
// deadlines in it are provisional; links to the form that adds it.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { missingNoticeYear } from "@/lib/calendar/missing-notice";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";

export function MissingNoticeWarning({ calendar, today }: { calendar: WorkingCalendar; today: Date }) {
  const t = useCompiled(useTranslations("calendar"));
  const year = missingNoticeYear(calendar, today);
  if (year === null) return null;
  return (
    <p role="status" data-testid="missing-notice-warning" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      {t("missingNotice", { year: String(year) })}{" "}
      <Link href={`/admin/calendar?year=${year}#year-form`} className="font-medium underline">
        {t("addNotice", { year: String(year) })}
      </Link>
    </p>
  );
}
