import { appError } from "@/lib/i18n/app-error";
import { paramProblems } from "@/lib/i18n/error-messages";
import { errorResponse } from "@/lib/http/errors";
import { findInsights } from "@/lib/insights/queries";
import { parseCandidateSearchParams } from "@/lib/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/insights?<dashboard parameters> → every chart's data as JSON for the candidates the dashboard
 * lists for the same parameters (sort, page and columns are accepted and do not change the data), plus the
 * backtest of the predicted decision window.
 */
export async function GET(request: Request) {
  try {
    const { search, errors } = parseCandidateSearchParams(new URL(request.url).searchParams);
    if (errors.length > 0) {
      throw appError("BAD_REQUEST", "invalidParameters", { problems: paramProblems(errors) }, { errors });
    }
    return Response.json(await findInsights(search));
  } catch (error) {
    return errorResponse(error, request);
  }
}
