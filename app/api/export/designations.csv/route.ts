import { exportCsvResponse } from "@/lib/export/export-response";
import { designationsExport } from "@/lib/export/kinds/designations";

export const dynamic = "force-dynamic";

/** GET /api/export/designations.csv?<dashboard parameters>&lang=en|zh: the designations rows of every matching candidate (import format). */
export function GET(request: Request) {
  return exportCsvResponse(request, designationsExport);
}
