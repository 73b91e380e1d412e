// Writes to programmes: create, edit fields, add a dated stage event. The programme's current stage is not
// edited directly: it follows its latest stage event (refreshCandidateDerived).
import "server-only";
import type { Program } from "@/generated/prisma/client";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { appError } from "@/lib/i18n/app-error";
import { PROGRAM_AUDIT_FIELDS, STAGE_EVENT_AUDIT_FIELDS, STAGE_EVENT_DATE_PAIRS } from "@/lib/programs/audit-fields";
import { checkProgramFields } from "@/lib/programs/field-rules";
import type { AddStageEventInput, CreateProgramInput, UpdateProgramInput } from "@/lib/programs/schemas";
import type { CreateArgs, MutationArgs, MutationResult } from "@/lib/changes/actor";
import { describeFieldChange } from "@/lib/changes/audit-format";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { chinaToday } from "@/lib/today";
import { refusalError, throwIfRefused } from "@/lib/changes/refusals";
import type { Tx } from "@/lib/changes/transaction";
import { createAudited, openChange, updateVersioned, type AuditedTable, type VersionedTable } from "@/lib/changes/write-step";

export const PROGRAM_TABLE: VersionedTable<Program> = {
  entityType: "Program",
  load: async (tx, id) => {
    const program = await tx.program.findUnique({ where: { id } });
    if (!program) throw appError("NOT_FOUND", "programmeMissing", { id: String(id) });
    return program;
  },
  auditFields: PROGRAM_AUDIT_FIELDS,
  datePairs: [],
  updateAtVersion: async (tx, id, version, data) => (await tx.program.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  readVersion: (tx, id) => tx.program.findUnique({ where: { id }, select: { version: true } }),
};

const STAGE_EVENT_TABLE: AuditedTable = { entityType: "StageEvent", auditFields: STAGE_EVENT_AUDIT_FIELDS, datePairs: STAGE_EVENT_DATE_PAIRS };

async function assertCompanyExists(tx: Tx, id: number | null | undefined, field: string): Promise<void> {
  if (id == null) return;
  if (!(await tx.company.findUnique({ where: { id }, select: { id: true } }))) {
    throw refusalError([{ rule: "UNKNOWN_COMPANY", field, message: `Company ${id} does not exist.` }]);
  }
}

export async function createProgram(args: CreateArgs<CreateProgramInput>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  return createAudited({
    table: PROGRAM_TABLE,
    context,
    refresh: "derived",
    create: async (tx) => {
      const candidate = await tx.candidate.findUnique({ where: { id: fields.candidateId }, select: { id: true } });
      if (!candidate) throw appError("NOT_FOUND", "candidateMissing", { id: String(fields.candidateId) });
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
      return { record: await tx.program.create({ data }), candidateId: fields.candidateId };
    },
    summary: (_tx, program) => `Added the programme "${program.indicationEn}".`,
  });
}

export async function updateProgram(args: MutationArgs<Omit<UpdateProgramInput, "expectedVersion">>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { programId: id, ...plain } = fields;
  return updateVersioned(PROGRAM_TABLE, {
    id, expectedVersion: args.expectedVersion, context,
    plan: (current) => {
      const patch: Partial<Program> = Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined));
      return { data: patch, refusals: [...checkProgramFields({ ...current, ...patch }), ...checkNotInFuture(context.meta.effective, chinaToday())] };
    },
    verify: async (tx, _current, patch) => {
      if (patch.sponsorId !== undefined) await assertCompanyExists(tx, patch.sponsorId, "sponsorId");
    },
    requireChanges: true,
    refresh: "derived",
    summary: (current, diff) => `${current.indicationEn}: ${diff.map((change) => describeFieldChange("Program", change.field, change.before, change.after)).join("; ")}.`,
  });
}

/** Records that a programme reached a stage on a date; the programme's stage follows its latest event. */
export async function addStageEvent(args: CreateArgs<AddStageEventInput>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  return createAudited({
    table: STAGE_EVENT_TABLE,
    context,
    refresh: "derived",
    create: async (tx) => {
      const program = await tx.program.findUnique({ where: { id: fields.programId }, select: { candidateId: true } });
      if (!program) throw appError("NOT_FOUND", "programmeMissing", { id: String(fields.programId) });
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
      return { record: event, candidateId: program.candidateId };
    },
    summary: async (tx) => {
      const after = await tx.program.findUniqueOrThrow({ where: { id: fields.programId }, select: { currentStage: true, indicationEn: true } });
      const stageNote =
        after.currentStage === fields.stage
          ? `Programme stage: ${labelOf("ProgramStage", after.currentStage)}.`
          : `The programme stays "${labelOf("ProgramStage", after.currentStage)}": a later-dated event sets its stage.`;
      return `${after.indicationEn}: ${labelOf("ProgramStage", fields.stage)} on ${formatPartialDate(meta.effective.date, meta.effective.precision)}. ${stageNote}`;
    },
  });
}
