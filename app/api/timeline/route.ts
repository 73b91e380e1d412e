import { appError } from "@/lib/i18n/app-error";
import { paramProblems } from "@/lib/i18n/error-messages";
import { errorResponse } from "@/lib/http/errors";
import { prisma } from "@/lib/db";
import { loadTimeline } from "@/lib/timeline/load-timeline";
import { parseTimelineSearchParams } from "@/lib/timeline/view-params";
import { serverToday } from "@/lib/today";

export const dynamic = "force-dynamic";

/**
 * GET /api/timeline?<dashboard parameters>[&zoom&group&lanes&at] → { candidates, total, today }: the same
 * candidates as /api/candidates for the same parameters (first 1,000), each programme with its timeline items.
 */
export async function GET(request: Request) {
  try {
    const { search, errors } = parseTimelineSearchParams(new URL(request.url).searchParams);
    if (errors.length > 0) {
      throw appError("BAD_REQUEST", "invalidParameters", { problems: paramProblems(errors) }, { errors });
    }
    return Response.json(await loadTimeline(prisma, search, { today: serverToday() }));
  } catch (error) {
    return errorResponse(error, request);
  }
}
