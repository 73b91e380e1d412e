// The dashboard toolbar's exports of the current view: each link follows the page's URL as the table
// changes it, so the download is exactly what is on screen (every matching row, visible columns, order).
import { ExportButton } from "@/components/reports/export-button";

export function CandidatesExportSlot() {
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="export-slot">
      <ExportButton kind="candidates" />
      <ExportButton kind="events" />
    </div>
  );
}
