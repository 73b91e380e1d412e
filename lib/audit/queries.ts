// Reads of the audit trail: a candidate's history and the site-wide activity log, both as change groups
// (the rows one change wrote share a changeId), with each entity described in words and linked to its candidate.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AuditAction, DatePrecision } from "@/generated/prisma/enums";
import type { AuditJson } from "@/lib/audit/record";
import { prisma } from "@/lib/db";
import { labelOf, type Lang } from "@/lib/domain/vocabulary";
import { provinceByCode, provinceName } from "@/lib/domain/provinces";
import type { Page } from "@/lib/candidates/queries";

export type AuditRow = {
  id: bigint;
  entityType: string;
  entityId: string;
  action: AuditAction;
  field: string | null;
  before: AuditJson;
  after: AuditJson;
  entityVersion: number | null;
};

export type ChangeGroup = {
  changeId: string;
  at: Date;
  actorId: number | null;
  actorLabel: string;
  channel: string;
  reason: string;
  evidenceUrl: string | null;
  /** A record of this database the change rests on (e.g. the capture it was applied from). */
  evidenceRecord: { kind: string; id: string } | null;
  effectiveDate: Date | null;
  effectivePrecision: DatePrecision | null;
  rows: AuditRow[];
};

export type EntityDescription = {
  label: string;
  candidateId: number | null;
  candidateName: string | null;
  /** Data beside the label (the programme's indication), shown in its own language. */
  context?: string;
  /** The label itself is data (a name, an email), not vocabulary. */
  labelIsData?: boolean;
};

type RawAuditEvent = Prisma.AuditEventGetPayload<object>;

/** Audit rows gathered into their changes (rows sharing a changeId), in the order the changes first appear. */
export function groupRows(events: RawAuditEvent[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const event of events) {
    let group = groups.get(event.changeId);
    if (!group) {
      group = {
        changeId: event.changeId,
        at: event.at,
        actorId: event.actorId,
        actorLabel: event.actorLabel,
        channel: event.channel,
        reason: event.reason,
        evidenceUrl: event.evidenceUrl,
        evidenceRecord: event.evidenceKind && event.evidenceRef ? { kind: event.evidenceKind, id: event.evidenceRef } : null,
        effectiveDate: event.effectiveDate,
        effectivePrecision: event.effectivePrecision,
        rows: [],
      };
      groups.set(event.changeId, group);
    }
    group.rows.push({
      id: event.id,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      field: event.field,
      before: (event.before ?? null) as AuditJson,
      after: (event.after ?? null) as AuditJson,
      entityVersion: event.entityVersion,
    });
  }
  return [...groups.values()];
}

/** The ids of every record that belongs to a candidate, per entity type (flat queries, one per table). */
async function candidateEntityIds(candidateId: number): Promise<Record<string, string[]>> {
  const programs = await prisma.program.findMany({ where: { candidateId }, select: { id: true } });
  const programIds = programs.map((program) => program.id);
  const [applications, designations, listings, events] = await Promise.all([
    prisma.application.findMany({ where: { programId: { in: programIds } }, select: { id: true } }),
    prisma.designation.findMany({ where: { programId: { in: programIds } }, select: { id: true } }),
    prisma.reimbursementListing.findMany({ where: { programId: { in: programIds } }, select: { id: true } }),
    prisma.stageEvent.findMany({ where: { programId: { in: programIds } }, select: { id: true } }),
  ]);
  const [statusChanges, provincialAccess] = await Promise.all([
    prisma.applicationStatusChange.findMany({
      where: { applicationId: { in: applications.map((application) => application.id) } },
      select: { id: true },
    }),
    prisma.provincialAccess.findMany({ where: { listingId: { in: listings.map((listing) => listing.id) } }, select: { id: true } }),
  ]);
  const ids = (rows: { id: number }[]) => rows.map((row) => String(row.id));
  return {
    Candidate: [String(candidateId)],
    Program: programIds.map(String),
    Application: ids(applications),
    Designation: ids(designations),
    ReimbursementListing: ids(listings),
    StageEvent: ids(events),
    ApplicationStatusChange: ids(statusChanges),
    ProvincialAccess: ids(provincialAccess),
  };
}

/** Every change to the candidate and its records, newest first. */
export async function findCandidateHistory(candidateId: number, { limit = 500 }: { limit?: number } = {}): Promise<{ groups: ChangeGroup[]; truncated: boolean }> {
  const idsByType = await candidateEntityIds(candidateId);
  const where: Prisma.AuditEventWhereInput = {
    OR: Object.entries(idsByType)
      .filter(([, ids]) => ids.length > 0)
      .map(([entityType, ids]) => ({ entityType, entityId: { in: ids } })),
  };
  const events = await prisma.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "asc" }], take: limit + 1 });
  return { groups: groupRows(events.slice(0, limit)), truncated: events.length > limit };
}

/** Audit rows about accounts (who exists, roles, tokens): shown to administrators only. */
export const ACCOUNT_ENTITY_TYPES = ["User", "ApiToken"] as const;

export type ActivityFilter = {
  /** A user id, "none" for changes made by no signed-in user (seed, import), or undefined for everyone. */
  actor?: number | "none";
  /** Leave out changes to accounts (for everyone but administrators). */
  hideAccounts?: boolean;
  entityType?: string;
  /** Inclusive UTC days. */
  from?: Date;
  to?: Date;
  page: number;
  perPage: number;
};

function activityWhere(filter: ActivityFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.actor === "none") conditions.push(Prisma.sql`"actorId" IS NULL`);
  else if (filter.actor !== undefined) conditions.push(Prisma.sql`"actorId" = ${filter.actor}`);
  if (filter.entityType) conditions.push(Prisma.sql`"entityType" = ${filter.entityType}`);
  if (filter.hideAccounts) conditions.push(Prisma.sql`"entityType" NOT IN (${Prisma.join([...ACCOUNT_ENTITY_TYPES])})`);
  if (filter.from) conditions.push(Prisma.sql`"at" >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`"at" < ${new Date(filter.to.getTime() + 86_400_000)}`);
  return Prisma.join(conditions, " AND ");
}

/** One page of changes matching the filter, newest first; a change matches when any of its rows does. */
export async function findActivity(filter: ActivityFilter): Promise<Page<ChangeGroup>> {
  const where = activityWhere(filter);
  const [pageRows, countRows] = await Promise.all([
    prisma.$queryRaw<{ changeId: string }[]>`
      SELECT "changeId" FROM "AuditEvent" WHERE ${where}
      GROUP BY "changeId" ORDER BY max("at") DESC, max("id") DESC
      LIMIT ${filter.perPage} OFFSET ${(filter.page - 1) * filter.perPage}`,
    prisma.$queryRaw<{ total: bigint }[]>`SELECT count(DISTINCT "changeId") AS total FROM "AuditEvent" WHERE ${where}`,
  ]);
  const changeIds = pageRows.map((row) => row.changeId);
  const events = changeIds.length === 0 ? [] : await prisma.auditEvent.findMany({ where: { changeId: { in: changeIds } }, orderBy: { id: "asc" } });
  const byChange = new Map(groupRows(events).map((group) => [group.changeId, group]));
  return {
    data: changeIds.map((id) => byChange.get(id)).filter((group): group is ChangeGroup => group !== undefined),
    total: Number(countRows[0]?.total ?? 0),
    page: filter.page,
    perPage: filter.perPage,
  };
}

/** Entity types present in the audit trail, for the activity filter. */
export async function listAuditedEntityTypes({ hideAccounts = false }: { hideAccounts?: boolean } = {}): Promise<string[]> {
  const rows = await prisma.auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  const hidden: readonly string[] = hideAccounts ? ACCOUNT_ENTITY_TYPES : [];
  return rows.map((row) => row.entityType).filter((type) => !hidden.includes(type));
}

const entityKey = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/** Words and a candidate link for each entity the groups mention, one query per entity type. */
export async function describeEntities(groups: ChangeGroup[], lang: Lang = "en"): Promise<Map<string, EntityDescription>> {
  const ids: Record<string, Set<number>> = {};
  for (const row of groups.flatMap((group) => group.rows)) {
    const id = Number(row.entityId);
    if (Number.isSafeInteger(id)) (ids[row.entityType] ??= new Set()).add(id);
  }
  const list = (type: string) => [...(ids[type] ?? [])];
  /** Skips the query for a type the groups do not mention. */
  const forType = <T>(type: string, query: (ids: number[]) => Promise<T[]>): Promise<T[]> =>
    list(type).length === 0 ? Promise.resolve([]) : query(list(type));
  const program = { select: { candidateId: true, indicationEn: true, candidate: { select: { nameEn: true } } } } as const;
  const [candidates, programs, applications, designations, listings, events, statusChanges, users, tokens, provincialAccess] = await Promise.all([
    forType("Candidate", (in_) => prisma.candidate.findMany({ where: { id: { in: in_ } }, select: { id: true, nameEn: true } })),
    forType("Program", (in_) => prisma.program.findMany({ where: { id: { in: in_ } }, select: { id: true, ...program.select } })),
    forType("Application", (in_) => prisma.application.findMany({ where: { id: { in: in_ } }, select: { id: true, acceptanceNumber: true, program } })),
    forType("Designation", (in_) => prisma.designation.findMany({ where: { id: { in: in_ } }, select: { id: true, type: true, program } })),
    forType("ReimbursementListing", (in_) =>
      prisma.reimbursementListing.findMany({ where: { id: { in: in_ } }, select: { id: true, list: true, listYear: true, program } }),
    ),
    forType("StageEvent", (in_) => prisma.stageEvent.findMany({ where: { id: { in: in_ } }, select: { id: true, stage: true, program } })),
    forType("ApplicationStatusChange", (in_) =>
      prisma.applicationStatusChange.findMany({
        where: { id: { in: in_ } },
        select: { id: true, application: { select: { acceptanceNumber: true, program } } },
      }),
    ),
    forType("User", (in_) => prisma.user.findMany({ where: { id: { in: in_ } }, select: { id: true, email: true } })),
    forType("ApiToken", (in_) => prisma.apiToken.findMany({ where: { id: { in: in_ } }, select: { id: true, name: true, user: { select: { email: true } } } })),
    forType("ProvincialAccess", (in_) =>
      prisma.provincialAccess.findMany({
        where: { id: { in: in_ } },
        select: { id: true, provinceCode: true, listing: { select: { list: true, listYear: true, program } } },
      }),
    ),
  ]);
  const described = new Map<string, EntityDescription>();
  const underProgram = (type: string, id: number, label: string, owner: { candidateId: number; indicationEn: string; candidate: { nameEn: string } }) =>
    described.set(entityKey(type, String(id)), { label, context: owner.indicationEn, candidateId: owner.candidateId, candidateName: owner.candidate.nameEn });
  for (const row of candidates) described.set(entityKey("Candidate", String(row.id)), { label: row.nameEn, labelIsData: true, candidateId: row.id, candidateName: row.nameEn });
  for (const row of programs) underProgram("Program", row.id, lang === "zh" ? "研发项目" : "Programme", row);
  for (const row of applications) underProgram("Application", row.id, row.acceptanceNumber, row.program);
  for (const row of designations) underProgram("Designation", row.id, labelOf("DesignationType", row.type, lang), row.program);
  for (const row of listings) underProgram("ReimbursementListing", row.id, `${labelOf("ReimbursementList", row.list, lang)} ${row.listYear}`, row.program);
  for (const row of events) underProgram("StageEvent", row.id, labelOf("ProgramStage", row.stage, lang), row.program);
  for (const row of statusChanges) underProgram("ApplicationStatusChange", row.id, lang === "zh" ? `${row.application.acceptanceNumber} 状态` : `${row.application.acceptanceNumber} status`, row.application.program);
  for (const row of provincialAccess) {
    const province = provinceByCode(row.provinceCode);
    const where = province ? provinceName(province, lang) : row.provinceCode;
    underProgram("ProvincialAccess", row.id, `${labelOf("ReimbursementList", row.listing.list, lang)} ${row.listing.listYear} · ${where}`, row.listing.program);
  }
  for (const row of users) described.set(entityKey("User", String(row.id)), { label: row.email, labelIsData: true, candidateId: null, candidateName: null });
  for (const row of tokens) described.set(entityKey("ApiToken", String(row.id)), { label: `${row.name} (${row.user.email})`, labelIsData: true, candidateId: null, candidateName: null });
  return described;
}

export function describedEntity(descriptions: Map<string, EntityDescription>, row: Pick<AuditRow, "entityType" | "entityId">): EntityDescription {
  return descriptions.get(entityKey(row.entityType, row.entityId)) ?? { label: `#${row.entityId}`, candidateId: null, candidateName: null };
}
