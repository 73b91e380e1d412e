import { exportCsvResponse } from "@/lib/export/export-response";
import { appError } from "@/lib/i18n/app-error";
import { plainList } from "@/lib/i18n/error-messages";
import { errorResponse } from "@/lib/http/errors";
import { INSIGHTS_CSV } from "@/lib/insights/csv";

export const dynamic = "force-dynamic";

/** GET /api/insights/<chart>.csv?<dashboard parameters>&lang=en|zh: one chart's data (pipeline, designations, review-durations, reimbursement). */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const name = chart.endsWith(".csv") ? chart.slice(0, -4) : "";
  const kind = Object.hasOwn(INSIGHTS_CSV, name) ? INSIGHTS_CSV[name] : undefined;
  if (!kind) {
    return errorResponse(appError("NOT_FOUND", "insightsChartUnknown", { chart, charts: plainList(Object.keys(INSIGHTS_CSV).map((key) => `${key}.csv`)) }), request);
  }
  return exportCsvResponse(request, kind);
}
