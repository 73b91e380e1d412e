// Illustrative decided NDA reviews, so the insights' review-duration chart and the predicted decision window
// have a history to compare with. The sourced candidates hold only a handful of decided reviews with exact
// dates; these six fictional candidates add 30 (five indications each), with durations drawn around the statutory limits (standard
// 200, priority 130 working days), some with a 发补 clock stop. Every record is marked illustrative.
// Deterministic (a fixed linear congruential sequence), so every seed is the same.
import type { DrugCategory, MechanismClass, ReviewTrack } from "@/generated/prisma/enums";
import { addCalendarDays, toDayKey, utcDay } from "@/lib/domain/calendar-day";
import { addWorkingDays } from "@/lib/domain/china-calendar";
import type { SeedApplication, SeedCandidate, SeedDesignation, SeedProgram } from "./data.ts";

const FICTIONAL_NOTE =
  "ILLUSTRATIVE: fictional candidate and sponsor, a reference review history: decided NDA reviews with durations chosen around the statutory limits, for the insights and the predicted decision window.";

const INDICATIONS = [
  { indicationEn: "Type 2 diabetes mellitus", indicationZh: "2型糖尿病" },
  { indicationEn: "Obesity / overweight with comorbidity", indicationZh: "肥胖症/超重伴合并症" },
  { indicationEn: "Metabolic dysfunction-associated steatohepatitis (MASH)", indicationZh: "代谢相关脂肪性肝炎" },
  { indicationEn: "Obstructive sleep apnoea with obesity", indicationZh: "肥胖伴阻塞性睡眠呼吸暂停" },
  { indicationEn: "Heart failure with preserved ejection fraction (HFpEF)", indicationZh: "射血分数保留的心力衰竭" },
] as const;

const CLASSES: readonly MechanismClass[] = ["GLP1_RA", "GIP_GLP1_RA", "GLP1_RA", "GCG_GLP1_RA", "GLP1_RA"];

function sequence(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

type Plan = { track: ReviewTrack; category: DrugCategory; workingDays: number; stop: number | null; acceptance: Date };

function reviewPlan(index: number, random: () => number): Plan {
  // 30 reviews: 14 standard chemical, 10 priority chemical, 6 standard biological (fewer than 8 comparable: the
  // fallback shows too).
  const track: ReviewTrack = index >= 14 && index < 24 ? "PRIORITY_130" : "STANDARD_200";
  const category: DrugCategory = index >= 24 ? "BIOLOGICAL" : "CHEMICAL";
  const limit = track === "PRIORITY_130" ? 130 : 200;
  // Most reviews finish near or inside the limit; a tail runs over it.
  const workingDays = Math.round(limit * (0.8 + 0.3 * random()) + (random() < 0.1 ? limit * 0.25 : 0));
  const stop = random() < 0.4 ? 40 + Math.round(random() * 80) : null;
  const acceptance = addCalendarDays(utcDay(2021, 1, 11), Math.round(random() * 1300));
  return { track, category, workingDays, stop, acceptance };
}

function reviewApplication(plan: Plan, number: string): SeedApplication {
  const day = (date: Date) => ({ date: toDayKey(date), precision: "DAY" as const });
  const queued = addWorkingDays(plan.acceptance, 5);
  const review = addWorkingDays(plan.acceptance, 10);
  const history: SeedApplication["history"][number][] = [
    { status: "ACCEPTED", on: day(plan.acceptance) },
    { status: "QUEUED_FOR_REVIEW", on: day(queued) },
    { status: "UNDER_REVIEW", on: day(review) },
  ];
  let decision: Date;
  if (plan.stop === null) {
    decision = addWorkingDays(plan.acceptance, plan.workingDays);
  } else {
    // The clock stops after about 60% of the review and resumes when the answer arrives (calendar days later).
    const before = Math.round(plan.workingDays * 0.6);
    const stopStart = addWorkingDays(plan.acceptance, before);
    const stopEnd = addCalendarDays(stopStart, plan.stop);
    history.push({ status: "SUPPLEMENT_REQUESTED", on: day(stopStart), note: "发补 (illustrative)" });
    history.push({ status: "UNDER_REVIEW", on: day(stopEnd), note: "Supplementary data submitted (illustrative)" });
    decision = addWorkingDays(stopEnd, plan.workingDays - before);
  }
  history.push({ status: "UNDER_ADMIN_APPROVAL", on: day(addWorkingDays(decision, -10)) });
  history.push({ status: "APPROVED_PENDING_CERTIFICATE", on: day(decision) });
  history.push({ status: "CERTIFICATE_ISSUED", on: day(addWorkingDays(decision, 7)) });
  return {
    acceptanceNumber: number,
    type: "NDA",
    reviewTrack: plan.track,
    history,
    inspectionStatus: "COMPLETED",
    testingStatus: "COMPLETED",
    notes: "Illustrative decided review (fictional dates and duration).",
  };
}

/** Six fictional candidates with five decided NDA reviews each (one per indication): few candidates keep the seed quick. */
export function referenceReviewCandidates(): SeedCandidate[] {
  const random = sequence(20261203);
  const candidates: SeedCandidate[] = [];
  for (let candidateIndex = 0; candidateIndex < 6; candidateIndex++) {
    const programs: SeedProgram[] = INDICATIONS.map((indication, programIndex) => {
      const index = candidateIndex * INDICATIONS.length + programIndex;
      // Interleave so every candidate mixes tracks: review i of the plan goes to candidate i mod 6.
      const plan = reviewPlan(programIndex * 6 + candidateIndex, random);
      const letter = plan.category === "BIOLOGICAL" ? "S" : "H";
      const year = String(plan.acceptance.getUTCFullYear()).slice(2);
      const number = `CX${letter}S${year}9${String(index).padStart(4, "0")}`;
      const application = reviewApplication(plan, number);
      const designations: SeedDesignation[] =
        plan.track === "PRIORITY_130"
          ? [
              {
                type: "PRIORITY_REVIEW",
                state: "CONSUMED",
                application: number,
                requested: { date: toDayKey(plan.acceptance), precision: "DAY" },
                granted: { date: toDayKey(addWorkingDays(plan.acceptance, 25)), precision: "DAY" },
                ended: application.history.find((step) => step.status === "APPROVED_PENDING_CERTIFICATE")!.on,
                endReason: "NDA approved.",
              },
            ]
          : [];
      return {
        ...indication,
        sponsor: candidateIndex % 2 === 0 ? "hexi" : "jinghu",
        drugCategory: plan.category,
        registrationClass: plan.category === "BIOLOGICAL" ? "BIO_1" : "CHEM_1",
        origin: "DOMESTIC",
        applications: [application],
        designations,
      };
    });
    const number = String(candidateIndex + 1).padStart(2, "0");
    candidates.push({
      slug: `ref-review-${number}`,
      nameEn: `Reference peptide R-${number} (illustrative)`,
      nameZh: `参比肽R-${number}（示例）`,
      codeNames: [`PT-REF-${number}`],
      modality: "SYNTHETIC_PEPTIDE",
      mechanismClass: CLASSES[candidateIndex % CLASSES.length]!,
      targets: ["GLP-1R"],
      originator: candidateIndex % 2 === 0 ? "hexi" : "jinghu",
      notes: FICTIONAL_NOTE,
      source: { sourceUrl: null, sourceConfidence: "UNVERIFIED", illustrative: true },
      programs,
    });
  }
  return candidates;
}
