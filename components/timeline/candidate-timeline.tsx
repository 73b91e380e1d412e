// The candidate page's timeline section: rows are built on the server from the detail query (pure, see
// lib/timeline/candidate-rows); the chart that zooms and focuses runs on the client.
import { toDayKey } from "@/lib/domain/calendar-day";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { buildCandidateTimeline, type CandidateTimelineInput } from "@/lib/timeline/candidate-rows";
import { CandidateTimelineChart } from "@/components/timeline/candidate-timeline-chart";

type Props = { candidate: CandidateTimelineInput & { id: number; nameEn: string }; today: Date; calendar: WorkingCalendar };

export function CandidateTimeline({ candidate, today, calendar }: Props) {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-2">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        Timeline
      </h2>
      <CandidateTimelineChart
        programmes={buildCandidateTimeline(candidate, today, calendar)}
        today={toDayKey(today)}
        candidateId={candidate.id}
        candidateName={candidate.nameEn}
      />
    </section>
  );
}
