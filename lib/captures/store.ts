// Captures in PostgreSQL: read and check the source, keep its raw bytes and SHA-256 (the same bytes again find
// the earlier capture), diff its rows and store the proposals, all or nothing. Reading lists and one capture.
import "server-only";
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { appError } from "@/lib/i18n/app-error";
import { chinaToday } from "@/lib/today";
import { diffCaptureRows, type CaptureForDiff } from "@/lib/captures/diff";
import { captureKind, type CaptureKindName } from "@/lib/captures/kinds";
import { countOutcomes, type ProposalDraft, type StoredSuggestion } from "@/lib/captures/proposal";
import { readCaptureTable, type CaptureRow } from "@/lib/captures/read-capture";
import { readPastedSource, readUploadedSource } from "@/lib/captures/read-source";
import { decodeCaptureWarning, encodeCaptureWarning, type StoredCaptureWarning } from "@/lib/captures/warnings";
import { decodeProposalMessage, decodeSuggestionWhy, encodeProposalMessage } from "@/lib/captures/proposal-messages";

type Db = PrismaClient;

export type CaptureSource = { bytes: Uint8Array; fileName: string } | { text: string };

export type NewCapture = {
  source: CaptureSource;
  kind?: string | null;
  sourceUrl?: string | null;
  capturedAt?: Date | null;
  uploader: { id: number | null; label: string };
};

export type CaptureSummary = { id: number; kind: CaptureKindName; rows: number; proposals: Record<string, number>; warnings: StoredCaptureWarning[]; existing: boolean };

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The proposals in one statement: the drafts as one JSON parameter expanded by PostgreSQL, rather than a
 * parameter per field (a 5,000-row capture is 85,000 of them, built and sent in batches by the client).
 */
export async function insertProposals(tx: Prisma.TransactionClient, captureId: number, drafts: readonly ProposalDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  const rows = drafts.map((draft) => ({
    line: draft.line,
    outcome: draft.outcome,
    status: draft.status,
    rule: draft.rule ?? null,
    message: encodeProposalMessage(draft.message),
    candidateId: draft.candidateId ?? null,
    candidateName: draft.candidateName ?? null,
    acceptanceNumber: draft.acceptanceNumber ?? null,
    entityType: draft.entityType ?? null,
    entityId: draft.entityId ?? null,
    entityVersion: draft.entityVersion ?? null,
    before: draft.before ?? null,
    after: draft.after ?? null,
    steps: draft.steps ?? null,
    cells: draft.cells,
    suggestions: draft.suggestions?.length ? draft.suggestions : null,
  }));
  await tx.$executeRaw`
    INSERT INTO "CaptureProposal" ("captureId", line, outcome, status, rule, message, "candidateId", "candidateName", "acceptanceNumber",
                                   "entityType", "entityId", "entityVersion", before, after, steps, cells, suggestions)
    SELECT ${captureId}, r.line, r.outcome::"CaptureOutcome", r.status::"CaptureProposalStatus", r.rule, r.message, r."candidateId",
           r."candidateName", r."acceptanceNumber", r."entityType", r."entityId", r."entityVersion",
           r.before, r.after, r.steps, r.cells, r.suggestions
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
      line int, outcome text, status text, rule text, message text, "candidateId" int, "candidateName" text, "acceptanceNumber" text,
      "entityType" text, "entityId" int, "entityVersion" int, before jsonb, after jsonb, steps jsonb, cells jsonb, suggestions jsonb)`;
}

export async function summarizeCapture(db: Db, id: number, existing = false): Promise<CaptureSummary> {
  const capture = await db.capture.findUnique({ where: { id }, select: { id: true, kind: true, rowCount: true, warnings: true } });
  if (!capture) throw appError("NOT_FOUND", "captureMissing", { id: String(id) });
  const proposals = await db.captureProposal.findMany({ where: { captureId: id, status: { not: "STALE" } }, select: { outcome: true, status: true } });
  return { id, kind: capture.kind as CaptureKindName, rows: capture.rowCount, proposals: countOutcomes(proposals), warnings: capture.warnings.map(decodeCaptureWarning), existing };
}

/** Stores a capture and its proposals; the same bytes as an earlier capture answer that capture instead. */
export async function createCapture(db: Db, input: NewCapture): Promise<CaptureSummary> {
  const raw = "text" in input.source ? new TextEncoder().encode(input.source.text) : input.source.bytes;
  const sha256 = sha256Of(raw);
  const earlier = await db.capture.findUnique({ where: { sha256 }, select: { id: true } });
  if (earlier) return summarizeCapture(db, earlier.id, true);

  const source = "text" in input.source ? readPastedSource(input.source.text) : await readUploadedSource(input.source.bytes, input.source.fileName);
  const table = readCaptureTable(source, input.kind ?? undefined);
  const capturedAt = input.capturedAt ?? new Date();
  if (capturedAt.getTime() > Date.now() + 60_000) throw appError("BAD_REQUEST", "captureInFuture");

  // The capture, its diff and its proposals commit together: a capture whose rows cannot be diffed writes nothing.
  const forDiff: CaptureForDiff = { id: 0, kind: table.kind, capturedAt, sourceUrl: input.sourceUrl ?? null };
  return db.$transaction(
    async (tx) => {
      const capture = await tx.capture.create({
        data: {
          kind: table.kind,
          format: source.format,
          encoding: source.encoding,
          fileName: "fileName" in input.source ? input.source.fileName.slice(0, 255) || null : null,
          sourceUrl: input.sourceUrl ?? null,
          capturedAt,
          uploaderId: input.uploader.id,
          uploaderLabel: input.uploader.label,
          sha256,
          raw: Buffer.from(raw),
          rowCount: table.rows.length,
          footerTotal: table.footerTotal,
          warnings: table.warnings.map(encodeCaptureWarning),
        },
      });
      const drafts = await diffCaptureRows(tx, { ...forDiff, id: capture.id }, table.rows, chinaToday());
      await insertProposals(tx, capture.id, drafts);
      return { id: capture.id, kind: table.kind, rows: table.rows.length, proposals: countOutcomes(drafts), warnings: table.warnings, existing: false };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

export async function listCaptures(db: Db, { page = 1, perPage = 50 } = {}) {
  const [captures, total] = await Promise.all([
    db.capture.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * perPage,
      take: perPage,
      select: { id: true, kind: true, format: true, fileName: true, sourceUrl: true, capturedAt: true, uploaderLabel: true, rowCount: true, warnings: true, createdAt: true },
    }),
    db.capture.count(),
  ]);
  const ids = captures.map((capture) => capture.id);
  const groups = await db.captureProposal.groupBy({ by: ["captureId", "outcome", "status"], where: { captureId: { in: ids }, status: { not: "STALE" } }, _count: { _all: true } });
  const counts = new Map<number, Record<string, number>>();
  for (const group of groups) {
    const forCapture = counts.get(group.captureId) ?? {};
    const key = group.status === "REFUSED" ? "REFUSED" : group.status === "APPLIED" ? "APPLIED" : group.outcome;
    forCapture[key] = (forCapture[key] ?? 0) + group._count._all;
    counts.set(group.captureId, forCapture);
  }
  return {
    data: captures.map((capture) => ({ ...capture, warnings: capture.warnings.map(decodeCaptureWarning), proposals: counts.get(capture.id) ?? {} })),
    total,
    page,
    perPage,
  };
}

export async function findCapture(db: Db, id: number) {
  const capture = await db.capture.findUnique({
    where: { id },
    select: { id: true, kind: true, format: true, encoding: true, fileName: true, sourceUrl: true, capturedAt: true, uploaderLabel: true, rowCount: true, footerTotal: true, warnings: true, sha256: true, createdAt: true, diffedAt: true },
  });
  if (!capture) throw appError("NOT_FOUND", "captureMissing", { id: String(id) });
  const proposals = await db.captureProposal.findMany({
    where: { captureId: id },
    orderBy: [{ line: "asc" }, { id: "asc" }],
    select: {
      id: true,
      line: true,
      outcome: true,
      status: true,
      rule: true,
      message: true,
      candidateId: true,
      candidateName: true,
      acceptanceNumber: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      cells: true,
      suggestions: true,
      appliedChangeIds: true,
    },
  });
  const kind = captureKind(capture.kind);
  return {
    ...capture,
    warnings: capture.warnings.map(decodeCaptureWarning),
    kindLabel: kind?.label ?? { en: capture.kind, zh: capture.kind },
    proposals: proposals.map((proposal) => ({ ...proposal, message: decodeProposalMessage(proposal.message), suggestions: suggestionsOf(proposal.suggestions) })),
    counts: countOutcomes(proposals.filter((proposal) => proposal.status !== "STALE")),
  };
}

export type CaptureDetail = Awaited<ReturnType<typeof findCapture>>;

/** The stored suggestions (jsonb), each `why` a code or the sentence of a proposal stored before the codes. */
function suggestionsOf(stored: unknown): StoredSuggestion[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((suggestion: { candidateId: number; name: string; why: unknown }) => ({ candidateId: suggestion.candidateId, name: suggestion.name, why: decodeSuggestionWhy(suggestion.why) }));
}

export function captureRowsOf(proposals: readonly { line: number; cells: unknown }[]): CaptureRow[] {
  return proposals.map((proposal) => ({ line: proposal.line, cells: proposal.cells as Record<string, string> }));
}
