// The candidate page's timeline section: rows are built on the server from the detail query (pure, see
// lib/timeline/candidate-rows); the chart that zooms and focuses runs on the client.
import { useLocale, useTranslations } from "next-intl";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { dataLangOf } from "@/lib/i18n/config";
import { primaryName } from "@/lib/i18n/names";
import { buildCandidateTimeline, type CandidateTimelineInput } from "@/lib/timeline/candidate-rows";
import { CandidateTimelineChart } from "@/components/timeline/candidate-timeline-chart";

type Props = { candidate: CandidateTimelineInput & { id: number; nameEn: string; nameZh: string | null }; today: Date; calendar: WorkingCalendar };

export function CandidateTimeline({ candidate, today, calendar }: Props) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const words = { lang: dataLangOf(locale), stages: t("rowStages"), stagesDetail: t("rowStagesDetail"), noTrack: t("noTrack") };
  return (
    <section id="timeline" aria-labelledby="timeline-heading" className="scroll-mt-14 space-y-2">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t("sectionTitle")}
      </h2>
      <CandidateTimelineChart
        programmes={buildCandidateTimeline(candidate, today, calendar, words)}
        today={toDayKey(today)}
        candidateId={candidate.id}
        candidateName={primaryName(candidate, locale)}
      />
    </section>
  );
}
