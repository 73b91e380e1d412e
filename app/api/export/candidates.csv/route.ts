import { exportCsvResponse } from "@/lib/export/export-response";
import { candidatesExport } from "@/lib/export/kinds/candidates";

export const dynamic = "force-dynamic";

/** GET /api/export/candidates.csv?<dashboard parameters>&lang=en|zh: every matching candidate, visible columns. */
export function GET(request: Request) {
  return exportCsvResponse(request, candidatesExport);
}
