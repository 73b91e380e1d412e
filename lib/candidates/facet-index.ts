// Facet counts from an in-memory index of what every candidate could be filtered by, for the views whose
// counts are not cached yet. PostgreSQL's facet statement (facets.ts) needs 100-500 ms at 50,000
// candidates, mostly DISTINCT (candidate, value) over every programme once per programme facet; this
// index answers the same question in one pass over the candidates (`npm run bench -- dashboard`).
//
// It means exactly what buildFacetCountsSql means: test/facet-index.test.ts compares the two on seeded
// and generated data for a table of filter combinations. Its keys and predicates are the dimension table's
// (lib/candidates/dimensions.ts); a dimension without a predicate is tested against its SQL matches.
//
// Disjunctive counts in one pass: a candidate that passes every active filter counts for every facet;
// one that fails exactly one facet's filter counts for that facet alone (it is in that facet's base);
// one that fails more counts for none.
import { toFacetResult, type FacetResult, type FacetRow } from "@/lib/candidates/facets";
import {
  FACET_NAMES,
  FACET_OPTION_LIMIT,
  NRDL_LISTS,
  ON_LIST_STATES,
  activeDimensions,
  designationKeysOf,
  dimensionOf,
  inRange,
  isFacet,
  type FacetName,
  type FilterDimension,
} from "@/lib/candidates/dimensions";
import type { CandidateFilters } from "@/lib/search-params";

export type IndexedDesignation = { type: string; state: string; granted: string | null };
export type IndexedListing = { list: string; state: string };

export type IndexedProgram = {
  currentStage: string | null;
  sponsorId: number | null;
  indicationEn: string | null;
  drugCategory: string | null;
  origin: string | null;
  designations: readonly IndexedDesignation[];
  listings: readonly IndexedListing[];
  /** Acceptance days (YYYY-MM-DD) of the programme's NDA applications. */
  ndaDays: readonly string[];
  onNrdl: boolean;
};

export type IndexedCandidate = {
  id: number;
  mechanismClass: string;
  researchOnly: boolean;
  searchText: string;
  programs: readonly IndexedProgram[];
  /** The candidate's distinct (facet, value) keys, as FacetKeys ids, for every facet but designation. */
  keyIds: readonly number[];
  /** Its designation keys (TYPE and TYPE:STATE) when no granted-date range narrows them. */
  designationKeyIds: readonly number[];
};

/**
 * Every (facet, value) pair the catalogue holds, numbered, so counting is incrementing an Int32Array
 * rather than updating string-keyed maps (a request counts about half a million keys at 50,000 candidates).
 */
export class FacetKeys {
  private readonly ids = new Map<string, number>();
  readonly facetOf: FacetName[] = [];
  readonly valueOf: string[] = [];

  /** The pair's id, numbering it if it is new: while the index is built. */
  add(facet: FacetName, value: string): number {
    const key = FacetKeys.keyOf(facet, value);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.facetOf.length;
      this.ids.set(key, id);
      this.facetOf.push(facet);
      this.valueOf.push(value);
    }
    return id;
  }

  /**
   * The id of a pair the index already holds: while counting, whose arrays are sized to the known pairs (a
   * new id would fall outside them and its count would be silently lost, so it is an error instead).
   */
  idOf(facet: FacetName, value: string): number {
    const id = this.ids.get(FacetKeys.keyOf(facet, value));
    if (id === undefined) throw new Error(`facet index: no key ${facet}=${value}`);
    return id;
  }

  private static keyOf(facet: FacetName, value: string): string {
    return `${facet}\u0000${value}`;
  }

  get size(): number {
    return this.facetOf.length;
  }
}

export type FacetIndex = { candidates: IndexedCandidate[]; companyNames: Map<number, string>; keys: FacetKeys };

const nrdlLists = new Set<string>(NRDL_LISTS);
const onListStates = new Set<string>(ON_LIST_STATES);

/** Whether a listing puts its programme on the NRDL now (ON_NRDL_SQL). */
export function isOnNrdl(listing: IndexedListing): boolean {
  return nrdlLists.has(listing.list) && onListStates.has(listing.state);
}

/**
 * One frozen empty array for every empty list: most candidates have no designation and most programmes no
 * listing, and fifty thousand empty arrays are megabytes of nothing.
 */
export const NONE: readonly never[] = Object.freeze([]);
const orShared = <T>(values: T[]): readonly T[] => (values.length === 0 ? NONE : values);

/** Builds a candidate's entry, its facet keys (each facet dimension's indexKeys) numbered in `keys`. */
export function indexCandidate(candidate: Omit<IndexedCandidate, "keyIds" | "designationKeyIds">, keys: FacetKeys): IndexedCandidate {
  const keyIds: number[] = [];
  let designationKeyIds: readonly number[] = NONE;
  for (const facet of FACET_NAMES) {
    const ids = dimensionOf(facet).indexKeys!(candidate).map((value) => keys.add(facet, value));
    if (facet === "designation") designationKeyIds = orShared(ids);
    else keyIds.push(...ids);
  }
  return { ...candidate, keyIds, designationKeyIds };
}

type Test = { dimension: FilterDimension; passes: (candidate: IndexedCandidate) => boolean };

/**
 * Ids of the candidates matching one dimension, by SQL, for the dimensions that have no predicate; the
 * caller reads them (lib/candidates/queries.ts) before counting.
 */
export type SqlMatches = ReadonlyMap<FilterDimension, ReadonlySet<number>>;

/** The active dimensions the index has no predicate for: their matches come from SQL. */
export function sqlTestedDimensions(filters: CandidateFilters): FilterDimension[] {
  return activeDimensions(filters).filter((dimension) => !dimensionOf(dimension).predicate);
}

/** The active filters as tests, one per dimension, in the table's order. */
function filterTests(filters: CandidateFilters, sqlMatches: SqlMatches): Test[] {
  return activeDimensions(filters).map((dimension) => {
    const predicate = dimensionOf(dimension).predicate;
    if (predicate) return { dimension, passes: predicate(filters) };
    const matches = sqlMatches.get(dimension);
    if (!matches) throw new Error(`facet index: no SQL matches given for ${dimension}`);
    return { dimension, passes: (candidate) => matches.has(candidate.id) };
  });
}

/** The facet counts of `filters`, as toFacetResult shapes the SQL statement's rows. */
export function countFacets(index: FacetIndex, filters: CandidateFilters, sqlMatches: SqlMatches = new Map()): FacetResult {
  const tests = filterTests(filters, sqlMatches);
  const counts = new Int32Array(index.keys.size);
  const { grantedFrom, grantedTo } = filters;
  const narrowsDesignations = Boolean(grantedFrom || grantedTo);
  const designationKeyIds = (candidate: IndexedCandidate): ArrayLike<number> =>
    narrowsDesignations && candidate.designationKeyIds.length > 0
      ? designationKeysOf(candidate.programs, (d) => inRange(d.granted, grantedFrom ?? null, grantedTo ?? null)).map((value) => index.keys.idOf("designation", value))
      : candidate.designationKeyIds;
  const addAll = (ids: ArrayLike<number>) => {
    for (let i = 0; i < ids.length; i++) counts[ids[i]!]!++;
  };
  const addFacet = (facet: FacetName, candidate: IndexedCandidate) => {
    if (facet === "designation") return addAll(designationKeyIds(candidate));
    const ids = candidate.keyIds;
    for (let i = 0; i < ids.length; i++) if (index.keys.facetOf[ids[i]!] === facet) counts[ids[i]!]!++;
  };

  let total = 0;
  let onNrdlBase = 0;
  for (const candidate of index.candidates) {
    let failed: FilterDimension | null = null;
    let failures = 0;
    for (const test of tests) {
      if (test.passes(candidate)) continue;
      failed = test.dimension;
      if (++failures > 1) break;
    }
    if (failures === 0) {
      total++;
      onNrdlBase++;
      addAll(candidate.keyIds);
      addAll(designationKeyIds(candidate));
    } else if (failures === 1 && failed !== null && isFacet(failed)) {
      addFacet(failed, candidate);
      if (failed === "onNrdl") onNrdlBase++;
    }
  }
  const byFacet = new Map<FacetName, Map<string, number>>();
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] === 0) continue;
    const facet = index.keys.facetOf[id]!;
    const values = byFacet.get(facet) ?? new Map<string, number>();
    values.set(index.keys.valueOf[id]!, counts[id]!);
    byFacet.set(facet, values);
  }
  return toFacetResult(facetRows(index, filters, byFacet, { total, onNrdlBase }));
}

/**
 * The most frequent values, selected ones first so they never fall off, as facets.ts orders them before
 * its LIMIT (selected, count desc, value).
 */
function topValues(counts: Map<string, number>, selected: readonly string[], compareValues: (a: string, b: string) => number): [string, number][] {
  const isSelected = new Set(selected);
  return [...counts]
    .sort(([a, countA], [b, countB]) => Number(isSelected.has(b)) - Number(isSelected.has(a)) || countB - countA || compareValues(a, b))
    .slice(0, FACET_OPTION_LIMIT);
}

/** The counts as the rows the SQL facet statement returns, so toFacetResult shapes both alike. */
function facetRows(
  index: FacetIndex,
  filters: CandidateFilters,
  byFacet: Map<FacetName, Map<string, number>>,
  { total, onNrdlBase }: { total: number; onNrdlBase: number },
): FacetRow[] {
  const rows: FacetRow[] = [{ facet: "total", value: null, label: null, count: total }];
  if (filters.onNrdl !== null) rows.push({ facet: "onNrdl", value: "all", label: null, count: onNrdlBase });
  for (const [facet, counts] of byFacet) {
    if (facet === "sponsor") {
      for (const [value, count] of topValues(counts, filters.sponsor.map(String), (a, b) => Number(a) - Number(b))) {
        rows.push({ facet, value, label: index.companyNames.get(Number(value)) ?? value, count });
      }
    } else if (facet === "indication") {
      const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      for (const [value, count] of topValues(counts, filters.indication, codeUnitOrder)) rows.push({ facet, value, label: null, count });
    } else {
      for (const [value, count] of counts) rows.push({ facet, value, label: null, count });
    }
  }
  // Selected sponsors stay listed, with 0, when the other filters leave them no candidate.
  for (const id of filters.sponsor) {
    const name = index.companyNames.get(id);
    if (name !== undefined) rows.push({ facet: "sponsor", value: String(id), label: name, count: 0 });
  }
  return rows;
}
