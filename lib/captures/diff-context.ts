// What a diff reads from the database, in a few set-wise queries whatever the number of rows: applications by
// 受理号 (one `= ANY($1)`), candidates by name (exact, then normalised, over every name, code and brand), and
// the programmes, designations, listings and companies of the records found.
import type { Prisma } from "@/generated/prisma/client";
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

export type DiffContext = {
  applications: Map<string, KnownApplication>;
  /** Candidates by exact name (NFKC, lower case) and by normalised name (dose form removed). */
  byExactName: Map<string, KnownCandidate[]>;
  byNormalisedName: Map<string, KnownCandidate[]>;
  candidates: Map<number, KnownCandidate>;
  programs: Map<number, KnownProgram[]>;
  designations: Map<number, KnownDesignation[]>;
  listings: Map<number, KnownListing[]>;
  companies: Map<string, number>;
};

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

export function candidateNames(candidate: KnownCandidate): string[] {
  return [candidate.nameZh, candidate.nameEn, candidate.inn, ...candidate.codeNames, ...candidate.brandNamesZh, ...candidate.brandNamesEn].filter(
    (name): name is string => Boolean(name),
  );
}

/** Reads what the rows can match: `acceptanceNumbers` found by 受理号, `names` for rows that need a name match. */
export async function loadDiffContext(reader: Reader, { acceptanceNumbers, needNames, companyNames }: { acceptanceNumbers: string[]; needNames: boolean; companyNames: string[] }): Promise<DiffContext> {
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
  if (needNames) {
    const rows = await reader.$queryRaw<KnownCandidate[]>`
      SELECT id, "nameEn", "nameZh", inn, "codeNames", "brandNamesEn", "brandNamesZh" FROM "Candidate"`;
    for (const candidate of rows) {
      candidates.set(candidate.id, candidate);
      for (const name of candidateNames(candidate)) {
        push(byExactName, exactDrugName(name), candidate);
        push(byNormalisedName, normaliseDrugName(name), candidate);
      }
    }
  }
  const companies = new Map<string, number>();
  if (companyNames.length > 0) {
    const rows = await reader.$queryRaw<{ id: number; nameZh: string }[]>`
      SELECT id, "nameZh" FROM "Company" WHERE "nameZh" = ANY(${companyNames}::text[])`;
    for (const row of rows) companies.set(row.nameZh, row.id);
  }
  return { applications, byExactName, byNormalisedName, candidates, programs: new Map(), designations: new Map(), listings: new Map(), companies };
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
}
