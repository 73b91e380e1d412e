import { exportCsvResponse } from "@/lib/export/export-response";
import { provincialAccessExport } from "@/lib/export/kinds/provincial-access";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/provincial-access.csv?<dashboard parameters>&lang=en|zh: every reimbursement listing of the
 * matching candidates, one row per listing and province (all 31), with its access state, dates and source.
 */
export function GET(request: Request) {
  return exportCsvResponse(request, provincialAccessExport);
}
