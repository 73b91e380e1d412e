// A test oracle: parsed URL filters as a Prisma `where` and `orderBy` for candidates, written apart from
// the dimension table (lib/candidates/dimensions.ts) that the app folds its SQL from. Integration tests
// check that both select the same candidates in the same order; nothing in the app uses this file.
//
// Semantics: a candidate matches when, for each active filter, at least one of its programmes (or
// designations, listings, applications) satisfies it; values inside one filter are alternatives (OR),
// different filters must all hold (AND).
import type { Prisma } from "@/generated/prisma/client";
import { NRDL_LISTS, ON_LIST_STATES, escapeLike, searchTerms } from "@/lib/candidates/dimensions";
import { REVIEW_RUNNING_STATUSES } from "@/lib/domain/application-clock";
import type { CandidateFilters, DesignationFilter, ReimbursementFilter, SortTerm } from "@/lib/search-params";

function dateRange(from: string | null, to: string | null): Prisma.DateTimeNullableFilter | undefined {
  if (!from && !to) return undefined;
  return {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { lte: new Date(`${to}T00:00:00Z`) } : {}),
  };
}

function designationMatch(token: DesignationFilter): Prisma.DesignationWhereInput {
  return token.state ? { type: token.type, state: token.state } : { type: token.type };
}

function reimbursementMatch(token: ReimbursementFilter): Prisma.ReimbursementListingWhereInput {
  return { ...(token.list ? { list: token.list } : {}), ...(token.state ? { state: token.state } : {}) };
}

const someProgram = (where: Prisma.ProgramWhereInput): Prisma.CandidateWhereInput => ({ programs: { some: where } });

export function buildCandidateWhere(filters: CandidateFilters): Prisma.CandidateWhereInput {
  const and: Prisma.CandidateWhereInput[] = [];

  for (const term of searchTerms(filters.q)) and.push({ searchText: { contains: escapeLike(term) } });
  if (filters.class.length) and.push({ mechanismClass: { in: filters.class } });
  if (filters.researchOnly !== null) and.push({ researchOnly: filters.researchOnly });
  if (filters.stage.length) and.push(someProgram({ currentStage: { in: filters.stage } }));
  if (filters.sponsor.length) and.push(someProgram({ sponsorId: { in: filters.sponsor } }));
  if (filters.indication.length) and.push(someProgram({ indicationEn: { in: filters.indication } }));
  if (filters.category.length) and.push(someProgram({ drugCategory: { in: filters.category } }));
  if (filters.origin.length) and.push(someProgram({ origin: { in: filters.origin } }));

  // The granted-date range narrows the designation filter itself: "breakthrough granted in 2025".
  const granted = dateRange(filters.grantedFrom, filters.grantedTo);
  if (filters.designation.length || granted) {
    const designation: Prisma.DesignationWhereInput = {
      ...(filters.designation.length ? { OR: filters.designation.map(designationMatch) } : {}),
      ...(granted ? { grantedDate: granted } : {}),
    };
    and.push(someProgram({ designations: { some: designation } }));
  }

  if (filters.reimbursement.length) {
    and.push(someProgram({ reimbursements: { some: { OR: filters.reimbursement.map(reimbursementMatch) } } }));
  }
  if (filters.onNrdl !== null) {
    const onNrdl = someProgram({ reimbursements: { some: { list: { in: NRDL_LISTS }, state: { in: ON_LIST_STATES } } } });
    and.push(filters.onNrdl ? onNrdl : { NOT: onNrdl });
  }

  const nda = dateRange(filters.ndaFrom, filters.ndaTo);
  if (nda) and.push(someProgram({ applications: { some: { type: "NDA", acceptanceDate: nda } } }));

  if (filters.reviewRunning !== null) {
    const running = someProgram({ applications: { some: { status: { in: [...REVIEW_RUNNING_STATUSES] } } } });
    and.push(filters.reviewRunning ? running : { NOT: running });
  }

  return and.length ? { AND: and } : {};
}

const orderByColumn: Record<SortTerm["column"], (desc: boolean) => Prisma.CandidateOrderByWithRelationInput> = {
  name: (desc) => ({ nameEn: desc ? "desc" : "asc" }),
  nameZh: (desc) => ({ nameZh: { sort: desc ? "desc" : "asc", nulls: "last" } }),
  class: (desc) => ({ mechanismClass: desc ? "desc" : "asc" }),
  stage: (desc) => ({ leadStage: desc ? "desc" : "asc" }),
  updated: (desc) => ({ updatedAt: desc ? "desc" : "asc" }),
  // The earliest statutory deadline among running reviews (lib/review-clock); candidates with no running
  // clock, or one whose deadline cannot be known, go last in both directions.
  reviewClock: (desc) => ({ reviewDeadline: { sort: desc ? "desc" : "asc", nulls: "last" } }),
  lastChange: (desc) => ({ lastRegulatoryChange: { sort: desc ? "desc" : "asc", nulls: "last" } }),
};

/**
 * Sort terms in priority order, then the English name (unless already sorted by it) so rows of one class
 * or stage read alphabetically, then id so that pages never overlap or skip rows.
 * lib/candidates/order-sql.ts orders the app's queries the same way.
 */
export function buildCandidateOrderBy(sort: SortTerm[]): Prisma.CandidateOrderByWithRelationInput[] {
  const orderBy = sort.map((term) => orderByColumn[term.column](term.desc));
  if (!sort.some((term) => term.column === "name")) orderBy.push({ nameEn: "asc" });
  return [...orderBy, { id: "asc" }];
}
