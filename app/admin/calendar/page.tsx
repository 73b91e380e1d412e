import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { HolidayYearForm, type HolidayYearFormValues } from "@/components/calendar/holiday-year-form";
import { MissingNoticeWarning } from "@/components/calendar/missing-notice-warning";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import { listHolidayYears, toHolidayYear } from "@/lib/calendar/holiday-years";
import { getTranslations } from "@/lib/i18n/server-translations";
import { prisma } from "@/lib/db";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { HolidayYear } from "@/lib/domain/china-holidays";
import { deriveProvisionalYear } from "@/lib/domain/provisional-holidays";
import { serverToday } from "@/lib/today";
import { withPageMessages } from "@/components/i18n/page-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const count = (entry: HolidayYear, list: "daysOff" | "makeupWorkdays") => entry.periods.reduce((sum, period) => sum + period[list].length, 0);

async function CalendarPageContent({ searchParams }: Props) {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in?next=/admin/calendar");
  const t = await getTranslations("calendar");
  if (!hasRole(me, "ADMIN")) return <p className="text-sm text-slate-700">{t("onlyAdmins")}</p>;
  const [rows, calendar] = await Promise.all([listHolidayYears(prisma), getWorkingCalendar()]);
  const today = serverToday();
  const asked = Number((await searchParams).year);
  const formYear = Number.isInteger(asked) && asked >= 2000 && asked <= 2099 ? asked : calendar.lastOfficialYear + 1;
  const onFile = rows.find((row) => row.year === formYear);
  const initial: HolidayYearFormValues = onFile
    ? {
        year: onFile.year,
        noticeTitle: onFile.noticeTitle,
        documentNumber: onFile.documentNumber,
        issuedOn: toDayKey(onFile.issuedOn),
        periods: toHolidayYear(onFile).periods.map((period) => ({ ...period })),
        version: onFile.version,
      }
    : {
        year: formYear,
        noticeTitle: `国务院办公厅关于${formYear}年部分节假日安排的通知`,
        documentNumber: "",
        issuedOn: "",
        periods: deriveProvisionalYear(formYear).periods.map((period) => ({ ...period })),
        version: null,
      };
  const provisionalYears = [calendar.lastOfficialYear + 1, calendar.lastOfficialYear + 2];

  return (
    <section className="space-y-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <MissingNoticeWarning calendar={calendar} today={today} />
      <table className="text-sm" data-testid="holiday-years">
        <caption className="mb-1 text-left font-medium">{t("yearsHeading")}</caption>
        <thead>
          <tr className="border-b text-left">
            {[t("colYear"), t("colNotice"), t("colDocument"), t("colIssued"), t("colDaysOff"), t("colMakeup"), t("colSource")].map((label) => (
              <th key={label} className="px-2 py-1 font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const entry = toHolidayYear(row);
            return (
              <tr key={row.year} className="border-b" data-year={row.year} data-calendar="official">
                <td className="px-2 py-1 tabular-nums">
                  <a href={`/admin/calendar?year=${row.year}#year-form`} className="underline">
                    {row.year}
                  </a>
                </td>
                <td className="px-2 py-1" lang="zh-CN">{row.noticeTitle}</td>
                <td className="px-2 py-1">{row.documentNumber}</td>
                <td className="px-2 py-1 tabular-nums">{toDayKey(row.issuedOn)}</td>
                <td className="px-2 py-1 tabular-nums">{count(entry, "daysOff")}</td>
                <td className="px-2 py-1 tabular-nums">{count(entry, "makeupWorkdays")}</td>
                <td className="px-2 py-1">{t("official")}</td>
              </tr>
            );
          })}
          {provisionalYears.map((year) => {
            const entry = deriveProvisionalYear(year);
            return (
              <tr key={year} className="border-b italic text-slate-600" data-year={year} data-calendar="provisional">
                <td className="px-2 py-1 tabular-nums">
                  <a href={`/admin/calendar?year=${year}#year-form`} className="underline">
                    {year}
                  </a>
                </td>
                <td className="px-2 py-1" colSpan={3}>
                  —
                </td>
                <td className="px-2 py-1 tabular-nums">{count(entry, "daysOff")}</td>
                <td className="px-2 py-1 tabular-nums">{count(entry, "makeupWorkdays")}</td>
                <td className="px-2 py-1">{t("provisional")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {/* Keyed by year only: a save bumps the version, and remounting then would wipe the form's "Saved" message. */}
      <HolidayYearForm key={initial.year} initial={initial} />
    </section>
  );
}

// Its forms read messages the layout does not send to every page.
export default withPageMessages("calendar", CalendarPageContent);
