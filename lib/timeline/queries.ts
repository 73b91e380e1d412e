// The portfolio timeline for pages and route handlers, on the app's database client.
import "server-only";
import { prisma } from "@/lib/db";
import type { CandidateFilters, SortTerm } from "@/lib/search-params";
import { loadTimeline } from "@/lib/timeline/load-timeline";

export function findTimeline(search: CandidateFilters & { sort: SortTerm[] }, options: { today: Date; limit?: number }) {
  return loadTimeline(prisma, search, options);
}
