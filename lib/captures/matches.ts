// What an analyst settles on a capture after its diff: a captured name confirmed as one candidate (a fuzzy
// suggestion, or one of several candidates with that name), and "diff again" once the database has what a row
// needed (a candidate added from a "new candidate needed" row). Both re-diff the capture's undecided rows in
// one transaction; applied and rejected proposals stay as they were.
import "server-only";
import { prisma } from "@/lib/db";
import { appError } from "@/lib/i18n/app-error";
import { chinaToday } from "@/lib/today";
import { inOneTransaction } from "@/lib/changes/transaction";
import { diffCaptureRows } from "@/lib/captures/diff";
import type { CaptureKindName } from "@/lib/captures/kinds";
import { normaliseDrugName } from "@/lib/captures/normalise";
import { isUndecided, UNDECIDED_STATUSES } from "@/lib/captures/proposal";
import { captureRowsOf, insertProposals, summarizeCapture, type CaptureSummary } from "@/lib/captures/store";
import type { Tx } from "@/lib/changes/transaction";


async function rediffUndecided(tx: Tx, captureId: number): Promise<number> {
  const capture = await tx.capture.findUnique({ where: { id: captureId }, select: { id: true, kind: true, capturedAt: true, sourceUrl: true } });
  if (!capture) throw appError("NOT_FOUND", "captureMissing", { id: String(captureId) });
  // Locks the rows as apply does, so an apply and a re-diff of one capture run one after the other.
  const open = await tx.$queryRaw<{ id: number; line: number; cells: unknown }[]>`
    SELECT id, line, cells FROM "CaptureProposal"
    WHERE "captureId" = ${captureId} AND status::text = ANY(${[...UNDECIDED_STATUSES]}::text[])
    ORDER BY line, id FOR UPDATE`;
  if (open.length === 0) return 0;
  const drafts = await diffCaptureRows(tx, { ...capture, kind: capture.kind as CaptureKindName }, captureRowsOf(open), chinaToday());
  await tx.captureProposal.deleteMany({ where: { id: { in: open.map((proposal) => proposal.id) } } });
  await insertProposals(tx, captureId, drafts);
  await tx.capture.update({ where: { id: captureId }, data: { diffedAt: new Date() } });
  return open.length;
}

export type RediffResult = CaptureSummary & { rediffed: number };

/** Diffs the capture's undecided rows again against what is recorded now. */
export async function rediffCapture(captureId: number): Promise<RediffResult> {
  const rediffed = await inOneTransaction((tx) => rediffUndecided(tx, captureId));
  return { ...(await summarizeCapture(prisma, captureId)), rediffed };
}

/**
 * Confirms that the drug name of `proposalId`'s row is `candidateId` for this capture (never for others: it
 * renames no one), then re-diffs the undecided rows, so every row with that name follows the confirmation.
 */
export async function confirmNameMatch(
  captureId: number,
  { proposalId, candidateId }: { proposalId: number; candidateId: number },
  user: { id: number; label: string },
): Promise<RediffResult> {
  const rediffed = await inOneTransaction(async (tx) => {
    const proposal = await tx.captureProposal.findFirst({ where: { id: proposalId, captureId }, select: { cells: true, status: true, outcome: true } });
    if (!proposal) throw appError("NOT_FOUND", "captureProposalMissing", { capture: String(captureId), proposal: String(proposalId) });
    if (!isUndecided(proposal.status)) {
      throw appError("CONFLICT", "captureProposalDecided", { id: String(proposalId), status: proposal.status.toLowerCase() });
    }
    const name = normaliseDrugName((proposal.cells as Record<string, string>).drugName ?? "");
    if (!name) throw appError("UNPROCESSABLE", "captureProposalNoName", { id: String(proposalId) });
    const candidate = await tx.candidate.findUnique({ where: { id: candidateId }, select: { id: true } });
    if (!candidate) throw appError("UNPROCESSABLE", "candidateMissing", { id: String(candidateId) }, { fields: { candidateId: ["No such candidate."] } });
    await tx.captureNameMatch.upsert({
      where: { captureId_name: { captureId, name } },
      create: { captureId, name, candidateId, confirmedById: user.id, confirmedByLabel: user.label },
      update: { candidateId, confirmedById: user.id, confirmedByLabel: user.label, createdAt: new Date() },
    });
    return rediffUndecided(tx, captureId);
  });
  return { ...(await summarizeCapture(prisma, captureId)), rediffed };
}
