import { exportCsvResponse } from "@/lib/export/export-response";
import { reimbursementExport } from "@/lib/export/kinds/reimbursement";

export const dynamic = "force-dynamic";

/** GET /api/export/reimbursement.csv?<dashboard parameters>&lang=en|zh: the reimbursement rows of every matching candidate (import format). */
export function GET(request: Request) {
  return exportCsvResponse(request, reimbursementExport);
}
