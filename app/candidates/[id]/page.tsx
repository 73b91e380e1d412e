import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import { withPageMessages } from "@/components/i18n/page-messages";
import { BilingualName, DataList, langOfMixedText } from "@/components/ui/bilingual-name";
import { primaryName, secondaryName } from "@/lib/i18n/names";
import { IllustrativeBadge } from "@/components/ui/badges";
import { EnumLabel } from "@/components/ui/enum-label";
import { CandidateTimeline } from "@/components/timeline/candidate-timeline";
import { serverToday } from "@/lib/today";
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import { CandidateSummary } from "@/components/candidate/candidate-summary";
import { ChronologyItem } from "@/components/candidate/chronology-item";
import { ProgrammeCard } from "@/components/candidate/programme-card";
import { CandidateSectionNav } from "@/components/candidate/section-nav";
import { CandidateWorkflow } from "@/components/workflow/candidate-workflow";
import { loadEditContext } from "@/components/workflow/edit-context";
import { CandidateActions } from "@/components/workflow/record-actions";
import { CandidateWatch } from "@/components/watch/candidate-watch";
import { buildChronology } from "@/lib/candidates/chronology";
import { latestRegulatoryChange } from "@/lib/candidates/last-regulatory-change";
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

async function CandidatePageContent({ params }: Params) {
  const { id } = await params;
  const [candidate, t, locale] = await Promise.all([loadCandidate(id), getTranslations("candidate"), getLocale()]);
  const chronology = buildChronology(candidate);
  const today = serverToday();
  const [calendar, edit, tCommon] = await Promise.all([getWorkingCalendar(), loadEditContext(), getTranslations("common")]);
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
      <header className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h1 className="min-w-0 text-2xl font-semibold" data-testid="candidate-name">
            <BilingualName en={candidate.nameEn} zh={candidate.nameZh} locale={locale} withOther />
            {candidate.illustrative ? <IllustrativeBadge /> : null}
          </h1>
          <div className="flex flex-wrap items-center gap-2">
            <CandidateWatch candidateId={candidate.id} />
            {edit ? <CandidateActions candidate={candidate} edit={edit} /> : null}
          </div>
        </div>
        <CandidateSummary candidate={candidate} lastChange={latestRegulatoryChange(chronology)} today={today} calendar={calendar} />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Fact label={t("facts.class")}>
            <EnumLabel vocabulary="MechanismClass" value={candidate.mechanismClass} />
          </Fact>
          <Fact label={t("facts.modality")}>
            <EnumLabel vocabulary="Modality" value={candidate.modality} />
          </Fact>
          <Fact label={t("facts.codeNames")}>{list(candidate.codeNames)}</Fact>
          <Fact label={t("facts.brands")}>{list(locale === "zh-CN" ? [...candidate.brandNamesZh, ...candidate.brandNamesEn] : [...candidate.brandNamesEn, ...candidate.brandNamesZh])}</Fact>
          <Fact label={t("facts.targets")}>{list(candidate.targets)}</Fact>
          <Fact label={t("facts.originator")}>{company(candidate.originator)}</Fact>
          <Fact label={t("facts.chinaRights")}>{company(candidate.chinaRightsHolder)}</Fact>
          <Fact label={t("facts.researchOnly")}>{candidate.researchOnly ? t("researchOnlyYes") : tCommon("no")}</Fact>
        </dl>
        {candidate.notes ? <p className="text-sm text-slate-700" lang={langOfMixedText(candidate.notes)}>{candidate.notes}</p> : null}
      </header>

      <CandidateSectionNav />

      <section id="programmes" aria-labelledby="programs-heading" className="scroll-mt-14 space-y-3">
        <h2 id="programs-heading" className="text-lg font-semibold">
          {t("programmes")}
        </h2>
        {candidate.programs.length === 0 ? <p className="text-sm text-slate-600">{t("noProgrammes")}</p> : null}
        {candidate.programs.map((program) => (
          <ProgrammeCard key={program.id} program={program} edit={edit} today={today} calendar={calendar} stats={stats} />
        ))}
      </section>

      <CandidateTimeline candidate={candidate} today={today} calendar={calendar} />

      <section id="chronology" aria-labelledby="chronology-heading" className="scroll-mt-14 space-y-2">
        <h2 id="chronology-heading" className="text-lg font-semibold">
          {t("chronology")}
        </h2>
        {chronology.length === 0 ? <p className="text-sm text-slate-600">{t("noEvents")}</p> : null}
        <ol className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white" data-testid="chronology">
          {chronology.map((entry) => (
            <ChronologyItem key={entry.key} entry={entry} programName={programName.get(entry.programId) ?? ""} />
          ))}
        </ol>
      </section>

      <CandidateWorkflow candidateId={candidate.id} />
    </article>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </div>
  );
}

export default withPageMessages("timeline", CandidatePageContent);
