// Writes to applications: create, edit fields, advance the status. One verb per function, each taking
// { actor, input, expectedVersion }; the server actions and the JSON endpoints both call these, so a form
// and an integration pass the same checks and leave the same audit trail.
import "server-only";
import type { Application } from "@/generated/prisma/client";
import type { DrugCategory, ProgramStage } from "@/generated/prisma/enums";
import type { AuditChange } from "@/lib/audit/record";
import { compareStages, stageForApplicationStatus } from "@/lib/domain/program-stage";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { appError } from "@/lib/i18n/app-error";
import { checkApplicationFields } from "@/lib/applications/field-rules";
import { planStatusChange } from "@/lib/applications/status-change";
import type { AdvanceApplicationStatusInput, CreateApplicationInput, UpdateApplicationInput } from "@/lib/applications/schemas";
import type { CreateArgs, MutationArgs, MutationResult } from "@/lib/changes/actor";
import { auditSnapshot, dateColumns, type DatePairs } from "@/lib/changes/audit-view";
import { describeFieldChange } from "@/lib/changes/audit-format";
import type { ChangeMeta } from "@/lib/changes/change-meta";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { refreshCandidateAfterChange } from "@/lib/changes/refresh";
import { chinaToday } from "@/lib/today";
import { refusalError, throwIfRefused } from "@/lib/changes/refusals";
import type { Tx } from "@/lib/changes/transaction";
import { createAudited, openChange, updateVersioned, type VersionedTable } from "@/lib/changes/write-step";
import { STAGE_EVENT_AUDIT_FIELDS, STAGE_EVENT_DATE_PAIRS } from "@/lib/programs/audit-fields";

export const APPLICATION_DATE_PAIRS: DatePairs = [
  ["submittedDate", "submittedPrecision"],
  ["acceptanceDate", "acceptancePrecision"],
  ["statusDate", "statusPrecision"],
  ["decisionDate", "decisionPrecision"],
];

export const APPLICATION_AUDIT_FIELDS = [
  "programId",
  "acceptanceNumber",
  "type",
  "applicantId",
  "submittedDate",
  "acceptanceDate",
  "reviewTrack",
  "regulationVersion",
  "status",
  "statusDate",
  "inspectionStatus",
  "testingStatus",
  "decision",
  "decisionDate",
  "approvalNumber",
  "notes",
  "sourceUrl",
  "sourceConfidence",
] as const;

const STATUS_CHANGE_AUDIT_FIELDS = ["applicationId", "fromStatus", "toStatus", "changeDate", "note", "sourceUrl", "sourceConfidence"];
const STATUS_CHANGE_DATE_PAIRS: DatePairs = [["changeDate", "changePrecision"]];

type LoadedApplication = Application & { candidateId: number; programStage: ProgramStage; programCategory: DrugCategory };

/** The application with its programme's candidate and stage (two flat reads: nested reads overlap in a transaction). */
export const APPLICATION_TABLE: VersionedTable<Application, LoadedApplication> = {
  entityType: "Application",
  load: async (tx, id) => {
    const application = await tx.application.findUnique({ where: { id } });
    if (!application) throw appError("NOT_FOUND", "applicationMissing", { id: String(id) });
    const program = await tx.program.findUniqueOrThrow({ where: { id: application.programId }, select: { candidateId: true, currentStage: true, drugCategory: true } });
    return { ...application, candidateId: program.candidateId, programStage: program.currentStage, programCategory: program.drugCategory };
  },
  auditFields: APPLICATION_AUDIT_FIELDS,
  datePairs: APPLICATION_DATE_PAIRS,
  updateAtVersion: async (tx, id, version, data) => (await tx.application.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  readVersion: (tx, id) => tx.application.findUnique({ where: { id }, select: { version: true } }),
  loadMany: async (tx, ids) => {
    const applications = await tx.application.findMany({ where: { id: { in: [...ids] } } });
    const programs = await tx.program.findMany({ where: { id: { in: [...new Set(applications.map((application) => application.programId))] } }, select: { id: true, candidateId: true, currentStage: true, drugCategory: true } });
    const programById = new Map(programs.map((program) => [program.id, program]));
    return new Map(
      applications.map((application) => {
        const program = programById.get(application.programId)!;
        return [application.id, { ...application, candidateId: program.candidateId, programStage: program.currentStage, programCategory: program.drugCategory }];
      }),
    );
  },
};

/** Moves an application one step along the NMPA status chain, with its dated history row and audit. */
export async function advanceApplicationStatus(args: MutationArgs<Omit<AdvanceApplicationStatusInput, "expectedVersion">>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  const id = fields.applicationId;
  return updateVersioned(APPLICATION_TABLE, {
    id, expectedVersion: args.expectedVersion, context,
    plan: (current) => planStatusChange(current, { to: fields.to, effective: meta.effective, decision: fields.decision, today: chinaToday() }),
    transitionField: "status",
    alongside: async (tx, current, data) => {
      const history = await tx.applicationStatusChange.create({
        data: {
          applicationId: id,
          fromStatus: current.status,
          toStatus: fields.to,
          changeDate: meta.effective.date,
          changePrecision: meta.effective.precision,
          note: fields.note ?? null,
          sourceUrl: meta.evidenceUrl,
          sourceConfidence: meta.evidenceConfidence,
        },
      });
      const changes: AuditChange[] = [
        { entityType: "ApplicationStatusChange", entityId: history.id, action: "CREATE", after: auditSnapshot(history, STATUS_CHANGE_AUDIT_FIELDS, STATUS_CHANGE_DATE_PAIRS) },
      ];
      const stageNote = await recordImpliedStage(tx, current, fields.to, data.decision ?? current.decision, meta, changes);
      return { changes, extra: stageNote };
    },
    // A status moves the review clock; names, companies and stages change only through a new stage event, so
    // the full derived refresh (which also refreshes deadlines) is needed only then: the hot path stays short.
    refresh: async (tx, current, stageNote) => {
      await refreshCandidateAfterChange(tx, current.candidateId, stageNote ? "derived" : "deadlines");
    },
    summary: (current, _diff, stageNote) =>
      `${current.acceptanceNumber}: ${describeFieldChange("Application", "status", current.status, fields.to)} ` +
      `(effective ${formatPartialDate(meta.effective.date, meta.effective.precision)}).` +
      (stageNote ? ` ${stageNote}` : ""),
  });
}

/**
 * A status that implies a more advanced programme stage (IND cleared, NDA under review, approved) records
 * that stage as a dated stage event, so the programme and the dashboard's lead stage follow the application.
 */
async function recordImpliedStage(
  tx: Tx,
  application: LoadedApplication,
  status: Application["status"],
  decision: Application["decision"],
  meta: ChangeMeta,
  changes: AuditChange[],
): Promise<string | null> {
  const stage = stageForApplicationStatus({ type: application.type, status, decision });
  if (!stage) return null;
  if (compareStages(stage, application.programStage) <= 0) return null;
  const event = await tx.stageEvent.create({
    data: {
      programId: application.programId,
      stage,
      eventDate: meta.effective.date,
      eventPrecision: meta.effective.precision,
      note: `${application.acceptanceNumber}: ${labelOf("ApplicationStatus", status)}`,
      sourceUrl: meta.evidenceUrl,
      sourceConfidence: meta.evidenceConfidence,
    },
  });
  changes.push({ entityType: "StageEvent", entityId: event.id, action: "CREATE", version: 1, after: auditSnapshot(event, STAGE_EVENT_AUDIT_FIELDS, STAGE_EVENT_DATE_PAIRS) });
  return `Programme stage: ${labelOf("ProgramStage", stage)}.`;
}

/** Records a new application (受理号) on a programme. */
export async function createApplication(args: CreateArgs<CreateApplicationInput>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  return createAudited({
    table: APPLICATION_TABLE,
    context,
    refresh: "derived",
    create: async (tx) => {
      const program = await tx.program.findUnique({ where: { id: fields.programId }, select: { candidateId: true, drugCategory: true } });
      if (!program) throw appError("NOT_FOUND", "programmeMissing", { id: String(fields.programId) });
      const data = {
        programId: fields.programId,
        acceptanceNumber: fields.acceptanceNumber,
        type: fields.type,
        applicantId: fields.applicantId ?? null,
        ...dateColumns("submittedDate", "submittedPrecision", fields.submittedDate ?? null),
        ...dateColumns("acceptanceDate", "acceptancePrecision", fields.acceptanceDate ?? null),
        reviewTrack: fields.reviewTrack ?? null,
        inspectionStatus: fields.inspectionStatus ?? "NOT_REQUIRED",
        testingStatus: fields.testingStatus ?? "NOT_REQUIRED",
        approvalNumber: fields.approvalNumber ?? null,
        notes: fields.notes ?? null,
        sourceUrl: fields.sourceUrl ?? null,
        sourceConfidence: fields.sourceConfidence ?? "UNVERIFIED",
        status: fields.status ?? "SUBMITTED",
        statusDate: meta.effective.date,
        statusPrecision: meta.effective.precision,
      };
      const checked = checkApplicationFields(
        { ...data, submittedDate: data.submittedDate ?? null, submittedPrecision: data.submittedPrecision ?? null, acceptanceDate: data.acceptanceDate ?? null, acceptancePrecision: data.acceptancePrecision ?? null },
        program.drugCategory,
      );
      const refusals = [...checked.refusals, ...checkNotInFuture(meta.effective, chinaToday())];
      if (data.status === "ACCEPTED" && !data.acceptanceDate) {
        refusals.push({ rule: "ACCEPTED_REQUIRES_ACCEPTANCE_DATE", field: "acceptanceDate", message: "An accepted application needs its acceptance date (承办日期)." });
      }
      throwIfRefused(refusals);
      await assertAcceptanceNumberFree(tx, checked.acceptanceNumber);
      const application = await tx.application.create({ data: { ...data, acceptanceNumber: checked.acceptanceNumber } });
      await tx.applicationStatusChange.create({
        data: {
          applicationId: application.id,
          toStatus: application.status,
          changeDate: meta.effective.date,
          changePrecision: meta.effective.precision,
          sourceUrl: meta.evidenceUrl,
          sourceConfidence: meta.evidenceConfidence,
        },
      });
      return { record: application, candidateId: program.candidateId };
    },
    summary: (_tx, application) => `Recorded application ${application.acceptanceNumber} (${labelOf("ApplicationType", application.type)}).`,
  });
}

async function assertAcceptanceNumberFree(tx: Tx, acceptanceNumber: string, exceptId?: number): Promise<void> {
  const existing = await tx.application.findUnique({ where: { acceptanceNumber }, select: { id: true } });
  if (existing && existing.id !== exceptId) {
    throw refusalError([{ rule: "ACCEPTANCE_NUMBER_TAKEN", field: "acceptanceNumber", message: `${acceptanceNumber} is already recorded (application ${existing.id}).` }]);
  }
}

/** Edits an application's own fields (not its status, which only advanceApplicationStatus moves). */
export async function updateApplication(args: MutationArgs<Omit<UpdateApplicationInput, "expectedVersion">>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { applicationId: id, submittedDate, acceptanceDate, ...plain } = fields;
  return updateVersioned(APPLICATION_TABLE, {
    id, expectedVersion: args.expectedVersion, context,
    plan: (current) => {
      const patch: Partial<Application> = Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined));
      Object.assign(patch, dateColumns("submittedDate", "submittedPrecision", submittedDate), dateColumns("acceptanceDate", "acceptancePrecision", acceptanceDate));
      const checked = checkApplicationFields({ ...current, ...patch }, current.programCategory);
      if (patch.acceptanceNumber !== undefined) patch.acceptanceNumber = checked.acceptanceNumber;
      return { data: patch, refusals: [...checked.refusals, ...checkNotInFuture(context.meta.effective, chinaToday())] };
    },
    verify: async (tx, current, patch) => {
      if (patch.acceptanceNumber && patch.acceptanceNumber !== current.acceptanceNumber) await assertAcceptanceNumberFree(tx, patch.acceptanceNumber, id);
    },
    requireChanges: true,
    refresh: "derived",
    summary: (current, diff) => `${current.acceptanceNumber}: ${diff.map((change) => describeFieldChange("Application", change.field, change.before, change.after)).join("; ")}.`,
  });
}
