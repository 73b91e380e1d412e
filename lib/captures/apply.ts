// Applies a capture's accepted proposals in one transaction: each proposal's steps call the same mutations
// as a form edit (inside a savepoint, so one refused or stale proposal leaves the others), with channel
// "capture" and the capture as the evidence on every audit row. A proposal whose record changed since the
// diff is stale: never overwritten; its row is diffed again and the fresh proposal offered instead.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { advanceApplicationStatus, APPLICATION_TABLE, createApplication, updateApplication } from "@/lib/applications/mutations";
import { changeDesignationState, createDesignation } from "@/lib/designations/mutations";
import { AppError } from "@/lib/errors";
import { appError } from "@/lib/i18n/app-error";
import { prisma } from "@/lib/db";
import { createReimbursementListing } from "@/lib/reimbursements/create-listing";
import { changeReimbursementState } from "@/lib/reimbursements/mutations";
import { changeProvincialAccess } from "@/lib/provincial-access/mutations";
import type { Actor, MutationResult } from "@/lib/changes/actor";
import { chinaToday } from "@/lib/today";
import { inOneTransaction, inSavepoint } from "@/lib/changes/transaction";
import { primeLoads } from "@/lib/changes/write-step";
import type { Refusal } from "@/lib/changes/refusals";
import { diffCaptureRows } from "@/lib/captures/diff";
import type { CaptureKindName } from "@/lib/captures/kinds";
import { captureRowsOf, insertProposals, summarizeCapture, type CaptureSummary } from "@/lib/captures/store";
import { UNDECIDED_STATUSES } from "@/lib/captures/proposal";
import { encodeProposalMessage, saidInEveryLocale, type Said } from "@/lib/captures/proposal-messages";
import { withWarningTexts } from "@/lib/captures/warnings";
import type { Locale } from "@/lib/i18n/config";
import { appErrorText } from "@/lib/i18n/refusal-messages";
import { parseStep, stepsSchema, type Step, type StepAction } from "@/lib/captures/steps";

type Evidence = { kind: "capture"; id: number };
type Run = (args: { actor: Actor; input: never; expectedVersion: number; evidenceRecord: Evidence }) => Promise<MutationResult>;

const MUTATIONS: Record<StepAction, Run> = {
  createApplication: createApplication as unknown as Run,
  advanceApplicationStatus: advanceApplicationStatus as unknown as Run,
  updateApplication: updateApplication as unknown as Run,
  createDesignation: createDesignation as unknown as Run,
  changeDesignationState: changeDesignationState as unknown as Run,
  changeReimbursementState: changeReimbursementState as unknown as Run,
  createReimbursementListing: createReimbursementListing as unknown as Run,
  changeProvincialAccess: changeProvincialAccess as unknown as Run,
};

/** Refusals that mean "someone recorded this since the diff": the proposal is stale, not wrong. */
const STALE_RULES = new Set(["ACCEPTANCE_NUMBER_TAKEN", "DESIGNATION_ALREADY_OPEN", "LISTING_EXISTS"]);

export type ApplyRequest = { accept: number[] | "all-valid"; reject?: number[] };

export type ApplyResult = CaptureSummary & {
  applied: number[];
  rejected: number[];
  /** `message`: why, in every locale (applyResultIn says it in the caller's). */
  stale: { id: number; message: Said }[];
  refused: { id: number; rule: string; message: Said }[];
  /** Accepted ids that were not open proposals (already applied, rejected, refused or information). */
  skipped: number[];
};

export const MAX_APPLY_PROPOSALS = 5_000;

export async function applyCapture(captureId: number, request: ApplyRequest, user: { id: number; label: string }): Promise<ApplyResult> {
  const capture = await prisma.capture.findUnique({ where: { id: captureId }, select: { id: true, kind: true, capturedAt: true, sourceUrl: true } });
  if (!capture) throw appError("NOT_FOUND", "captureMissing", { id: String(captureId) });
  const acceptIds = request.accept === "all-valid" ? null : request.accept;
  if (acceptIds && acceptIds.length > MAX_APPLY_PROPOSALS) throw appError("PAYLOAD_TOO_LARGE", "captureApplyTooMany", { max: String(MAX_APPLY_PROPOSALS) });
  const actor: Actor = { id: user.id, label: user.label, channel: "capture" };
  const evidenceRecord: Evidence = { kind: "capture", id: captureId };

  // Most applies refuse nothing: they run without a savepoint per proposal (two statements of seven). The
  // first refusal abandons that attempt, and the apply runs again with each proposal isolated in a savepoint,
  // so one refused or stale proposal leaves the others, as before.
  const attempt = (isolate: boolean) => inOneTransaction(async (tx) => {
    // Locks the capture's open proposals: two applies of the same capture run one after the other.
    const open = await tx.$queryRaw<{ id: number; steps: unknown; line: number; cells: unknown }[]>`
      SELECT id, steps, line, cells FROM "CaptureProposal"
      WHERE "captureId" = ${captureId} AND status = 'PROPOSED'
      ORDER BY line, id FOR UPDATE`;
    // Each proposal's steps parsed once, for the read-ahead and for the run.
    const chosen = (acceptIds ? open.filter((proposal) => acceptIds.includes(proposal.id)) : open).map((proposal) => ({
      id: proposal.id,
      steps: stepsSchema.parse(proposal.steps ?? []),
    }));
    const chosenIds = new Set(chosen.map((proposal) => proposal.id));
    const skipped = (acceptIds ?? []).filter((id) => !chosenIds.has(id));
    const applied: number[] = [];
    const stale: ApplyResult["stale"] = [];
    const refused: ApplyResult["refused"] = [];
    const decided = { decidedById: user.id, decidedAt: new Date() };
    const appliedChanges: { id: number; changeIds: string[] }[] = [];
    await primeLoads(tx, APPLICATION_TABLE, applicationIdsOf(chosen));
    for (const proposal of chosen) {
      try {
        const runSteps = async () => {
          const ids: string[] = [];
          let previous: { id: number; version: number } | null = null;
          for (const step of proposal.steps) {
            const parsed = parseStep(step, previous);
            if (!parsed.ok) throw new AppError("UNPROCESSABLE", parsed.error, { refusals: [{ rule: "INPUT_INVALID", message: parsed.error }] });
            const { expectedVersion, ...input } = parsed.value as { expectedVersion?: number };
            const done = await MUTATIONS[step.action]({ actor, input: input as never, expectedVersion: expectedVersion ?? 0, evidenceRecord });
            previous = { id: done.id, version: done.version };
            ids.push(done.changeId);
          }
          return ids;
        };
        const changeIds = isolate ? await inSavepoint(tx, runSteps) : await runSteps();
        appliedChanges.push({ id: proposal.id, changeIds });
        applied.push(proposal.id);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (!isolate) throw new NeedsIsolation();
        const rule = ((error.details as { refusals?: Refusal[] } | undefined)?.refusals ?? [])[0]?.rule;
        const reason = saidInEveryLocale((locale) => appErrorText(error, locale));
        if (error.code === "CONFLICT" || error.code === "NOT_FOUND" || (rule && STALE_RULES.has(rule))) {
          await tx.captureProposal.update({ where: { id: proposal.id }, data: { status: "STALE", message: encodeProposalMessage({ code: "stale", reason }), ...decided } });
          stale.push({ id: proposal.id, message: reason });
        } else {
          const message = encodeProposalMessage({ code: "refusedOnApply", reason });
          await tx.captureProposal.update({ where: { id: proposal.id }, data: { status: "REFUSED", rule: rule ?? error.code, message, ...decided } });
          refused.push({ id: proposal.id, rule: rule ?? error.code, message: reason });
        }
      }
    }
    // One statement for every applied proposal, not one each: a capture may apply thousands.
    if (appliedChanges.length > 0) {
      await tx.$executeRaw`
        UPDATE "CaptureProposal" AS p
        SET status = 'APPLIED', "appliedChangeIds" = ARRAY(SELECT json_array_elements_text(v."changeIds")),
            "decidedById" = ${decided.decidedById}, "decidedAt" = ${decided.decidedAt}
        FROM json_to_recordset(${JSON.stringify(appliedChanges)}::json) AS v(id int, "changeIds" json)
        WHERE p.id = v.id`;
    }
    const rejectIds = (request.reject ?? []).filter((id) => !chosenIds.has(id));
    const { count } = rejectIds.length
      ? await tx.captureProposal.updateMany({ where: { captureId, id: { in: rejectIds }, status: { in: [...UNDECIDED_STATUSES] } }, data: { status: "REJECTED", ...decided } })
      : { count: 0 };
    // Stale rows are diffed again against what is now recorded, inside the same transaction.
    const staleRows = open.filter((proposal) => stale.some((entry) => entry.id === proposal.id));
    if (staleRows.length > 0) {
      const drafts = await diffCaptureRows(tx as Prisma.TransactionClient, { ...capture, kind: capture.kind as CaptureKindName }, captureRowsOf(staleRows), chinaToday());
      await insertProposals(tx, captureId, drafts);
      await tx.capture.update({ where: { id: captureId }, data: { diffedAt: new Date() } });
    }
    return { applied, stale, refused, skipped, rejected: count > 0 ? rejectIds : [] };
  });
  let result: Awaited<ReturnType<typeof attempt>>;
  try {
    result = await attempt(false);
  } catch (error) {
    if (!(error instanceof NeedsIsolation)) throw error;
    result = await attempt(true);
  }
  return { ...(await summarizeCapture(prisma, captureId)), ...result };
}

/** An apply's answer as the API sends it: the warnings and why proposals went stale or were refused, in `locale`. */
export function applyResultIn(result: ApplyResult, locale: Locale) {
  return {
    ...withWarningTexts(result, locale),
    stale: result.stale.map((entry) => ({ ...entry, message: entry.message[locale] })),
    refused: result.refused.map((entry) => ({ ...entry, message: entry.message[locale] })),
  };
}

/** The applications the proposals' steps change (status or fields), read ahead in one go. */
function applicationIdsOf(proposals: readonly { steps: readonly Step[] }[]): number[] {
  return proposals.flatMap(({ steps }) =>
    steps.flatMap((step) => {
      const id = step.input.applicationId;
      return (step.action === "advanceApplicationStatus" || step.action === "updateApplication") && typeof id === "number" ? [id] : [];
    }),
  );
}

/** A proposal was refused on the fast path: its transaction is abandoned, and the apply runs again isolated. */
class NeedsIsolation extends Error {}
