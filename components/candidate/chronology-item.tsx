// One dated fact of the candidate (lib/candidates/chronology.ts) in words: the chronology's rows and the
// summary's "last regulatory change" both read it through StepText.
import { useLocale, useTranslations } from "next-intl";
import { langOfText } from "@/components/ui/bilingual-name";
import { ConfidenceBadge, IllustrativeBadge } from "@/components/ui/badges";
import { EnumLabel } from "@/components/ui/enum-label";
import { PartialDate } from "@/components/ui/partial-date";
import { SourceLink } from "@/components/ui/source-link";
import type { ChronologyEntry } from "@/lib/candidates/chronology";
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf, type Locale } from "@/lib/i18n/config";

const kindVocabulary = {
  stage: "ProgramStage",
  application: "ApplicationStatus",
  designation: null,
  reimbursement: null,
} as const;

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

/** The step ("granted", "Under review") and its subject (a programme type, an acceptance number). */
export function StepText({ entry }: { entry: ChronologyEntry }) {
  const t = useTranslations("candidate");
  const locale = useLocale() as Locale;
  const vocabulary = kindVocabulary[entry.kind];
  const subject = subjectText(entry, locale);
  return (
    <>
      {vocabulary ? (
        <EnumLabel vocabulary={vocabulary} value={entry.code} />
      ) : (
        t(entry.kind === "designation" ? "designationStep" : "reimbursementStep", { code: entry.code })
      )}
      {subject ? <span className="ml-2 text-slate-600" lang={entry.kind === "designation" || entry.kind === "reimbursement" ? undefined : "en"}>{subject}</span> : null}
    </>
  );
}

export function ChronologyItem({ entry, programName }: { entry: ChronologyEntry; programName: string }) {
  const t = useTranslations("candidate");
  return (
    <li className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-3 py-2 text-sm" data-testid="chronology-entry">
      <span className="shrink-0 tabular-nums text-slate-700 sm:w-28">
        <PartialDate date={entry.date} precision={entry.precision} />
      </span>
      <span className="shrink-0 text-xs uppercase tracking-wide text-slate-500 sm:w-28">{t("kind", { kind: entry.kind })}</span>
      {/* On a phone the step takes its own line under the date, so long names wrap instead of overflowing. */}
      <span className="min-w-0 basis-full break-words sm:flex-1 sm:basis-0">
        <StepText entry={entry} />
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
