// Writes to reimbursement listings: move one listing (programme x list x year) along the NHSA cycle.
import "server-only";
import type { ReimbursementListing } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { labelOf } from "@/lib/domain/vocabulary";
import { AppError } from "@/lib/http/errors";
import type { ChangeReimbursementStateInput } from "@/lib/reimbursements/schemas";
import { planReimbursementChange, REIMBURSEMENT_DATE_COLUMNS } from "@/lib/reimbursements/state-change";
import type { MutationArgs, MutationResult } from "@/lib/workflow/actor";
import { auditDiff, type DatePairs } from "@/lib/workflow/audit-view";
import { describeFieldChange } from "@/lib/workflow/audit-format";
import { splitChange } from "@/lib/workflow/change-meta";
import { assertLoadedVersion, assertUpdated } from "@/lib/workflow/conflicts";
import { chinaToday } from "@/lib/workflow/effective-date";
import { throwIfRefused } from "@/lib/workflow/refusals";
import { inTransaction } from "@/lib/workflow/transaction";

export const REIMBURSEMENT_DATE_PAIRS: DatePairs = Object.entries(REIMBURSEMENT_DATE_COLUMNS);

export const REIMBURSEMENT_AUDIT_FIELDS = [
  "programId",
  "list",
  "listYear",
  "state",
  "route",
  ...Object.keys(REIMBURSEMENT_DATE_COLUMNS),
  "paymentStandard",
  "paymentUnit",
  "restriction",
  "notes",
  "sourceUrl",
  "sourceConfidence",
];

export async function changeReimbursementState({
  actor,
  input,
  expectedVersion,
}: MutationArgs<Omit<ChangeReimbursementStateInput, "expectedVersion">>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  const { listingId: id, to, route, effectiveDateOfList, publicationDate, agreementStartDate, agreementEndDate, ...rest } = fields;
  return inTransaction(async (tx) => {
    const current = await tx.reimbursementListing.findUnique({ where: { id } });
    if (!current) throw new AppError("NOT_FOUND", `Reimbursement listing ${id} does not exist.`);
    const program = await tx.program.findUniqueOrThrow({ where: { id: current.programId }, select: { candidateId: true } });
    const target = { entityType: "ReimbursementListing", entityId: id, expectedVersion };
    await assertLoadedVersion(tx, { ...target, currentVersion: current.version });
    const plan = planReimbursementChange(current, {
      to,
      effective: meta.effective,
      today: chinaToday(),
      route,
      dates: { effectiveDate: effectiveDateOfList, publicationDate, agreementStartDate, agreementEndDate },
      ...rest,
    });
    throwIfRefused(plan.refusals);
    const data = { ...plan.data } as Partial<ReimbursementListing>;
    if (meta.evidenceUrl) Object.assign(data, { sourceUrl: meta.evidenceUrl, sourceConfidence: meta.evidenceConfidence });

    const { count } = await tx.reimbursementListing.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
    await assertUpdated(tx, count, target, () => tx.reimbursementListing.findUnique({ where: { id }, select: { version: true } }));
    const version = expectedVersion + 1;
    const diff = auditDiff(current, data, REIMBURSEMENT_AUDIT_FIELDS, REIMBURSEMENT_DATE_PAIRS);
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: diff.map((change) => ({
        entityType: "ReimbursementListing",
        entityId: id,
        action: change.field === "state" ? "TRANSITION" : "UPDATE",
        version,
        ...change,
      })),
    });
    const summary =
      `${labelOf("ReimbursementList", current.list)} ${current.listYear}: ${describeFieldChange("ReimbursementListing", "state", current.state, to)} ` +
      `(effective ${formatPartialDate(meta.effective.date, meta.effective.precision)}).`;
    return { entityType: "ReimbursementListing", id, version, candidateId: program.candidateId, changeId, summary, warnings: [] };
  });
}
