import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BilingualName, DataList, langOfMixedText, langOfText } from "@/components/ui/bilingual-name";
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { primaryName, secondaryName } from "@/lib/i18n/names";
import { ConfidenceBadge, IllustrativeBadge } from "@/components/ui/badges";
import { EnumLabel } from "@/components/ui/enum-label";
import { SourceLink } from "@/components/ui/source-link";
import { PartialDate } from "@/components/ui/partial-date";
import { ApplicationReviewClock } from "@/components/timeline/application-review-clock";
import { CandidateTimeline } from "@/components/timeline/candidate-timeline";
import { serverToday } from "@/lib/today";
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import { PredictedDecisionText } from "@/components/insights/predicted-decision";
import { runningReviewWindow } from "@/lib/candidates/application-windows";
import { CandidateWorkflow } from "@/components/workflow/candidate-workflow";
import { CandidateWatch } from "@/components/watch/candidate-watch";
import { ListingProvincialAccess } from "@/components/provincial-access/listing-provincial-access";
import { buildChronology, type ChronologyEntry } from "@/lib/candidates/chronology";
import { comparableStats, getCandidateDetail, type CandidateDetail } from "@/lib/candidates/queries";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

async function loadCandidate(idParam: string): Promise<CandidateDetail> {
  // Ids are PostgreSQL integers: anything that is not one cannot name a record.
  if (!/^\d{1,9}$/.test(idParam) || Number(idParam) === 0) notFound();
  const id = Number(idParam);
  const candidate = await getCandidateDetail(id);
  if (!candidate) notFound();
  return candidate;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const candidate = await loadCandidate(id);
  const locale = await getLocale();
  const other = secondaryName(candidate, locale);
  return { title: other ? `${primaryName(candidate, locale)} ${other}` : candidate.nameEn };
}

export default async function CandidatePage({ params }: Params) {
  const { id } = await params;
  const [candidate, t, locale] = await Promise.all([loadCandidate(id), getTranslations("candidate"), getLocale()]);
  const chronology = buildChronology(candidate);
  const today = serverToday();
  const calendar = await getWorkingCalendar();
  const stats = await comparableStats(today, calendar);
  const programName = new Map(candidate.programs.map((program) => [program.id, primaryName({ nameEn: program.indicationEn, nameZh: program.indicationZh }, locale)]));
  const company = (record: { nameEn: string; nameZh: string | null } | null) =>
    record ? <BilingualName en={record.nameEn} zh={record.nameZh} locale={locale} /> : "—";
  const list = (items: string[]) => <DataList items={items} locale={locale} />;

  return (
    <article className="space-y-6">
      <nav className="text-sm">
        <Link href="/" className="text-blue-700 hover:underline">
          {t("backToDashboard")}
        </Link>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold" data-testid="candidate-name">
          <BilingualName en={candidate.nameEn} zh={candidate.nameZh} locale={locale} withOther />
          {candidate.illustrative ? <IllustrativeBadge /> : null}
        </h1>
        <CandidateWatch candidateId={candidate.id} />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Fact label={t("facts.class")}>
            <EnumLabel vocabulary="MechanismClass" value={candidate.mechanismClass} />
          </Fact>
          <Fact label={t("facts.modality")}>
            <EnumLabel vocabulary="Modality" value={candidate.modality} />
          </Fact>
          <Fact label={t("facts.leadStage")}>
            <EnumLabel vocabulary="ProgramStage" value={candidate.leadStage} />
          </Fact>
          <Fact label={t("facts.codeNames")}>{list(candidate.codeNames)}</Fact>
          <Fact label={t("facts.brands")}>{list(locale === "zh-CN" ? [...candidate.brandNamesZh, ...candidate.brandNamesEn] : [...candidate.brandNamesEn, ...candidate.brandNamesZh])}</Fact>
          <Fact label={t("facts.targets")}>{list(candidate.targets)}</Fact>
          <Fact label={t("facts.originator")}>{company(candidate.originator)}</Fact>
          <Fact label={t("facts.chinaRights")}>{company(candidate.chinaRightsHolder)}</Fact>
          <Fact label={t("facts.researchOnly")}>{candidate.researchOnly ? t("researchOnlyYes") : (await getTranslations("common"))("no")}</Fact>
        </dl>
        {candidate.notes ? <p className="text-sm text-slate-700" lang={langOfMixedText(candidate.notes)}>{candidate.notes}</p> : null}
      </header>

      <section aria-labelledby="programs-heading" className="space-y-3">
        <h2 id="programs-heading" className="text-lg font-semibold">
          {t("programmes")}
        </h2>
        {candidate.programs.length === 0 ? <p className="text-sm text-slate-600">{t("noProgrammes")}</p> : null}
        {candidate.programs.map((program) => (
          <div key={program.id} className="rounded-md border border-slate-200 bg-white p-4" data-testid="program">
            <h3 className="font-medium">
              <BilingualName en={program.indicationEn} zh={program.indicationZh} locale={locale} withOther />
              {program.illustrative ? <IllustrativeBadge /> : null}
            </h3>
            <p className="text-sm text-slate-600">
              <EnumLabel vocabulary="ProgramStage" value={program.currentStage} /> ·{" "}
              <EnumLabel vocabulary="DrugCategory" value={program.drugCategory} />
              {program.registrationClass ? (
                <>
                  {" "}
                  · <EnumLabel vocabulary="RegistrationClass" value={program.registrationClass} />
                </>
              ) : null}{" "}
              · <EnumLabel vocabulary="Origin" value={program.origin} />
              {program.sponsor ? <> · {company(program.sponsor)}</> : null}
            </p>
            {program.applications.length > 0 ? (
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">{t("applications")}</caption>
                <thead className="text-left text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.acceptanceNumber")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.type")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.accepted")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.track")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.status")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.reviewClock")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.predictedDecision")}</th>
                    <th scope="col" className="py-1 pr-3 font-medium">{t("columns.source")}</th>
                  </tr>
                </thead>
                <tbody>
                  {program.applications.map((application) => (
                    <tr key={application.id} className="border-t border-slate-100" data-testid="application">
                      <td className="py-1 pr-3 font-mono">{application.acceptanceNumber}</td>
                      <td className="py-1 pr-3">
                        <EnumLabel vocabulary="ApplicationType" value={application.type} />
                      </td>
                      <td className="py-1 pr-3">
                        <PartialDate date={application.acceptanceDate} precision={application.acceptancePrecision} />
                      </td>
                      <td className="py-1 pr-3">
                        {application.reviewTrack ? <EnumLabel vocabulary="ReviewTrack" value={application.reviewTrack} /> : "—"}
                      </td>
                      <td className="py-1 pr-3">
                        <EnumLabel vocabulary="ApplicationStatus" value={application.status} />
                      </td>
                      <td className="py-1 pr-3">
                        <ApplicationReviewClock application={application} today={today} calendar={calendar} />
                      </td>
                      <td className="py-1 pr-3">
                        <PredictedDecisionText
                          window={runningReviewWindow(application, program.drugCategory, stats, calendar, today)}
                        />
                      </td>
                      <td className="py-1 pr-3">
                        <SourceLink url={application.sourceUrl} /> <ConfidenceBadge confidence={application.sourceConfidence} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {program.reimbursements.map((listing) => (
              <ListingProvincialAccess key={listing.id} listing={listing} />
            ))}
          </div>
        ))}
      </section>

      <CandidateTimeline candidate={candidate} today={today} calendar={calendar} />

      <section aria-labelledby="chronology-heading" className="space-y-2">
        <h2 id="chronology-heading" className="text-lg font-semibold">
          {t("chronology")}
        </h2>
        {chronology.length === 0 ? <p className="text-sm text-slate-600">{t("noEvents")}</p> : null}
        <ol className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white" data-testid="chronology">
          {chronology.map((entry) => (
            <ChronologyItem key={entry.key} entry={entry} programName={programName.get(entry.programId) ?? ""} locale={locale} t={t} />
          ))}
        </ol>
      </section>

      <CandidateWorkflow candidate={candidate} />
    </article>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const kindVocabulary = {
  stage: "ProgramStage",
  application: "ApplicationStatus",
  designation: null,
  reimbursement: null,
} as const;

type CandidateT = Awaited<ReturnType<typeof getTranslations<"candidate">>>;

/** What a chronology entry's subject names, in the interface's language: a programme type, a list and year. */
function subjectText(entry: ChronologyEntry, locale: Locale): string | null {
  if (!entry.subject) return null;
  const lang = dataLangOf(locale);
  if (entry.kind === "designation") return labelOf("DesignationType", entry.subject, lang);
  if (entry.kind === "reimbursement") {
    const [list = "", year = ""] = entry.subject.split(" ");
    return `${labelOf("ReimbursementList", list, lang)} ${year}`.trim();
  }
  return entry.subject.replaceAll("_", " ");
}

function ChronologyItem({ entry, programName, locale, t }: { entry: ChronologyEntry; programName: string; locale: Locale; t: CandidateT }) {
  const vocabulary = kindVocabulary[entry.kind];
  const subject = subjectText(entry, locale);
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="chronology-entry">
      <span className="w-28 shrink-0 tabular-nums text-slate-700">
        <PartialDate date={entry.date} precision={entry.precision} />
      </span>
      <span className="w-28 shrink-0 text-xs uppercase tracking-wide text-slate-500">{t("kind", { kind: entry.kind })}</span>
      <span className="min-w-0 flex-1">
        {vocabulary ? (
          <EnumLabel vocabulary={vocabulary} value={entry.code} />
        ) : (
          t(entry.kind === "designation" ? "designationStep" : "reimbursementStep", { code: entry.code })
        )}
        {subject ? <span className="ml-2 text-slate-600" lang={entry.kind === "designation" || entry.kind === "reimbursement" ? undefined : "en"}>{subject}</span> : null}
        <span className="ml-2 text-slate-500">(<span lang={langOfText(programName)}>{programName}</span>)</span>
        {entry.illustrative ? <IllustrativeBadge /> : null}
      </span>
      <span className="flex items-center gap-2">
        <SourceLink url={entry.sourceUrl} />
        <ConfidenceBadge confidence={entry.sourceConfidence} />
      </span>
    </li>
  );
}
