// Writes to candidates: create, edit fields. Names, codes and companies feed the search text and the lead
// stage, which refreshCandidateDerived recomputes in the same transaction.
import "server-only";
import type { Candidate } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { refreshCandidateDerived } from "@/lib/candidates/derived";
import type { CreateCandidateInput, UpdateCandidateInput } from "@/lib/candidates/schemas";
import { AppError } from "@/lib/http/errors";
import type { CreateArgs, MutationArgs, MutationResult } from "@/lib/workflow/actor";
import { auditDiff, auditSnapshot } from "@/lib/workflow/audit-view";
import { describeFieldChange } from "@/lib/workflow/audit-format";
import { splitChange } from "@/lib/workflow/change-meta";
import { assertLoadedVersion, assertUpdated } from "@/lib/workflow/conflicts";
import { chinaToday, checkNotInFuture } from "@/lib/workflow/effective-date";
import { refusalError, throwIfRefused } from "@/lib/workflow/refusals";
import { inTransaction, type Tx } from "@/lib/workflow/transaction";

export const CANDIDATE_AUDIT_FIELDS = [
  "slug",
  "nameEn",
  "nameZh",
  "inn",
  "codeNames",
  "brandNamesEn",
  "brandNamesZh",
  "modality",
  "mechanismClass",
  "targets",
  "originatorId",
  "chinaRightsHolderId",
  "researchOnly",
  "notes",
  "sourceUrl",
  "sourceConfidence",
  "illustrative",
] as const;

/** "Semaglutide (oral)" → "semaglutide-oral"; Chinese-only names fall back to "candidate". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "candidate";
}

async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.candidate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function assertCompaniesExist(tx: Tx, fields: { originatorId?: number | null; chinaRightsHolderId?: number | null }): Promise<void> {
  for (const field of ["originatorId", "chinaRightsHolderId"] as const) {
    const id = fields[field];
    if (id != null && !(await tx.company.findUnique({ where: { id }, select: { id: true } }))) {
      throw refusalError([{ rule: "UNKNOWN_COMPANY", field, message: `Company ${id} does not exist.` }]);
    }
  }
}

export async function createCandidate({ actor, input }: CreateArgs<CreateCandidateInput>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  return inTransaction(async (tx) => {
    throwIfRefused(checkNotInFuture(meta.effective, chinaToday()));
    await assertCompaniesExist(tx, fields);
    const slug = fields.slug || (await freeSlug(tx, slugify(fields.nameEn)));
    if (fields.slug && (await tx.candidate.findUnique({ where: { slug }, select: { id: true } }))) {
      throw refusalError([{ rule: "SLUG_TAKEN", field: "slug", message: `The slug "${slug}" is already used by another candidate.` }]);
    }
    const candidate = await tx.candidate.create({
      data: {
        slug,
        nameEn: fields.nameEn,
        nameZh: fields.nameZh ?? null,
        inn: fields.inn ?? null,
        codeNames: fields.codeNames ?? [],
        brandNamesEn: fields.brandNamesEn ?? [],
        brandNamesZh: fields.brandNamesZh ?? [],
        modality: fields.modality,
        mechanismClass: fields.mechanismClass,
        targets: fields.targets ?? [],
        originatorId: fields.originatorId ?? null,
        chinaRightsHolderId: fields.chinaRightsHolderId ?? null,
        researchOnly: fields.researchOnly,
        leadStage: fields.researchOnly ? "RESEARCH_ONLY" : "PRECLINICAL",
        notes: fields.notes ?? null,
        sourceUrl: fields.sourceUrl ?? meta.evidenceUrl,
        sourceConfidence: fields.sourceConfidence ?? meta.evidenceConfidence,
      },
    });
    await refreshCandidateDerived(tx, candidate.id);
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: [{ entityType: "Candidate", entityId: candidate.id, action: "CREATE", version: 1, after: auditSnapshot(candidate, CANDIDATE_AUDIT_FIELDS, []) }],
    });
    return { entityType: "Candidate", id: candidate.id, version: 1, candidateId: candidate.id, changeId, summary: `Added the candidate ${candidate.nameEn}.`, warnings: [] };
  });
}

export async function updateCandidate({ actor, input, expectedVersion }: MutationArgs<Omit<UpdateCandidateInput, "expectedVersion">>): Promise<MutationResult> {
  const { meta, fields } = splitChange(input);
  const { candidateId: id, researchOnlyPresent, researchOnly, ...plain } = fields;
  return inTransaction(async (tx) => {
    const current = await tx.candidate.findUnique({ where: { id } });
    if (!current) throw new AppError("NOT_FOUND", `Candidate ${id} does not exist.`);
    const target = { entityType: "Candidate", entityId: id, expectedVersion };
    await assertLoadedVersion(tx, { ...target, currentVersion: current.version });
    const patch: Partial<Candidate> = Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined));
    // A form always posts researchOnlyPresent, so an unticked box there means false; JSON omits the field to keep it.
    if (researchOnly !== undefined || researchOnlyPresent) patch.researchOnly = researchOnly ?? false;
    throwIfRefused(checkNotInFuture(meta.effective, chinaToday()));
    await assertCompaniesExist(tx, patch);
    const diff = auditDiff(current, patch, CANDIDATE_AUDIT_FIELDS, []);
    if (diff.length === 0) throw refusalError([{ rule: "NO_CHANGES", message: "Nothing to save: no field differs from the current record." }]);
    const { count } = await tx.candidate.updateMany({ where: { id, version: expectedVersion }, data: { ...patch, version: { increment: 1 } } });
    await assertUpdated(tx, count, target, () => tx.candidate.findUnique({ where: { id }, select: { version: true } }));
    const version = expectedVersion + 1;
    await refreshCandidateDerived(tx, id);
    const { changeId } = await recordAudit(tx, {
      actor,
      channel: actor.channel,
      reason: meta.reason,
      evidenceUrl: meta.evidenceUrl,
      effective: meta.effective,
      changes: diff.map((change) => ({ entityType: "Candidate", entityId: id, action: "UPDATE", version, ...change })),
    });
    return {
      entityType: "Candidate",
      id,
      version,
      candidateId: id,
      changeId,
      summary: `${current.nameEn}: ${diff.map((change) => describeFieldChange("Candidate", change.field, change.before, change.after)).join("; ")}.`,
      warnings: [],
    };
  });
}
