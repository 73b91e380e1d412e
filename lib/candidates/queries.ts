// Reads for the dashboard and the candidate page. One verb per function, one options object, one page shape.
// The dashboard's rows, total and facet counts are raw SQL (lib/candidates/page-sql.ts, facets.ts) folded
// from the dimension table (dimensions.ts) through the one selection (selection.ts); the candidate page uses
// Prisma's relations.
import { getWorkingCalendar } from "@/lib/calendar/current-calendar";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import "server-only";
import { prisma } from "@/lib/db";
import { getDatabaseUrl } from "@/lib/env";
import type {
  DesignationState,
  DesignationType,
  MechanismClass,
  ProgramStage,
  ReimbursementList,
  ReimbursementState,
} from "@/generated/prisma/enums";
import { ChangeNotifiedCache } from "@/lib/cache/change-notified-cache";
import { countFacets, sqlTestedDimensions, type FacetIndex, type SqlMatches } from "@/lib/candidates/facet-index";
import { selectCandidateIds } from "@/lib/candidates/selection";
import { loadFacetIndex } from "@/lib/candidates/facet-index-load";
import { buildFacetCountsSql, toFacetResult, type FacetCounts, type FacetResult } from "@/lib/candidates/facets";
import { buildCandidateCountSql, buildCandidatePageSql } from "@/lib/candidates/page-sql";
import type { NameOrder } from "@/lib/candidates/order-sql";
import { buildSearchProbeSql, searchIdsFromProbe } from "@/lib/candidates/search-probe";
import { serializeCandidateSearch, type CandidateFilters, type CandidateSearch } from "@/lib/search-params";
import { toDayKey } from "@/lib/domain/calendar-day";
import {
  pickMostUrgentClock,
  REVIEW_RUNNING_STATUSES,
  summarizeApplicationClock,
  type ReviewClockSummary,
} from "@/lib/domain/application-clock";
import { clockedApplicationSelect } from "@/lib/review-clock/select";
import { serverToday } from "@/lib/today";
import type { DurationStats, PredictedDecision } from "@/lib/domain/decision-window";
import { loadComparableStats, windowFor, type ComparableStats } from "@/lib/insights/decision-window-stats";

export type Page<T> = { data: T[]; total: number; page: number; perPage: number };

export type DashboardRow = {
  id: number;
  nameEn: string;
  nameZh: string | null;
  mechanismClass: MechanismClass;
  leadStage: ProgramStage;
  researchOnly: boolean;
  illustrative: boolean;
  updatedAt: Date;
  /** Effective date of the newest regulatory step (lib/candidates/last-regulatory-change.ts); null if none. */
  lastRegulatoryChange: Date | null;
  sponsors: { id: number; nameEn: string; nameZh: string | null }[];
  designations: { id: number; type: DesignationType; state: DesignationState }[];
  /** `listedProvinces`: provinces where the listing can be bought (lib/domain/provincial-access-state.ts). */
  reimbursements: { id: number; list: ReimbursementList; listYear: number; state: ReimbursementState; listedProvinces: number }[];
  /** The review-clock sort key (earliest statutory deadline of a running review), YYYY-MM-DD or null. */
  reviewDeadline: string | null;
  /** The most urgent running review clock (components/timeline/review-clock-badge.tsx draws it); null if none runs. */
  reviewClock: ReviewClockSummary | null;
  /** The predicted decision window of that review (lib/domain/decision-window.ts); null if none runs. */
  predictedDecision: PredictedDecision | null;
};

type PageRow = Omit<DashboardRow, "reviewDeadline" | "reviewClock" | "predictedDecision"> & { reviewDeadline: Date | null };

/** The running reviews of a page's candidates, as the review clocks are computed from them. */
async function runningReviewsOf(rows: PageRow[]) {
  if (rows.length === 0) return [];
  return prisma.application.findMany({
    where: { status: { in: [...REVIEW_RUNNING_STATUSES] }, program: { candidateId: { in: rows.map((row) => row.id) } } },
    select: { ...clockedApplicationSelect, type: true, reviewPath: true, program: { select: { candidateId: true, drugCategory: true } } },
  });
}

type RunningReview = Awaited<ReturnType<typeof runningReviewsOf>>[number];

/** What a page reads from the catalogue: its rows and their running reviews. Clocks are counted from these per request. */
type PageData = { rows: PageRow[]; reviews: RunningReview[] };

/**
 * Adds each row's review clock and predicted decision window from the page's running reviews: the
 * comparable-review statistics (one GROUP BY, cached in production), then the working-day arithmetic of
 * lib/review-clock in memory, as of `today`.
 */
async function withReviewClocks({ rows, reviews }: PageData, today: Date): Promise<DashboardRow[]> {
  const calendar = await getWorkingCalendar();
  const stats: ComparableStats = reviews.length ? await comparableStats(today, calendar) : new Map();
  const clocksByCandidate = new Map<number, (ReviewClockSummary | null)[]>();
  const reviewById = new Map(reviews.map((review) => [review.id, review]));
  for (const review of reviews) {
    const clocks = clocksByCandidate.get(review.program.candidateId) ?? [];
    clocks.push(summarizeApplicationClock(review, today, calendar));
    clocksByCandidate.set(review.program.candidateId, clocks);
  }
  return rows.map((row) => {
    const reviewClock = pickMostUrgentClock(clocksByCandidate.get(row.id) ?? []);
    const review = reviewClock ? reviewById.get(reviewClock.applicationId) : undefined;
    return {
      ...row,
      reviewDeadline: row.reviewDeadline ? toDayKey(row.reviewDeadline) : null,
      reviewClock,
      predictedDecision: review ? windowFor({ ...review, drugCategory: review.program.drugCategory }, stats, calendar, today) : null,
    };
  });
}

/**
 * The comparable-review statistics as of today. They change only when the catalogue does (and with the day and
 * the calendar's revision, which the stored durations are counted on), so a production server keeps them with
 * the facet counts' change notifications.
 */
export async function comparableStats(today: Date = serverToday(), calendar?: WorkingCalendar): Promise<ComparableStats> {
  const revision = (calendar ?? (await getWorkingCalendar())).revision;
  const compute = async () => [...(await loadComparableStats(prisma, today))];
  const cache = productionCache<[string, DurationStats][]>("Decision-window statistics", "DECISION_WINDOW_CACHE", { maxEntries: 4 });
  return new Map(cache ? await cache.getOrCompute(`${toDayKey(today)}@${revision}`, compute) : await compute());
}

/** Where a response's facet counts came from: the result cache, the in-memory index, or the SQL statement. */
export type FacetSource = "cache" | "index" | "sql";

/** A page of the dashboard with the facet counts of its filters. */
export type DashboardPage = Page<DashboardRow> & { facets: FacetCounts };

/** One page of candidates matching the search, in the search's order, with the total match count. */
export async function findCandidates(
  search: CandidateSearch,
  { today = serverToday(), nameOrder = "en" }: { today?: Date; nameOrder?: NameOrder } = {},
): Promise<Page<DashboardRow>> {
  const searchIds = lazySearchIds(search);
  const [page, counted] = await Promise.all([
    readPage(search, nameOrder, searchIds),
    searchIds().then((ids) => prisma.$queryRaw<{ total: number }[]>(buildCandidateCountSql(search, { searchIds: ids }))),
  ]);
  const data = await withReviewClocks(page, today);
  return { data, total: counted[0]?.total ?? 0, page: search.page, perPage: search.perPage };
}

/**
 * findCandidates plus the facet counts; the total comes with the facets (one statement for both).
 * `facetSource` and `pageSource` say which path counted them and read the rows (the API's X-Facet-Counts and
 * X-Page-Rows headers); they are not part of the page.
 */
export async function findCandidatesWithFacets(
  search: CandidateSearch,
  { today = serverToday(), nameOrder = "en" }: { today?: Date; nameOrder?: NameOrder } = {},
): Promise<{ page: DashboardPage; facetSource: FacetSource; pageSource: PageSource }> {
  const searchIds = lazySearchIds(search);
  const [page, { total, facets, source }] = await Promise.all([readPage(search, nameOrder, searchIds), countCandidateFacets(search, searchIds)]);
  const data = await withReviewClocks(page, today);
  return { page: { data, total, page: search.page, perPage: search.perPage, facets }, facetSource: source, pageSource: page.source };
}

/**
 * A page's rows and running reviews depend only on the search and the catalogue, so a production server
 * keeps them with the same change notifications as the facet counts (the catalogue tables and ClockStop
 * notify). A team reloading its views then costs PostgreSQL nothing until someone writes; the review clocks
 * are still counted per request, from today. The rows are shared between requests and never mutated.
 */
const pageCache = () => productionCache<PageData>("Page cache", "PAGE_CACHE", { maxEntries: 200 });

/** Where a page's rows came from: the page cache or PostgreSQL (the API's X-Page-Rows header). */
export type PageSource = "cache" | "sql";

async function readPage(search: CandidateSearch, nameOrder: NameOrder, searchIds: () => Promise<number[] | null>): Promise<PageData & { source: PageSource }> {
  const compute = async (): Promise<PageData> => {
    const rows = await queryPageRows(search, await searchIds(), nameOrder);
    return { rows, reviews: await runningReviewsOf(rows) };
  };
  const cache = pageCache();
  if (!cache) return { ...(await compute()), source: "sql" };
  let source: PageSource = "cache";
  const page = await cache.getOrCompute(pageKey(search, nameOrder), () => {
    source = "sql";
    return compute();
  });
  return { ...page, source };
}

/** The search's matches, probed at most once per request and only if a statement needs them (cached pages and counts do not). */
function lazySearchIds(filters: CandidateFilters): () => Promise<number[] | null> {
  let probed: Promise<number[] | null> | undefined;
  return () => (probed ??= probeSearch(filters));
}

/** The search's matching ids when it is selective, else null (see lib/candidates/search-probe.ts). */
async function probeSearch(filters: CandidateFilters): Promise<number[] | null> {
  const probe = buildSearchProbeSql(filters);
  return probe ? searchIdsFromProbe(await prisma.$queryRaw<{ id: number }[]>(probe)) : null;
}

/**
 * The page statement, with parallel workers off for it: a page is read off an index until LIMIT rows
 * match, and starting workers for that costs more than the whole scan (hundreds of ms on a busy 2-core
 * server, measured in `npm run bench -- dashboard`).
 */
async function queryPageRows(search: CandidateSearch, searchIds: number[] | null, nameOrder: NameOrder): Promise<PageRow[]> {
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`,
    prisma.$queryRaw<PageRow[]>(buildCandidatePageSql(search, { searchIds, nameOrder })),
  ]);
  return rows;
}

const globalForCaches = globalThis as unknown as { dashboardCaches?: Map<string, ChangeNotifiedCache<unknown> | null> };

/**
 * A change-notified cache of a production server (one per name, kept across `next dev` reloads), or null
 * in tests, `next dev`, and when `<switch>=off` turns it off.
 */
export function productionCache<V>(name: string, switchName: string, options: { maxEntries?: number } = {}): ChangeNotifiedCache<V> | null {
  globalForCaches.dashboardCaches ??= new Map();
  const caches = globalForCaches.dashboardCaches;
  if (!caches.has(name)) {
    caches.set(
      name,
      process.env.NODE_ENV === "production" && process.env[switchName] !== "off"
        ? new ChangeNotifiedCache<unknown>({
            databaseUrl: getDatabaseUrl(),
            ...options,
            onError: (error) => console.warn(`${name}: ${error instanceof Error ? error.message : String(error)}`),
          })
        : null,
    );
  }
  return caches.get(name) as ChangeNotifiedCache<V> | null;
}

/**
 * Facet counts only depend on the filters and change only when the catalogue does, so paging and sorting
 * reuse them. Cached in production servers; tests and `next dev` always compute.
 */
const facetCache = () => productionCache<FacetResult>("Facet cache", "FACET_CACHE");

/**
 * The total and facet counts of the filters (see lib/candidates/facets.ts for what a count means).
 * `searchIds`: the search's matches, probed when first asked for (a caller that also reads the page shares one probe).
 */
export async function countCandidateFacets(
  filters: CandidateFilters,
  searchIds: () => Promise<number[] | null> = lazySearchIds(filters),
): Promise<FacetResult & { source: FacetSource }> {
  let source: FacetSource = "cache";
  const compute = async () => {
    const index = await facetIndex();
    source = index ? "index" : "sql";
    if (index) return countFacets(index, filters, await sqlMatches(filters));
    return toFacetResult(await prisma.$queryRaw(buildFacetCountsSql(filters, { searchIds: await searchIds() })));
  };
  const cache = facetCache();
  const result = cache ? await cache.getOrCompute(filterKey(filters), compute) : await compute();
  return { ...result, source };
}

/** The matches of each active dimension the facet index has no predicate for, read by SQL, one statement each. */
async function sqlMatches(filters: CandidateFilters): Promise<SqlMatches> {
  const dimensions = sqlTestedDimensions(filters);
  const matches = await Promise.all(dimensions.map(async (only) => new Set(await selectCandidateIds(prisma, filters, { only }))));
  return new Map(dimensions.map((dimension, index) => [dimension, matches[index]!]));
}

const globalForIndex = globalThis as unknown as { facetIndexLoad?: Promise<FacetIndex | null> | null };

/**
 * The in-memory facet index (lib/candidates/facet-index.ts) of a production server, reloaded after each
 * change to the catalogue; null (the SQL statement counts) in tests, `next dev`, with FACET_INDEX=off, for
 * a catalogue over FACET_INDEX_MAX_CANDIDATES, and until the change listener has proved it hears
 * notifications, so counts are never stale.
 *
 * The index is kept under the facet cache's generation: the two caches listen on connections of their own,
 * so the facet cache may hear a write before this one does, and counts taken meanwhile from the old index
 * would be stored as fresh. An index loaded before the facet cache's last notification is not used.
 */
async function facetIndex(): Promise<FacetIndex | null> {
  const cache = productionCache<FacetIndex | null>("Facet index", "FACET_INDEX", { maxEntries: 1 });
  if (!cache) return null;
  const key = `index@${facetCache()?.generation ?? "no facet cache"}`;
  const ready = cache.peek(key);
  if (ready !== undefined) return ready;
  // Loading when nothing could store the result would rebuild the index on every request.
  if (!cache.isActive) return null;
  // Not built since the last write: build it in the background (once, however many requests arrive) and
  // let this request count with SQL, rather than keep it waiting for the whole rebuild.
  const maxCandidates = Number(process.env.FACET_INDEX_MAX_CANDIDATES) || undefined;
  globalForIndex.facetIndexLoad ??= cache
    .getOrCompute(key, () => loadFacetIndex(prisma, { maxCandidates }))
    .catch((error: unknown) => {
      console.warn(`Facet index: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    })
    .finally(() => (globalForIndex.facetIndexLoad = null));
  return null;
}

/** The filter part of a search as a stable string (sort, page and columns do not change counts). */
function filterKey(filters: CandidateFilters): string {
  return serializeCandidateSearch({ ...filters, sort: undefined, page: undefined, perPage: undefined, cols: undefined });
}

/**
 * The page cache's key: filters, page, sort and name order (the columns shown do not change the rows). The
 * sort is spelt out: the URL form leaves out an empty sort (`?sort=`) as it leaves out the default one, but
 * the two order rows differently.
 */
export function pageKey(search: CandidateSearch, nameOrder: NameOrder): string {
  const sort = search.sort.map((term) => `${term.desc ? "-" : ""}${term.column}`).join(",");
  return [serializeCandidateSearch({ ...search, cols: undefined, sort: undefined }), `sort=${sort}`, nameOrder].join("\u0000");
}

export async function getCandidateDetail(id: number) {
  return prisma.candidate.findUnique({
    where: { id },
    include: {
      originator: true,
      chinaRightsHolder: true,
      programs: {
        orderBy: { id: "asc" },
        include: {
          sponsor: true,
          events: { orderBy: [{ eventDate: "asc" }, { id: "asc" }] },
          applications: {
            orderBy: [{ acceptanceDate: "asc" }, { id: "asc" }],
            include: {
              applicant: true,
              statusHistory: { orderBy: [{ changeDate: "asc" }, { id: "asc" }] },
              clockStops: { orderBy: { startDate: "asc" } },
            },
          },
          designations: { orderBy: { id: "asc" } },
          // Provinces' platform listings are marks on the candidate timeline's listing rows.
          reimbursements: { orderBy: [{ listYear: "asc" }, { id: "asc" }], include: { provincialAccess: { where: { listedDate: { not: null } }, orderBy: { provinceCode: "asc" } } } },
        },
      },
    },
  });
}

export type CandidateDetail = NonNullable<Awaited<ReturnType<typeof getCandidateDetail>>>;
