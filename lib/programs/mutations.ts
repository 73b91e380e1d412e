// Writes to programmes: create, edit fields, add a dated stage event. The programme's current stage is not
// edited directly: it follows its latest stage event (refreshCandidateDerived).
import "server-only";
import type { Program } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { AppError } from "@/lib/http/errors";
import { PROGRAM_AUDIT_FIELDS, STAGE_EVENT_AUDIT_FIELDS, STAGE_EVENT_DATE_PAIRS } from "@/lib/programs/audit-fields";
import { checkProgramFields } from "@/lib/programs/field-rules";
import type { AddStageEventInput, CreateProgramInput, UpdateProgramInput } from "@/lib/programs/schemas";
import type { CreateArgs, MutationArgs, MutationResult } from "@/lib/workflow/actor";
import { auditDiff, auditSnapshot } from "@/lib/workflow/audit-view";
import { describeFieldChange } from "@/lib/workflow/audit-format";
import { splitChange } from "@/lib/workflow/change-meta";
import { assertLoadedVersion, assertUpdated } from "@/lib/workflow/conflicts";
import { chinaToday, checkNotInFuture } from "@/lib/workflow/effective-date";
import { refusalError, throwIfRefused } from "@/lib/workflow/refusals";
import { inTransaction, type Tx } from "@/lib/workflow/transaction";

async function assertCompanyExists(tx: Tx, id: number | null | undefined, field: string): Promise<void> {
  if (id == null) return;
  if (!(await tx.company.findUnique({ where: { id }, select: { id: true } }))) {
    throw refusalError([{ rule: "UNKNOWN_COMPANY", field, message: `Company ${id} does not exist.` }]);
  }
}

export async function createProgram({ actor, input }: CreateArgs<CreateProgramInput>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  return inTransaction(async (tx) => {
    const candidate = await tx.candidate.findUnique({ where: { id: fields.candidateId }, select: { id: true } });
    if (!candidate) throw new AppError("NOT_FOUND", `Candidate ${fields.candidateId} does not exist.`);
    const data = {
      candidateId: fields.candidateId,
      indicationEn: fields.indicationEn,
      indicationZh: fields.indicationZh ?? null,
      doseForm: fields.doseForm ?? null,
      sponsorId: fields.sponsorId ?? null,
      drugCategory: fields.drugCategory,
      registrationClass: fields.registrationClass ?? null,
      origin: fields.origin,
      currentStage: fields.currentStage ?? "PRECLINICAL",
      notes: fields.notes ?? null,
      sourceUrl: fields.sourceUrl ?? meta.evidenceUrl,
      sourceConfidence: fields.sourceConfidence ?? meta.evidenceConfidence,
    };
    throwIfRefused([...checkProgramFields(data), ...checkNotInFuture(meta.effective, chinaToday())]);
    await assertCompanyExists(tx, data.sponsorId, "sponsorId");
    const program = await tx.program.create({ data });
    await refreshCandidateDerived(tx, fields.candidateId);
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: [{ entityType: "Program", entityId: program.id, action: "CREATE", version: 1, after: auditSnapshot(program, PROGRAM_AUDIT_FIELDS, []) }],
    });
    return {
      entityType: "Program",
      id: program.id,
      version: 1,
      candidateId: fields.candidateId,
      changeId,
      summary: `Added the programme "${program.indicationEn}".`,
      warnings: [],
    };
  });
}

export async function updateProgram({ actor, input, expectedVersion }: MutationArgs<Omit<UpdateProgramInput, "expectedVersion">>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  const { programId: id, ...plain } = fields;
  return inTransaction(async (tx) => {
    const current = await tx.program.findUnique({ where: { id } });
    if (!current) throw new AppError("NOT_FOUND", `Programme ${id} does not exist.`);
    const target = { entityType: "Program", entityId: id, expectedVersion };
    await assertLoadedVersion(tx, { ...target, currentVersion: current.version });
    const patch: Partial<Program> = Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined));
    throwIfRefused([...checkProgramFields({ ...current, ...patch }), ...checkNotInFuture(meta.effective, chinaToday())]);
    if (patch.sponsorId !== undefined) await assertCompanyExists(tx, patch.sponsorId, "sponsorId");
    const diff = auditDiff(current, patch, PROGRAM_AUDIT_FIELDS, []);
    if (diff.length === 0) throw refusalError([{ rule: "NO_CHANGES", message: "Nothing to save: no field differs from the current record." }]);
    const { count } = await tx.program.updateMany({ where: { id, version: expectedVersion }, data: { ...patch, version: { increment: 1 } } });
    await assertUpdated(tx, count, target, () => tx.program.findUnique({ where: { id }, select: { version: true } }));
    const version = expectedVersion + 1;
    await refreshCandidateDerived(tx, current.candidateId);
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: diff.map((change) => ({ entityType: "Program", entityId: id, action: "UPDATE", version, ...change })),
    });
    return {
      entityType: "Program",
      id,
      version,
      candidateId: current.candidateId,
      changeId,
      summary: `${current.indicationEn}: ${diff.map((change) => describeFieldChange("Program", change.field, change.before, change.after)).join("; ")}.`,
      warnings: [],
    };
  });
}

/** Records that a programme reached a stage on a date; the programme's stage follows its latest event. */
export async function addStageEvent({ actor, input }: CreateArgs<AddStageEventInput>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  return inTransaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { id: fields.programId }, select: { candidateId: true, indicationEn: true, currentStage: true } });
    if (!program) throw new AppError("NOT_FOUND", `Programme ${fields.programId} does not exist.`);
    throwIfRefused(checkNotInFuture(meta.effective, chinaToday()));
    const event = await tx.stageEvent.create({
      data: {
        programId: fields.programId,
        stage: fields.stage,
        eventDate: meta.effective.date,
        eventPrecision: meta.effective.precision,
        note: fields.note ?? null,
        sourceUrl: meta.evidenceUrl,
        sourceConfidence: meta.evidenceConfidence,
      },
    });
    await refreshCandidateDerived(tx, program.candidateId);
    const after = await tx.program.findUniqueOrThrow({ where: { id: fields.programId }, select: { currentStage: true } });
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: [{ entityType: "StageEvent", entityId: event.id, action: "CREATE", version: 1, after: auditSnapshot(event, STAGE_EVENT_AUDIT_FIELDS, STAGE_EVENT_DATE_PAIRS) }],
    });
    const stageNote =
      after.currentStage === fields.stage
        ? `Programme stage: ${labelOf("ProgramStage", after.currentStage)}.`
        : `The programme stays "${labelOf("ProgramStage", after.currentStage)}": a later-dated event sets its stage.`;
    return {
      entityType: "StageEvent",
      id: event.id,
      version: 1,
      candidateId: program.candidateId,
      changeId,
      summary: `${program.indicationEn}: ${labelOf("ProgramStage", fields.stage)} on ${formatPartialDate(meta.effective.date, meta.effective.precision)}. ${stageNote}`,
      warnings: [],
    };
  });
}
