// Writes to designations (expedited programmes): open one on a programme, move it to another state with
// its dates. Same contract as every mutation: { actor, input, expectedVersion }, one transaction, audited.
import "server-only";
import type { Designation } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { isTerminalDesignationState } from "@/lib/domain/designation-state";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { AppError } from "@/lib/http/errors";
import type { ChangeDesignationStateInput, CreateDesignationInput } from "@/lib/designations/schemas";
import { DESIGNATION_DATE_COLUMNS, planDesignationChange, type DesignationDateColumn } from "@/lib/designations/state-change";
import type { CreateArgs, MutationArgs, MutationResult } from "@/lib/workflow/actor";
import { auditDiff, auditSnapshot, type DatePairs } from "@/lib/workflow/audit-view";
import { describeFieldChange } from "@/lib/workflow/audit-format";
import { splitChange } from "@/lib/workflow/change-meta";
import { assertLoadedVersion, assertUpdated } from "@/lib/workflow/conflicts";
import { chinaToday, checkNotInFuture } from "@/lib/workflow/effective-date";
import { refusalError, throwIfRefused } from "@/lib/workflow/refusals";
import { inTransaction, type Tx } from "@/lib/workflow/transaction";

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

async function loadDesignation(tx: Tx, id: number): Promise<Designation & { candidateId: number }> {
  const designation = await tx.designation.findUnique({ where: { id } });
  if (!designation) throw new AppError("NOT_FOUND", `Designation ${id} does not exist.`);
  const program = await tx.program.findUniqueOrThrow({ where: { id: designation.programId }, select: { candidateId: true } });
  return { ...designation, candidateId: program.candidateId };
}

export type DesignationStateChange = Omit<ChangeDesignationStateInput, "expectedVersion">;

/** Moves a designation to another state of its type's table, with the dates that state requires. */
export async function changeDesignationState({ actor, input, expectedVersion }: MutationArgs<DesignationStateChange>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  const { designationId: id, to, terminationReason, conditions, ...dateInputs } = fields;
  return inTransaction(async (tx) => {
    const current = await loadDesignation(tx, id);
    const target = { entityType: "Designation", entityId: id, expectedVersion };
    await assertLoadedVersion(tx, { ...target, currentVersion: current.version });
    const plan = planDesignationChange(current, {
      to,
      effective: meta.effective,
      today: chinaToday(),
      dates: dateInputs as { [C in DesignationDateColumn]?: typeof meta.effective | null },
      terminationReason,
      conditions,
    });
    throwIfRefused(plan.refusals);
    // The evidence of the new state becomes the designation's source; the audit keeps the previous one.
    const data: Partial<Designation> = { ...plan.data };
    if (meta.evidenceUrl) Object.assign(data, { sourceUrl: meta.evidenceUrl, sourceConfidence: meta.evidenceConfidence });

    const { count } = await tx.designation.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    await assertUpdated(tx, count, target, () => tx.designation.findUnique({ where: { id }, select: { version: true } }));
    const version = expectedVersion + 1;
    const diff = auditDiff(current, data, DESIGNATION_AUDIT_FIELDS, DESIGNATION_DATE_PAIRS);
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: diff.map((change) => ({
        entityType: "Designation",
        entityId: id,
        action: change.field === "state" ? "TRANSITION" : "UPDATE",
        version,
        ...change,
      })),
    });
    const summary =
      `${labelOf("DesignationType", current.type)}: ${describeFieldChange("Designation", "state", current.state, to)} ` +
      `(effective ${formatPartialDate(meta.effective.date, meta.effective.precision)}).`;
    return { entityType: "Designation", id, version, candidateId: current.candidateId, changeId, summary, warnings: plan.warnings };
  });
}

/** Opens a designation of a type on a programme, in "not applied"; its states then move by changeDesignationState. */
export async function createDesignation({ actor, input }: CreateArgs<CreateDesignationInput>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  return inTransaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { id: fields.programId }, select: { candidateId: true } });
    if (!program) throw new AppError("NOT_FOUND", `Programme ${fields.programId} does not exist.`);
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
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: [{ entityType: "Designation", entityId: designation.id, action: "CREATE", version: 1, after: auditSnapshot(designation, DESIGNATION_AUDIT_FIELDS, DESIGNATION_DATE_PAIRS) }],
    });
    return {
      entityType: "Designation",
      id: designation.id,
      version: 1,
      candidateId: program.candidateId,
      changeId,
      summary: `Opened a ${labelOf("DesignationType", designation.type)} designation.`,
      warnings: [],
    };
  });
}
