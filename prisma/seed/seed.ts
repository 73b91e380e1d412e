// Writes the seed data (prisma/seed/data.ts) through the same rules as the app's write path: every created
// record gets a CREATE audit row in the transaction that creates it, and derived fields are refreshed.
// Idempotent: existing users (by email), companies (by nameEn) and candidates (by slug) are left untouched.
import { hash } from "@node-rs/argon2";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { recordAudit, toAuditJson, type AuditChange } from "@/lib/audit/record";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import { companies, demoUsers, seedCandidates, type CompanyKey } from "@/prisma/seed/data";
import { planCandidate, type CandidatePlan } from "@/prisma/seed/plan";
import { ILLUSTRATIVE_PROVINCIAL_NOTE, seedProvincialAccess } from "@/prisma/seed/provincial-access";
import { parsePartialDate } from "@/lib/domain/partial-date";

export type SeedCounts = {
  users: number;
  companies: number;
  candidates: number;
  programs: number;
  stageEvents: number;
  applications: number;
  statusChanges: number;
  clockStops: number;
  designations: number;
  reimbursements: number;
  provincialAccess: number;
  auditEvents: number;
  /** Candidates already present (by slug), left as they are. */
  skippedCandidates: number;
};

export type SeedOptions = { log?: (message: string) => void };

const AUDIT = { actor: { label: "seed" }, channel: "seed", reason: "Initial seed from domain reference" } as const;
const TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

/** Fields never copied into an audit snapshot: bookkeeping, and secrets. */
const NOT_AUDITED = new Set(["createdAt", "updatedAt", "version", "passwordHash", "pinyinSortKey", "nameKeys", "lastRegulatoryChange"]);

type Created = { entityType: string; id: number; sourceUrl?: string | null; row: Record<string, unknown> };

export async function seedDatabase(prisma: PrismaClient, { log }: SeedOptions = {}): Promise<SeedCounts> {
  const counts: SeedCounts = {
    users: 0,
    companies: 0,
    candidates: 0,
    programs: 0,
    stageEvents: 0,
    applications: 0,
    statusChanges: 0,
    clockStops: 0,
    designations: 0,
    reimbursements: 0,
    provincialAccess: 0,
    auditEvents: 0,
    skippedCandidates: 0,
  };

  await seedUsers(prisma, counts);
  const companyIds = await seedCompanies(prisma, counts);

  const slugs = seedCandidates.map((candidate) => candidate.slug);
  const existing = new Set(
    (await prisma.candidate.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((row) => row.slug),
  );
  for (const candidate of seedCandidates) {
    if (existing.has(candidate.slug)) {
      counts.skippedCandidates++;
      continue;
    }
    const plan = planCandidate(candidate);
    await prisma.$transaction((tx) => writeCandidate(tx, plan, companyIds, counts), TRANSACTION);
  }

  log?.(
    `Seed: ${counts.candidates} candidates created (${counts.skippedCandidates} already present), ` +
      `${counts.companies} companies, ${counts.users} users, ${counts.auditEvents} audit events.`,
  );
  return counts;
}

async function seedUsers(prisma: PrismaClient, counts: SeedCounts): Promise<void> {
  const emails = demoUsers.map((user) => user.email);
  const existing = new Set(
    (await prisma.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((row) => row.email),
  );
  const missing = demoUsers.filter((user) => !existing.has(user.email));
  if (missing.length === 0) return;
  const rows = await Promise.all(
    missing.map(async (user) => ({
      email: user.email,
      name: user.name,
      role: user.role,
      passwordHash: await hash(process.env[user.passwordEnv] || user.defaultPassword),
    })),
  );
  await prisma.$transaction(async (tx) => {
    const created = await tx.user.createManyAndReturn({ data: rows, skipDuplicates: true });
    counts.users += created.length;
    counts.auditEvents += await auditCreated(
      tx,
      created.map((row) => ({ entityType: "User", id: row.id, row })),
    );
  }, TRANSACTION);
}

async function seedCompanies(prisma: PrismaClient, counts: SeedCounts): Promise<Map<CompanyKey, number>> {
  const entries = Object.entries(companies) as [CompanyKey, (typeof companies)[CompanyKey]][];
  const names = entries.map(([, company]) => company.nameEn);
  const find = () => prisma.company.findMany({ where: { nameEn: { in: names } }, select: { id: true, nameEn: true } });
  const present = new Set((await find()).map((row) => row.nameEn));
  const missing = entries.filter(([, company]) => !present.has(company.nameEn));
  if (missing.length > 0) {
    await prisma.$transaction(async (tx) => {
      const created = await tx.company.createManyAndReturn({
        data: missing.map(([, company]) => ({
          nameEn: company.nameEn,
          nameZh: "nameZh" in company ? company.nameZh : null,
          country: company.country,
        })),
        skipDuplicates: true,
      });
      counts.companies += created.length;
      counts.auditEvents += await auditCreated(
        tx,
        created.map((row) => ({ entityType: "Company", id: row.id, row })),
      );
    }, TRANSACTION);
  }
  const idByName = new Map((await find()).map((row) => [row.nameEn, row.id]));
  return new Map(entries.map(([key, company]) => [key, idByName.get(company.nameEn)!]));
}

/** Creates one candidate with everything under it, audits each created record, refreshes derived fields. */
async function writeCandidate(
  tx: Prisma.TransactionClient,
  plan: CandidatePlan,
  companyIds: ReadonlyMap<CompanyKey, number>,
  counts: SeedCounts,
): Promise<void> {
  const companyId = (key: CompanyKey | null) => (key === null ? null : companyIds.get(key) ?? null);
  const created: Created[] = [];

  const candidate = await tx.candidate.create({
    data: {
      ...plan.row,
      originatorId: companyId(plan.originatorKey),
      chinaRightsHolderId: companyId(plan.chinaRightsHolderKey),
    },
  });
  created.push({ entityType: "Candidate", id: candidate.id, row: candidate, sourceUrl: candidate.sourceUrl });

  const programs = await tx.program.createManyAndReturn({
    data: plan.programs.map((program) => ({
      ...program.row,
      candidateId: candidate.id,
      sponsorId: companyId(program.sponsorKey),
    })),
  });
  const programIdByKey = new Map<string, number>();
  for (const [index, program] of programs.entries()) {
    const key = plan.programs[index]!.key;
    if (program.indicationEn !== plan.programs[index]!.row.indicationEn) {
      throw new Error(`${plan.slug}: created programmes came back out of order`);
    }
    programIdByKey.set(key, program.id);
    created.push({ entityType: "Program", id: program.id, row: program, sourceUrl: program.sourceUrl });
  }
  const programId = (key: string) => programIdByKey.get(key)!;

  const events = await createAll(
    plan.programs.flatMap((program) => program.events.map((event) => ({ ...event, programId: programId(program.key) }))),
    (data) => tx.stageEvent.createManyAndReturn({ data }),
  );
  for (const row of events) created.push({ entityType: "StageEvent", id: row.id, row, sourceUrl: row.sourceUrl });

  const applicationPlans = plan.programs.flatMap((program) =>
    program.applications.map((application) => ({ programKey: program.key, ...application })),
  );
  const applications = await createAll(
    applicationPlans.map((application) => ({
      ...application.row,
      programId: programId(application.programKey),
      applicantId: companyId(application.applicantKey),
    })),
    (data) => tx.application.createManyAndReturn({ data }),
  );
  const applicationIdByNumber = new Map(applications.map((row) => [row.acceptanceNumber, row.id]));
  for (const row of applications) created.push({ entityType: "Application", id: row.id, row, sourceUrl: row.sourceUrl });

  const applicationId = (acceptanceNumber: string) => {
    const id = applicationIdByNumber.get(acceptanceNumber);
    if (id === undefined) throw new Error(`${plan.slug}: no application ${acceptanceNumber} in this candidate`);
    return id;
  };

  const statusChanges = await createAll(
    applicationPlans.flatMap((application) =>
      application.statusChanges.map((change) => ({ ...change, applicationId: applicationId(application.row.acceptanceNumber) })),
    ),
    (data) => tx.applicationStatusChange.createManyAndReturn({ data }),
  );
  for (const row of statusChanges) {
    created.push({ entityType: "ApplicationStatusChange", id: row.id, row, sourceUrl: row.sourceUrl });
  }

  const clockStops = await createAll(
    applicationPlans.flatMap((application) =>
      application.clockStops.map((stop) => ({ ...stop, applicationId: applicationId(application.row.acceptanceNumber) })),
    ),
    (data) => tx.clockStop.createManyAndReturn({ data }),
  );
  for (const row of clockStops) created.push({ entityType: "ClockStop", id: row.id, row, sourceUrl: row.sourceUrl });

  const designations = await createAll(
    plan.programs.flatMap((program) =>
      program.designations.map((designation) => ({
        ...designation.row,
        programId: programId(program.key),
        applicationId: designation.applicationNumber === null ? null : applicationId(designation.applicationNumber),
      })),
    ),
    (data) => tx.designation.createManyAndReturn({ data }),
  );
  for (const row of designations) created.push({ entityType: "Designation", id: row.id, row, sourceUrl: row.sourceUrl });

  const reimbursements = await createAll(
    plan.programs.flatMap((program) =>
      program.reimbursements.map((listing) => ({ ...listing, programId: programId(program.key) })),
    ),
    (data) => tx.reimbursementListing.createManyAndReturn({ data }),
  );
  for (const row of reimbursements) {
    created.push({ entityType: "ReimbursementListing", id: row.id, row, sourceUrl: row.sourceUrl });
  }

  const provincial = await createAll(
    reimbursements.flatMap((listing) =>
      (seedProvincialAccess[`${plan.slug} ${listing.list} ${listing.listYear}`] ?? []).map((row) => provincialRow(listing.id, row)),
    ),
    (data) => tx.provincialAccess.createManyAndReturn({ data }),
  );
  for (const row of provincial) created.push({ entityType: "ProvincialAccess", id: row.id, row, sourceUrl: row.sourceUrl });

  counts.auditEvents += await auditCreated(tx, created);
  await refreshCandidateDerived(tx, candidate.id);

  counts.candidates++;
  counts.programs += programs.length;
  counts.stageEvents += events.length;
  counts.applications += applications.length;
  counts.statusChanges += statusChanges.length;
  counts.clockStops += clockStops.length;
  counts.designations += designations.length;
  counts.reimbursements += reimbursements.length;
  counts.provincialAccess += provincial.length;
}

/** A seeded province row: illustrative, unverified, month-precision dates (prisma/seed/provincial-access.ts). */
function provincialRow(listingId: number, row: { province: string; state: Prisma.ProvincialAccessCreateManyInput["state"] & string; listed: string; since?: string }) {
  const month = (text: string) => {
    const parsed = parsePartialDate(text);
    if (!parsed.ok) throw new Error(`provincial seed: ${parsed.error}`);
    return parsed.value;
  };
  const listed = month(row.listed);
  const since = month(row.since ?? row.listed);
  return {
    listingId,
    provinceCode: row.province,
    state: row.state,
    stateDate: since.date,
    statePrecision: since.precision,
    listedDate: listed.date,
    listedPrecision: listed.precision,
    dualChannelDate: row.state === "DUAL_CHANNEL" ? since.date : null,
    dualChannelPrecision: row.state === "DUAL_CHANNEL" ? since.precision : null,
    withdrawnDate: row.state === "WITHDRAWN" ? since.date : null,
    withdrawnPrecision: row.state === "WITHDRAWN" ? since.precision : null,
    notes: ILLUSTRATIVE_PROVINCIAL_NOTE,
    sourceUrl: null,
    sourceConfidence: "UNVERIFIED" as const,
    illustrative: true,
  };
}

/** Inserts `rows` in one statement, skipping the round trip when there is nothing to insert. */
async function createAll<Row, Created>(rows: Row[], insert: (data: Row[]) => Promise<Created[]>): Promise<Created[]> {
  return rows.length === 0 ? [] : insert(rows);
}

/**
 * One CREATE row per created record, carrying a snapshot of the record. Records that share a source URL are
 * one change (one changeId) whose evidence is that URL; unsourced records form one change without evidence.
 */
async function auditCreated(tx: Prisma.TransactionClient, created: readonly Created[]): Promise<number> {
  const byEvidence = new Map<string, AuditChange[]>();
  for (const record of created) {
    const evidence = record.sourceUrl ?? "";
    const changes = byEvidence.get(evidence) ?? [];
    changes.push({ entityType: record.entityType, entityId: record.id, action: "CREATE", after: snapshot(record.row) });
    byEvidence.set(evidence, changes);
  }
  let written = 0;
  for (const [evidence, changes] of byEvidence) {
    const { count } = await recordAudit(tx, { ...AUDIT, evidenceUrl: evidence || undefined, changes });
    written += count;
  }
  return written;
}

function snapshot(row: Record<string, unknown>) {
  return toAuditJson(Object.fromEntries(Object.entries(row).filter(([field]) => !NOT_AUDITED.has(field))));
}
