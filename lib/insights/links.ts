// Links between the insights and the dashboard: the same parameters both ways (lib/search-params.ts).
import type { MechanismClass, ProgramStage } from "@/generated/prisma/enums";
import { serializeCandidateSearch, type CandidateSearch } from "@/lib/search-params";

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The insights of the dashboard's view (filters, sort, page and columns carried through unchanged). */
export function insightsHref(search: Partial<CandidateSearch>): string {
  return withQuery("/insights", serializeCandidateSearch(search));
}

/** The dashboard listing one pipeline segment: the view's filters with stage and class set to the segment's, page 1. */
export function dashboardSegmentHref(search: CandidateSearch, segment: { stage: ProgramStage; mechanismClass: MechanismClass }): string {
  return withQuery("/", serializeCandidateSearch({ ...search, stage: [segment.stage], class: [segment.mechanismClass], page: 1 }));
}

/** One chart's CSV for the view. */
export function insightsCsvHref(chart: string, query: string): string {
  return withQuery(`/api/insights/${chart}.csv`, query);
}
