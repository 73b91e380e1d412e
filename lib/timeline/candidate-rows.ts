// The candidate page's timeline: programmes (indications), each with a row for its stage milestones and one
// row per application, designation and reimbursement listing, so every step sits beside its siblings.
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import type { ProgramStage } from "@/generated/prisma/enums";
import { labelOf, type Lang } from "@/lib/domain/vocabulary";
import type { ReviewClockSummary } from "@/lib/domain/application-clock";
import { isReviewBar } from "@/lib/timeline/item-order";
import { buildProgramItems, type RowKey, type TimelineItem, type TimelineProgramRecord } from "@/lib/timeline/items";
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

export type CandidateTimelineProgramme = {
  id: number;
  title: string;
  subtitle: string;
  /** The parts of title and subtitle, for showing each in its own language. */
  indication: { en: string; zh: string | null };
  stage: string;
  sponsor: string | null;
  rows: CandidateTimelineRow[];
};

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
/** The words of the rows that are not data, in the interface's language. */
export type CandidateRowWords = { lang: Lang; stages: string; stagesDetail: string; noTrack: string };
const ENGLISH_ROW_WORDS: CandidateRowWords = { lang: "en", stages: "Stages", stagesDetail: "development milestones", noTrack: "no review track" };

export function buildCandidateTimeline(candidate: CandidateTimelineInput, today: Date, calendar: WorkingCalendar, words: CandidateRowWords = ENGLISH_ROW_WORDS): CandidateTimelineProgramme[] {
  const { lang } = words;
  const zh = lang === "zh";
  return candidate.programs.map((program) => {
    const items = buildProgramItems(program, { today, detail: "candidate", calendar });
    const itemsOf = (key: RowKey) => items.filter((item) => item.row === key);
    const rows: CandidateTimelineRow[] = [row("stages", words.stages, words.stagesDetail, itemsOf("stages"))];
    for (const application of program.applications) {
      const key: RowKey = `application-${application.id}`;
      const track = application.reviewTrack ? labelOf("ReviewTrack", application.reviewTrack, lang) : words.noTrack;
      rows.push(row(key, `${application.type} ${application.acceptanceNumber}`, `${track} · ${labelOf("ApplicationStatus", application.status, lang)}`, itemsOf(key)));
    }
    for (const designation of program.designations) {
      const key: RowKey = `designation-${designation.id}`;
      rows.push(row(key, labelOf("DesignationType", designation.type, lang), labelOf("DesignationState", designation.state, lang), itemsOf(key)));
    }
    for (const listing of program.reimbursements) {
      const key: RowKey = `reimbursement-${listing.id}`;
      rows.push(row(key, `${labelOf("ReimbursementList", listing.list, lang)} ${listing.listYear}`, labelOf("ReimbursementState", listing.state, lang), itemsOf(key)));
    }
    return {
      id: program.id,
      title: program.indicationZh ? (zh ? `${program.indicationZh} ${program.indicationEn}` : `${program.indicationEn} ${program.indicationZh}`) : program.indicationEn,
      subtitle: [labelOf("ProgramStage", program.currentStage, lang), program.sponsor?.nameEn].filter(Boolean).join(" · "),
      indication: { en: program.indicationEn, zh: program.indicationZh },
      stage: labelOf("ProgramStage", program.currentStage, lang),
      sponsor: program.sponsor?.nameEn ?? null,
      rows: rows.filter((candidateRow) => candidateRow.items.length > 0),
    };
  });
}
