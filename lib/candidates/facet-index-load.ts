// Reads the facet index (facet-index.ts) from the database: six flat reads inside one REPEATABLE READ
// transaction, so the index is one consistent snapshot of the catalogue.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { FacetKeys, indexCandidate, isOnNrdl, NONE, type FacetIndex, type IndexedProgram } from "@/lib/candidates/facet-index";

/** Appends to a list that may still be the shared empty one. */
const appended = <T>(list: readonly T[], item: T): readonly T[] => (list === NONE ? [item] : ((list as T[]).push(item), list));

type CandidateRow = { id: number; mechanismClass: string; researchOnly: boolean; searchText: string };
type ProgramRow = { id: number; candidateId: number; currentStage: string | null; sponsorId: number | null; indicationEn: string | null; drugCategory: string | null; origin: string | null };
type DesignationRow = { programId: number; type: string; state: string; granted: string | null };
type ListingRow = { programId: number; list: string; state: string };
type NdaRow = { programId: number; day: string };
type CompanyRow = { id: number; nameEn: string };

/**
 * The index holds about 1 KB per candidate (52 MB measured at 50,000); past this many candidates the
 * server counts with SQL instead. FACET_INDEX_MAX_CANDIDATES overrides it.
 */
export const DEFAULT_MAX_INDEXED_CANDIDATES = 200_000;

/** The catalogue's facet index, or null when it has more candidates than `maxCandidates`. */
export async function loadFacetIndex(prisma: PrismaClient, { maxCandidates = DEFAULT_MAX_INDEXED_CANDIDATES } = {}): Promise<FacetIndex | null> {
  const [size] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Candidate"`;
  if ((size?.n ?? 0) > maxCandidates) return null;
  const [candidates, programs, designations, listings, ndas, companies] = await prisma.$transaction(
    [
      prisma.$queryRaw<CandidateRow[]>`SELECT id, "mechanismClass"::text AS "mechanismClass", "researchOnly", "searchText" FROM "Candidate" ORDER BY id`,
      prisma.$queryRaw<ProgramRow[]>`SELECT id, "candidateId", "currentStage"::text AS "currentStage", "sponsorId", "indicationEn",
          "drugCategory"::text AS "drugCategory", origin::text AS origin FROM "Program" ORDER BY id`,
      prisma.$queryRaw<DesignationRow[]>`SELECT "programId", type::text AS type, state::text AS state, to_char("grantedDate", 'YYYY-MM-DD') AS granted FROM "Designation"`,
      prisma.$queryRaw<ListingRow[]>`SELECT "programId", list::text AS list, state::text AS state FROM "ReimbursementListing"`,
      prisma.$queryRaw<NdaRow[]>`SELECT "programId", to_char("acceptanceDate", 'YYYY-MM-DD') AS day FROM "Application" WHERE type = 'NDA' AND "acceptanceDate" IS NOT NULL`,
      prisma.$queryRaw<CompanyRow[]>`SELECT id, "nameEn" FROM "Company"`,
    ],
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
  );
  // The driver returns a new string for every row; the index keeps one copy of each value.
  const strings = new Map<string, string>();
  const intern = <T extends string | null>(value: T): T => {
    if (value === null) return value;
    const known = strings.get(value);
    if (known !== undefined) return known as T;
    strings.set(value, value);
    return value;
  };
  const byProgram = new Map<number, IndexedProgram>();
  const programsOf = new Map<number, IndexedProgram[]>();
  for (const row of programs) {
    const program: IndexedProgram = {
      currentStage: intern(row.currentStage),
      sponsorId: row.sponsorId,
      indicationEn: intern(row.indicationEn),
      drugCategory: intern(row.drugCategory),
      origin: intern(row.origin),
      designations: NONE,
      listings: NONE,
      ndaDays: NONE,
      onNrdl: false,
    };
    byProgram.set(row.id, program);
    const list = programsOf.get(row.candidateId) ?? [];
    list.push(program);
    programsOf.set(row.candidateId, list);
  }
  for (const row of designations) {
    const program = byProgram.get(row.programId);
    if (program) program.designations = appended(program.designations, { type: intern(row.type), state: intern(row.state), granted: row.granted });
  }
  for (const row of listings) {
    const program = byProgram.get(row.programId);
    if (!program) continue;
    const listing = { list: intern(row.list), state: intern(row.state) };
    program.listings = appended(program.listings, listing);
    if (isOnNrdl(listing)) program.onNrdl = true;
  }
  for (const row of ndas) {
    const program = byProgram.get(row.programId);
    if (program) program.ndaDays = appended(program.ndaDays, row.day);
  }
  const keys = new FacetKeys();
  return {
    candidates: candidates.map((row) =>
      indexCandidate({ ...row, mechanismClass: intern(row.mechanismClass), programs: programsOf.get(row.id) ?? NONE }, keys),
    ),
    companyNames: new Map(companies.map((row) => [row.id, row.nameEn])),
    keys,
  };
}
