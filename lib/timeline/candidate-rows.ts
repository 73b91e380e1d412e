// The candidate page's timeline: programmes (indications), each with a row for its stage milestones and one
// row per application, designation and reimbursement listing, so every step sits beside its siblings.
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import type { ProgramStage } from "@/generated/prisma/enums";
import { labelOf } from "@/lib/domain/vocabulary";
import type { ReviewClockSummary } from "@/lib/review-clock/application-clock";
import { buildProgramItems, isReviewBar, type RowKey, type TimelineItem, type TimelineProgramRecord } from "@/lib/timeline/items";
import { packBars } from "@/lib/timeline/lanes";

export type CandidateTimelineRow = {
  key: RowKey;
  label: string;
  detail: string;
  clock: ReviewClockSummary | null;
  items: TimelineItem[];
  barRows: Record<string, number>;
  barRowCount: number;
};

export type CandidateTimelineProgramme = { id: number; title: string; subtitle: string; rows: CandidateTimelineRow[] };

export type CandidateTimelineInput = {
  programs: (TimelineProgramRecord & {
    indicationEn: string;
    indicationZh: string | null;
    currentStage: ProgramStage;
    sponsor: { nameEn: string } | null;
  })[];
};

function row(key: RowKey, label: string, detail: string, items: TimelineItem[]): CandidateTimelineRow {
  const { rows, count } = packBars(items);
  const review = items.find(isReviewBar);
  return { key, label, detail, clock: review?.clock ?? null, items, barRows: rows, barRowCount: count };
}

/** Rows in a fixed order (stages, applications, designations, listings); rows with no dated item are left out. */
export function buildCandidateTimeline(
  candidate: CandidateTimelineInput,
  today: Date,
  calendar: WorkingCalendar,
): CandidateTimelineProgramme[] {
  return candidate.programs.map((program) => {
    const items = buildProgramItems(program, { today, detail: "candidate", calendar });
    const itemsOf = (key: RowKey) => items.filter((item) => item.row === key);
    const rows: CandidateTimelineRow[] = [row("stages", "Stages", "development milestones", itemsOf("stages"))];
    for (const application of program.applications) {
      const key: RowKey = `application-${application.id}`;
      const track = application.reviewTrack ? labelOf("ReviewTrack", application.reviewTrack) : "no review track";
      rows.push(row(key, `${application.type} ${application.acceptanceNumber}`, `${track} · ${labelOf("ApplicationStatus", application.status)}`, itemsOf(key)));
    }
    for (const designation of program.designations) {
      const key: RowKey = `designation-${designation.id}`;
      rows.push(row(key, labelOf("DesignationType", designation.type), labelOf("DesignationState", designation.state), itemsOf(key)));
    }
    for (const listing of program.reimbursements) {
      const key: RowKey = `reimbursement-${listing.id}`;
      rows.push(row(key, `${labelOf("ReimbursementList", listing.list)} ${listing.listYear}`, labelOf("ReimbursementState", listing.state), itemsOf(key)));
    }
    return {
      id: program.id,
      title: program.indicationZh ? `${program.indicationEn} ${program.indicationZh}` : program.indicationEn,
      subtitle: [labelOf("ProgramStage", program.currentStage), program.sponsor?.nameEn].filter(Boolean).join(" · "),
      rows: rows.filter((candidateRow) => candidateRow.items.length > 0),
    };
  });
}
