// Writes to designations (expedited programmes): open one on a programme, move it to another state with
// its dates. Same contract as every mutation: { actor, input, expectedVersion }, one transaction, audited.
import "server-only";
import type { Designation } from "@/generated/prisma/client";
import { isTerminalDesignationState } from "@/lib/domain/designation-state";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { appError } from "@/lib/i18n/app-error";
import { refreshCandidateAfterChange } from "@/lib/changes/refresh";
import type { ChangeDesignationStateInput, CreateDesignationInput } from "@/lib/designations/schemas";
import { DESIGNATION_DATE_COLUMNS, planDesignationChange, type DesignationDateColumn } from "@/lib/designations/state-change";
import type { CreateArgs, MutationArgs, MutationResult } from "@/lib/changes/actor";
import type { DatePairs } from "@/lib/changes/audit-view";
import { describeFieldChange } from "@/lib/changes/audit-format";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { chinaToday } from "@/lib/today";
import { refusalError, throwIfRefused } from "@/lib/changes/refusals";
import { createAudited, openChange, updateVersioned, type VersionedTable } from "@/lib/changes/write-step";

export const DESIGNATION_DATE_PAIRS: DatePairs = Object.entries(DESIGNATION_DATE_COLUMNS);

export const DESIGNATION_AUDIT_FIELDS = [
  "programId",
  "applicationId",
  "type",
  "state",
  ...Object.keys(DESIGNATION_DATE_COLUMNS),
  "terminationReason",
  "conditions",
  "cdeRecordId",
  "notes",
  "sourceUrl",
  "sourceConfidence",
];

/** The designation with its programme's candidate (two flat reads: nested reads overlap in a transaction). */
export const DESIGNATION_TABLE: VersionedTable<Designation> = {
  entityType: "Designation",
  load: async (tx, id) => {
    const designation = await tx.designation.findUnique({ where: { id } });
    if (!designation) throw appError("NOT_FOUND", "designationMissing", { id: String(id) });
    const program = await tx.program.findUniqueOrThrow({ where: { id: designation.programId }, select: { candidateId: true } });
    return { ...designation, candidateId: program.candidateId };
  },
  auditFields: DESIGNATION_AUDIT_FIELDS,
  datePairs: DESIGNATION_DATE_PAIRS,
  updateAtVersion: async (tx, id, version, data) => (await tx.designation.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  readVersion: (tx, id) => tx.designation.findUnique({ where: { id }, select: { version: true } }),
  loadMany: async (tx, ids) => {
    const designations = await tx.designation.findMany({ where: { id: { in: [...ids] } } });
    const programs = await tx.program.findMany({ where: { id: { in: [...new Set(designations.map((designation) => designation.programId))] } }, select: { id: true, candidateId: true } });
    const candidateOf = new Map(programs.map((program) => [program.id, program.candidateId]));
    return new Map(designations.map((designation) => [designation.id, { ...designation, candidateId: candidateOf.get(designation.programId)! }]));
  },
};

export type DesignationStateChange = Omit<ChangeDesignationStateInput, "expectedVersion">;

/** Moves a designation to another state of its type's table, with the dates that state requires. */
export async function changeDesignationState(args: MutationArgs<DesignationStateChange>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  const { designationId: id, to, terminationReason, conditions, ...dateInputs } = fields;
  return updateVersioned(DESIGNATION_TABLE, {
    id, expectedVersion: args.expectedVersion, context,
    plan: (current) => {
      const plan = planDesignationChange(current, {
        to,
        effective: meta.effective,
        today: chinaToday(),
        dates: dateInputs as { [C in DesignationDateColumn]?: typeof meta.effective | null },
        terminationReason,
        conditions,
      });
      // The evidence of the new state becomes the designation's source; the audit keeps the previous one.
      const data: Partial<Designation> = { ...plan.data };
      if (meta.evidenceUrl) Object.assign(data, { sourceUrl: meta.evidenceUrl, sourceConfidence: meta.evidenceConfidence });
      return { data, refusals: plan.refusals, warnings: plan.warnings };
    },
    transitionField: "state",
    // A designation held or lost changes the review path of the application it rides on.
    refresh: async (tx, current) => {
      await refreshCandidateAfterChange(tx, current.candidateId, "deadlines");
    },
    summary: (current) =>
      `${labelOf("DesignationType", current.type)}: ${describeFieldChange("Designation", "state", current.state, to)} ` +
      `(effective ${formatPartialDate(meta.effective.date, meta.effective.precision)}).`,
  });
}

/** Opens a designation of a type on a programme, in "not applied"; its states then move by changeDesignationState. */
export async function createDesignation(args: CreateArgs<CreateDesignationInput>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  return createAudited({
    table: DESIGNATION_TABLE,
    context,
    // Its dates (applied, requested) may be the candidate's newest regulatory fact.
    refresh: "lastChange",
    create: async (tx) => {
      const program = await tx.program.findUnique({ where: { id: fields.programId }, select: { candidateId: true } });
      if (!program) throw appError("NOT_FOUND", "programmeMissing", { id: String(fields.programId) });
      throwIfRefused(checkNotInFuture(meta.effective, chinaToday()));
      const open = await tx.designation.findMany({ where: { programId: fields.programId, type: fields.type }, select: { id: true, state: true } });
      const live = open.find((designation) => !isTerminalDesignationState(fields.type, designation.state));
      if (live) {
        throw refusalError([
          {
            rule: "DESIGNATION_ALREADY_OPEN",
            field: "type",
            message: `This programme already has a ${labelOf("DesignationType", fields.type)} designation that is "${labelOf("DesignationState", live.state)}" (designation ${live.id}); change its state instead.`,
          },
        ]);
      }
      if (fields.applicationId) {
        const application = await tx.application.findUnique({ where: { id: fields.applicationId }, select: { programId: true } });
        if (application?.programId !== fields.programId) {
          throw refusalError([{ rule: "APPLICATION_NOT_IN_PROGRAMME", field: "applicationId", message: `Application ${fields.applicationId} does not belong to this programme.` }]);
        }
      }
      const designation = await tx.designation.create({
        data: {
          programId: fields.programId,
          type: fields.type,
          applicationId: fields.applicationId ?? null,
          cdeRecordId: fields.cdeRecordId ?? null,
          sourceUrl: meta.evidenceUrl,
          sourceConfidence: meta.evidenceConfidence,
        },
      });
      return { record: designation, candidateId: program.candidateId };
    },
    summary: (_tx, designation) => `Opened a ${labelOf("DesignationType", designation.type)} designation.`,
  });
}
