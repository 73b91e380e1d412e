// What a diff reads from the database, in a few set-wise queries whatever the number of rows: applications by
// 受理号 (one `= ANY($1)`), candidates by name (exact, then normalised, over every name, code and brand), and
// the programmes, designations, listings and companies of the records found.
import { Prisma } from "@/generated/prisma/client";
import type {
  ApplicationDecision,
  ApplicationStatus,
  ApplicationType,
  DatePrecision,
  DesignationState,
  DesignationType,
  DrugCategory,
  ProgramStage,
  ReimbursementList,
  ReimbursementRoute,
  ReimbursementState,
} from "@/generated/prisma/enums";
import { exactDrugName, normaliseDrugName } from "@/lib/captures/normalise";
import type { ProvincialRecord } from "@/lib/provincial-access/state-change";
import type { Suggestion } from "@/lib/captures/proposal";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export type KnownApplication = {
  id: number;
  acceptanceNumber: string;
  type: ApplicationType;
  status: ApplicationStatus;
  statusDate: Date | null;
  statusPrecision: DatePrecision | null;
  decision: ApplicationDecision | null;
  acceptanceDate: Date | null;
  acceptancePrecision: DatePrecision | null;
  approvalNumber: string | null;
  version: number;
  programId: number;
  candidateId: number;
  candidateName: string;
};

export type KnownCandidate = { id: number; nameEn: string; nameZh: string | null; inn: string | null; codeNames: string[]; brandNamesEn: string[]; brandNamesZh: string[] };

export type KnownProgram = {
  id: number;
  candidateId: number;
  indicationEn: string;
  indicationZh: string | null;
  doseForm: string | null;
  drugCategory: DrugCategory;
  currentStage: ProgramStage;
};

export type KnownDesignation = { id: number; programId: number; type: DesignationType; state: DesignationState; version: number } & Record<string, unknown>;

export type KnownListing = {
  id: number;
  programId: number;
  list: ReimbursementList;
  listYear: number;
  state: ReimbursementState;
  route: ReimbursementRoute | null;
  version: number;
  paymentStandard: string | null;
  paymentUnit: string | null;
  restriction: string | null;
} & Record<string, unknown>;

export type KnownProvincialAccess = ProvincialRecord & { id: number; listingId: number; provinceCode: string; version: number };

export type DiffContext = {
  applications: Map<string, KnownApplication>;
  /** Candidates by exact name (NFKC, lower case) and by normalised name (dose form removed). */
  byExactName: Map<string, KnownCandidate[]>;
  byNormalisedName: Map<string, KnownCandidate[]>;
  candidates: Map<number, KnownCandidate>;
  programs: Map<number, KnownProgram[]>;
  designations: Map<number, KnownDesignation[]>;
  listings: Map<number, KnownListing[]>;
  /** Provincial access records by listing id (provincial notices). */
  provincial: Map<number, KnownProvincialAccess[]>;
  companies: Map<string, number>;
  /** Fuzzy matches by normalised name, for rows no name matched (suggestions only). */
  suggestions: Map<string, Suggestion[]>;
  /** Names the analyst confirmed as a candidate for this capture (normalised name → candidate id). */
  confirmed: Map<string, number>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** The name lists, never NULL (a list column a writer left unset is NULL in PostgreSQL, not empty). */
const NAME_LISTS = Prisma.sql`coalesce(c."codeNames", '{}') AS "codeNames", coalesce(c."brandNamesEn", '{}') AS "brandNamesEn", coalesce(c."brandNamesZh", '{}') AS "brandNamesZh"`;

export function candidateNames(candidate: KnownCandidate): string[] {
  return [candidate.nameZh, candidate.nameEn, candidate.inn, ...candidate.codeNames, ...candidate.brandNamesZh, ...candidate.brandNamesEn].filter(
    (name): name is string => Boolean(name),
  );
}

/**
 * Reads what the rows can match, set-wise: applications by 受理号 (one `= ANY($1)`), and the candidates any of
 * whose names (Chinese, English, INN, codes, brands; lower case, spaces removed: the `nameKeys` column a
 * trigger keeps, GIN-indexed) equals one of `nameKeys` (the rows' names exactly and without their dose form).
 * One index probe per key (`@> ARRAY[key]`): a single `&&` with thousands of keys is estimated to match every
 * row and scanned (3.3 s against 0.3 s for 2,000 keys over 50,000 candidates).
 * Only those candidates are indexed, never the whole table.
 */
export async function loadDiffContext(
  reader: Reader,
  { acceptanceNumbers, nameKeys, companyNames }: { acceptanceNumbers: string[]; nameKeys: string[]; companyNames: string[] },
): Promise<DiffContext> {
  const applications = new Map<string, KnownApplication>();
  if (acceptanceNumbers.length > 0) {
    const rows = await reader.$queryRaw<KnownApplication[]>`
      SELECT a.id, a."acceptanceNumber", a.type, a.status, a."statusDate", a."statusPrecision", a.decision, a."acceptanceDate",
             a."acceptancePrecision", a."approvalNumber", a.version, a."programId", p."candidateId",
             coalesce(c."nameZh", c."nameEn") AS "candidateName"
      FROM "Application" a JOIN "Program" p ON p.id = a."programId" JOIN "Candidate" c ON c.id = p."candidateId"
      WHERE a."acceptanceNumber" = ANY(${acceptanceNumbers}::text[])`;
    for (const row of rows) applications.set(row.acceptanceNumber, row);
  }
  const byExactName = new Map<string, KnownCandidate[]>();
  const byNormalisedName = new Map<string, KnownCandidate[]>();
  const candidates = new Map<number, KnownCandidate>();
  if (nameKeys.length > 0) {
    const rows = await reader.$queryRaw<KnownCandidate[]>`
      SELECT id, "nameEn", "nameZh", inn, ${NAME_LISTS} FROM "Candidate" c
      WHERE c.id IN (SELECT m.id FROM unnest(${nameKeys}::text[]) AS k(key) JOIN "Candidate" m ON m."nameKeys" @> ARRAY[k.key])`;
    indexCandidates(rows, { byExactName, byNormalisedName, candidates });
  }
  const companies = new Map<string, number>();
  if (companyNames.length > 0) {
    const rows = await reader.$queryRaw<{ id: number; nameZh: string }[]>`
      SELECT id, "nameZh" FROM "Company" WHERE "nameZh" = ANY(${companyNames}::text[])`;
    for (const row of rows) companies.set(row.nameZh, row.id);
  }
  return { applications, byExactName, byNormalisedName, candidates, programs: new Map(), designations: new Map(), listings: new Map(), provincial: new Map(), companies, suggestions: new Map(), confirmed: new Map() };
}

/**
 * The names the analyst confirmed for this capture, and the candidates they name (which no name of the row
 * may match, so they are read by id).
 */
export async function loadConfirmedMatches(reader: Reader, context: DiffContext, captureId: number): Promise<void> {
  if (captureId <= 0) return;
  const rows = await reader.$queryRaw<(KnownCandidate & { matchedName: string })[]>`
    SELECT m.name AS "matchedName", c.id, c."nameEn", c."nameZh", c.inn, ${NAME_LISTS}
    FROM "CaptureNameMatch" m JOIN "Candidate" c ON c.id = m."candidateId" WHERE m."captureId" = ${captureId}`;
  for (const { matchedName, ...candidate } of rows) {
    context.confirmed.set(matchedName, candidate.id);
    if (!context.candidates.has(candidate.id)) context.candidates.set(candidate.id, candidate);
  }
}

function indexCandidates(rows: readonly KnownCandidate[], into: Pick<DiffContext, "byExactName" | "byNormalisedName" | "candidates">) {
  for (const candidate of rows) {
    into.candidates.set(candidate.id, candidate);
    for (const name of candidateNames(candidate)) {
      push(into.byExactName, exactDrugName(name), candidate);
      push(into.byNormalisedName, normaliseDrugName(name), candidate);
    }
  }
}

/** The keys a captured name is looked up by in SQL: exact and without dose form, lower case, no spaces. */
export function nameKeysOf(name: string): string[] {
  return [...new Set([exactDrugName(name).replace(/\s+/g, ""), normaliseDrugName(name)])].filter(Boolean);
}

/** Names the candidates' search text contains (trigram index), offered as suggestions only; `names` normalised. */
export async function loadSuggestions(reader: Reader, context: DiffContext, names: string[]): Promise<void> {
  const wanted = [...new Set(names)].filter((name) => name.length >= 2 && !context.suggestions.has(name));
  if (wanted.length === 0) return;
  const rows = await reader.$queryRaw<{ query: string; id: number; nameEn: string; nameZh: string | null }[]>`
    SELECT q.name AS query, c.id, c."nameEn", c."nameZh"
    FROM unnest(${wanted}::text[]) AS q(name)
    CROSS JOIN LATERAL (
      SELECT id, "nameEn", "nameZh" FROM "Candidate" WHERE "searchText" LIKE '%' || q.name || '%' ORDER BY length("nameEn"), id LIMIT 3
    ) c`;
  for (const name of wanted) context.suggestions.set(name, []);
  for (const row of rows) {
    context.suggestions.get(row.query)!.push({ candidateId: row.id, name: row.nameZh ? `${row.nameZh} (${row.nameEn})` : row.nameEn, why: { code: "namesContain", query: row.query } });
  }
}

/** Loads the programmes (with their designations and listings) of the candidates the rows matched. */
export async function loadProgrammes(reader: Reader, context: DiffContext, candidateIds: number[]): Promise<void> {
  const ids = [...new Set(candidateIds)].filter((id) => !context.programs.has(id));
  if (ids.length === 0) return;
  const programs = await reader.$queryRaw<KnownProgram[]>`
    SELECT id, "candidateId", "indicationEn", "indicationZh", "doseForm", "drugCategory", "currentStage"
    FROM "Program" WHERE "candidateId" = ANY(${ids}::int[]) ORDER BY id`;
  for (const id of ids) context.programs.set(id, []);
  for (const program of programs) push(context.programs, program.candidateId, program);
  const programIds = programs.map((program) => program.id);
  if (programIds.length === 0) return;
  const designations = await reader.$queryRaw<KnownDesignation[]>`
    SELECT * FROM "Designation" WHERE "programId" = ANY(${programIds}::int[]) ORDER BY id`;
  for (const designation of designations) push(context.designations, designation.programId, designation);
  const listings = await reader.$queryRaw<KnownListing[]>`
    SELECT *, "paymentStandard"::text AS "paymentStandard" FROM "ReimbursementListing" WHERE "programId" = ANY(${programIds}::int[]) ORDER BY "listYear", id`;
  for (const listing of listings) push(context.listings, listing.programId, listing);
  const listingIds = listings.map((listing) => listing.id);
  if (listingIds.length === 0) return;
  const provincial = await reader.$queryRaw<KnownProvincialAccess[]>`
    SELECT * FROM "ProvincialAccess" WHERE "listingId" = ANY(${listingIds}::int[]) ORDER BY id`;
  for (const access of provincial) push(context.provincial, access.listingId, access);
}
