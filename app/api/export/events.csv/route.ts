import { exportCsvResponse } from "@/lib/export/export-response";
import { eventsExport } from "@/lib/export/kinds/events";

export const dynamic = "force-dynamic";

/** GET /api/export/events.csv?<dashboard parameters>&lang=en|zh: every dated fact of the matching candidates. */
export function GET(request: Request) {
  return exportCsvResponse(request, eventsExport);
}
