import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfidenceBadge, IllustrativeBadge } from "@/components/ui/badges";
import { EnumLabel } from "@/components/ui/enum-label";
import { SourceLink } from "@/components/ui/source-link";
import { PartialDate } from "@/components/ui/partial-date";
import { ApplicationReviewClock } from "@/components/timeline/application-review-clock";
import { CandidateTimeline } from "@/components/timeline/candidate-timeline";
import { getToday } from "@/lib/today";
import { CandidateWorkflow } from "@/components/workflow/candidate-workflow";
import { CandidateWatch } from "@/components/watch/candidate-watch";
import { buildChronology, type ChronologyEntry } from "@/lib/candidates/chronology";
import { getCandidateDetail, type CandidateDetail } from "@/lib/candidates/queries";

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
  return { title: candidate.nameZh ? `${candidate.nameEn} ${candidate.nameZh}` : candidate.nameEn };
}

export default async function CandidatePage({ params }: Params) {
  const { id } = await params;
  const candidate = await loadCandidate(id);
  const chronology = buildChronology(candidate);
  const today = getToday();
  const programName = new Map(candidate.programs.map((program) => [program.id, program.indicationEn]));

  return (
    <article className="space-y-6">
      <nav className="text-sm">
        <Link href="/" className="text-blue-700 hover:underline">
          ← Dashboard
        </Link>
      </nav>
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold" data-testid="candidate-name">
          {candidate.nameEn}
          {candidate.nameZh ? <span className="ml-3 font-normal text-slate-600">{candidate.nameZh}</span> : null}
          {candidate.illustrative ? <IllustrativeBadge /> : null}
        </h1>
        <CandidateWatch candidateId={candidate.id} />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
          <Fact label="Class">
            <EnumLabel vocabulary="MechanismClass" value={candidate.mechanismClass} />
          </Fact>
          <Fact label="Modality">
            <EnumLabel vocabulary="Modality" value={candidate.modality} />
          </Fact>
          <Fact label="Lead stage">
            <EnumLabel vocabulary="ProgramStage" value={candidate.leadStage} />
          </Fact>
          <Fact label="Code names">{candidate.codeNames.join(", ") || "—"}</Fact>
          <Fact label="Brands">{[...candidate.brandNamesEn, ...candidate.brandNamesZh].join(", ") || "—"}</Fact>
          <Fact label="Targets">{candidate.targets.join(", ") || "—"}</Fact>
          <Fact label="Originator">{candidate.originator?.nameEn ?? "—"}</Fact>
          <Fact label="China rights">{candidate.chinaRightsHolder?.nameEn ?? "—"}</Fact>
          <Fact label="Research only">{candidate.researchOnly ? "Yes (no regulatory path)" : "No"}</Fact>
        </dl>
        {candidate.notes ? <p className="text-sm text-slate-700">{candidate.notes}</p> : null}
      </header>

      <section aria-labelledby="programs-heading" className="space-y-3">
        <h2 id="programs-heading" className="text-lg font-semibold">
          Programmes
        </h2>
        {candidate.programs.length === 0 ? <p className="text-sm text-slate-600">No programmes recorded.</p> : null}
        {candidate.programs.map((program) => (
          <div key={program.id} className="rounded-md border border-slate-200 bg-white p-4" data-testid="program">
            <h3 className="font-medium">
              {program.indicationEn}
              {program.indicationZh ? <span className="ml-2 text-slate-600">{program.indicationZh}</span> : null}
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
              {program.sponsor ? ` · ${program.sponsor.nameEn}` : null}
            </p>
            {program.applications.length > 0 ? (
              <table className="mt-3 w-full text-sm">
                <caption className="sr-only">Applications</caption>
                <thead className="text-left text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-medium">受理号</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Type</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Accepted</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Track</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Status</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Review clock</th>
                    <th scope="col" className="py-1 pr-3 font-medium">Source</th>
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
                        <ApplicationReviewClock application={application} today={today} />
                      </td>
                      <td className="py-1 pr-3">
                        <SourceLink url={application.sourceUrl} /> <ConfidenceBadge confidence={application.sourceConfidence} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </div>
        ))}
      </section>

      <CandidateTimeline candidate={candidate} today={today} />

      <section aria-labelledby="chronology-heading" className="space-y-2">
        <h2 id="chronology-heading" className="text-lg font-semibold">
          Chronology
        </h2>
        {chronology.length === 0 ? <p className="text-sm text-slate-600">No dated events recorded.</p> : null}
        <ol className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white" data-testid="chronology">
          {chronology.map((entry) => (
            <ChronologyItem key={entry.key} entry={entry} programName={programName.get(entry.programId) ?? ""} />
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

function ChronologyItem({ entry, programName }: { entry: ChronologyEntry; programName: string }) {
  const vocabulary = kindVocabulary[entry.kind];
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="chronology-entry">
      <span className="w-24 shrink-0 font-mono text-slate-700">
        <PartialDate date={entry.date} precision={entry.precision} />
      </span>
      <span className="w-28 shrink-0 text-xs uppercase tracking-wide text-slate-500">{entry.kind}</span>
      <span className="min-w-0 flex-1">
        {vocabulary ? <EnumLabel vocabulary={vocabulary} value={entry.code} /> : entry.code.replaceAll("_", " ").toLowerCase()}
        {entry.subject ? <span className="ml-2 text-slate-600">{entry.subject.replaceAll("_", " ")}</span> : null}
        <span className="ml-2 text-slate-500">({programName})</span>
        {entry.illustrative ? <IllustrativeBadge /> : null}
      </span>
      <span className="flex items-center gap-2">
        <SourceLink url={entry.sourceUrl} />
        <ConfidenceBadge confidence={entry.sourceConfidence} />
      </span>
    </li>
  );
}
