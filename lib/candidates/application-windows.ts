// One candidate's applications with their predicted decision windows: what GET /api/candidates/:id answers and
// the candidate page shows. A window only for a review still running (a decided one has its real decision).
import "server-only";
import type { DrugCategory } from "@/generated/prisma/enums";
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import { comparableStats, getCandidateDetail } from "@/lib/candidates/queries";
import { toDayKey } from "@/lib/domain/calendar-day";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import type { PredictedDecision, WindowedApplication } from "@/lib/domain/decision-window";
import { windowFor, type ComparableStats } from "@/lib/insights/decision-window-stats";
import { isReviewRunning } from "@/lib/domain/application-clock";
import { serverToday } from "@/lib/today";

/** The window of an application while its review runs, else null. */
export function runningReviewWindow(
  application: Omit<WindowedApplication, "drugCategory"> & { status: Parameters<typeof isReviewRunning>[0] },
  drugCategory: DrugCategory,
  stats: ComparableStats,
  calendar: WorkingCalendar,
  today: Date,
): PredictedDecision | null {
  return isReviewRunning(application.status) ? windowFor({ ...application, drugCategory }, stats, calendar, today) : null;
}

const day = (date: Date | null) => (date ? toDayKey(date) : null);

export async function findCandidateApplications(id: number) {
  const candidate = await getCandidateDetail(id);
  if (!candidate) return null;
  const today = serverToday();
  const calendar = await getWorkingCalendar();
  const stats = await comparableStats(today, calendar);
  return {
    id: candidate.id,
    nameEn: candidate.nameEn,
    nameZh: candidate.nameZh,
    programs: candidate.programs.map((program) => ({
      id: program.id,
      indicationEn: program.indicationEn,
      indicationZh: program.indicationZh,
      drugCategory: program.drugCategory,
      applications: program.applications.map((application) => ({
        id: application.id,
        acceptanceNumber: application.acceptanceNumber,
        type: application.type,
        status: application.status,
        acceptanceDate: day(application.acceptanceDate),
        acceptancePrecision: application.acceptancePrecision,
        reviewTrack: application.reviewTrack,
        reviewPath: application.reviewPath,
        reviewDeadline: day(application.reviewDeadline),
        reviewEndDate: day(application.reviewEndDate),
        reviewWorkingDays: application.reviewWorkingDays,
        decision: application.decision,
        predictedDecision: runningReviewWindow(application, program.drugCategory, stats, calendar, today),
      })),
    })),
  };
}
