// One programme on the candidate page: its facts, its applications (a table that scrolls inside its own frame
// on a phone), its designations and listings, each with its own actions when the visitor may edit.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PredictedDecisionText } from "@/components/insights/predicted-decision";
import { ListingProvincialAccess } from "@/components/provincial-access/listing-provincial-access";
import { ApplicationReviewClock } from "@/components/timeline/application-review-clock";
import { ConfidenceBadge, IllustrativeBadge } from "@/components/ui/badges";
import { BilingualName } from "@/components/ui/bilingual-name";
import { EnumLabel } from "@/components/ui/enum-label";
import { HeaderRow } from "@/components/ui/header-row";
import { PartialDate } from "@/components/ui/partial-date";
import { SourceLink } from "@/components/ui/source-link";
import { ApplicationActions, DesignationActions, ListingActions, ProgrammeActions, type EditContext } from "@/components/workflow/record-actions";
import { runningReviewWindow } from "@/lib/candidates/application-windows";
import type { CandidateDetail } from "@/lib/candidates/queries";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import type { Locale } from "@/lib/i18n/config";
import type { ComparableStats } from "@/lib/insights/decision-window-stats";

type Program = CandidateDetail["programs"][number];
type Props = { program: Program; edit: EditContext | null; today: Date; calendar: WorkingCalendar; stats: ComparableStats };

const cell = "py-1.5 pr-3 align-top";

export function ProgrammeCard({ program, edit, today, calendar, stats }: Props) {
  const locale = useLocale() as Locale;
  const company = (record: { nameEn: string; nameZh: string | null } | null) => (record ? <BilingualName en={record.nameEn} zh={record.nameZh} locale={locale} /> : "—");
  return (
    <div className="space-y-3 rounded-md border border-slate-200 bg-white p-4" data-testid="program">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-medium">
            <BilingualName en={program.indicationEn} zh={program.indicationZh} locale={locale} withOther />
            {program.illustrative ? <IllustrativeBadge /> : null}
          </h3>
          <p className="text-sm text-slate-600">
            <EnumLabel vocabulary="ProgramStage" value={program.currentStage} /> · <EnumLabel vocabulary="DrugCategory" value={program.drugCategory} />
            {program.registrationClass ? (
              <>
                {" "}
                · <EnumLabel vocabulary="RegistrationClass" value={program.registrationClass} />
              </>
            ) : null}{" "}
            · <EnumLabel vocabulary="Origin" value={program.origin} />
            {program.sponsor ? <> · {company(program.sponsor)}</> : null}
          </p>
        </div>
        {edit ? <ProgrammeActions program={program} edit={edit} /> : null}
      </div>
      {program.applications.length > 0 ? <ApplicationsTable program={program} edit={edit} today={today} calendar={calendar} stats={stats} /> : null}
      <RecordList testId="designations" items={program.designations.map((designation) => ({
        id: designation.id,
        testId: `designation-${designation.id}`,
        text: (
          <>
            <EnumLabel vocabulary="DesignationType" value={designation.type} />:{" "}
            <span data-testid="designation-state">
              <EnumLabel vocabulary="DesignationState" value={designation.state} />
            </span>
          </>
        ),
        source: designation.sourceUrl,
        actions: edit ? <DesignationActions designation={designation} edit={edit} /> : null,
      }))} />
      <RecordList testId="listings" items={program.reimbursements.map((listing) => ({
        id: listing.id,
        testId: `listing-${listing.id}`,
        text: (
          <>
            <EnumLabel vocabulary="ReimbursementList" value={listing.list} /> {listing.listYear}:{" "}
            <span data-testid="listing-state">
              <EnumLabel vocabulary="ReimbursementState" value={listing.state} />
            </span>
          </>
        ),
        source: listing.sourceUrl,
        actions: edit ? <ListingActions listing={listing} edit={edit} /> : null,
      }))} />
      {program.reimbursements.map((listing) => (
        <ListingProvincialAccess key={listing.id} listing={listing} />
      ))}
    </div>
  );
}

function RecordList({ items, testId }: { items: { id: number; testId: string; text: ReactNode; source: string | null; actions: ReactNode }[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="divide-y divide-slate-100 border-t border-slate-100 text-sm" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5" data-testid={item.testId}>
          <span className="min-w-0">
            {item.text} <SourceLink url={item.source} />
          </span>
          {item.actions}
        </li>
      ))}
    </ul>
  );
}

function ApplicationsTable({ program, edit, today, calendar, stats }: Omit<Props, "program"> & { program: Program }) {
  const t = useTranslations("candidate");
  const tOverview = useTranslations("candidateOverview");
  return (
    // Its own scrolling frame: at phone width the table scrolls sideways, the page does not.
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label={t("applications")}>
      <table className="w-full min-w-[62rem] text-sm">
        <caption className="sr-only">{t("applications")}</caption>
        <thead className="text-left text-slate-600">
          <HeaderRow
            columns={[
              ...(["acceptanceNumber", "type", "accepted", "track", "status", "reviewClock", "predictedDecision", "source"] as const).map((column) => t(`columns.${column}`)),
              ...(edit ? [tOverview("actionsColumn")] : []),
            ]}
          />
        </thead>
        <tbody>
          {program.applications.map((application) => (
            <tr key={application.id} className="border-t border-slate-100" data-testid="application" data-application-id={application.id}>
              <td className={`${cell} font-mono`}>{application.acceptanceNumber}</td>
              <td className={cell}>
                <EnumLabel vocabulary="ApplicationType" value={application.type} />
              </td>
              <td className={cell}>
                <PartialDate date={application.acceptanceDate} precision={application.acceptancePrecision} />
              </td>
              <td className={cell}>{application.reviewTrack ? <EnumLabel vocabulary="ReviewTrack" value={application.reviewTrack} /> : "—"}</td>
              <td className={cell} data-testid="application-status">
                <EnumLabel vocabulary="ApplicationStatus" value={application.status} />
              </td>
              <td className={cell}>
                <ApplicationReviewClock application={application} today={today} calendar={calendar} />
              </td>
              <td className={cell}>
                <PredictedDecisionText window={runningReviewWindow(application, program.drugCategory, stats, calendar, today)} />
              </td>
              <td className={cell}>
                <SourceLink url={application.sourceUrl} /> <ConfidenceBadge confidence={application.sourceConfidence} />
              </td>
              {edit ? (
                <td className={cell}>
                  <ApplicationActions application={application} edit={edit} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
