// Writes to candidates: create, edit fields. Names, codes and companies feed the search text and the lead
// stage, which refreshCandidateDerived recomputes in the same transaction.
import "server-only";
import type { Candidate } from "@/generated/prisma/client";
import type { CreateCandidateInput, UpdateCandidateInput } from "@/lib/candidates/schemas";
import { appError } from "@/lib/i18n/app-error";
import type { CreateArgs, MutationArgs, MutationResult } from "@/lib/changes/actor";
import { describeFieldChange } from "@/lib/changes/audit-format";
import { checkNotInFuture } from "@/lib/changes/effective-date";
import { chinaToday } from "@/lib/today";
import { refusalError, throwIfRefused } from "@/lib/changes/refusals";
import type { Tx } from "@/lib/changes/transaction";
import { createAudited, openChange, updateVersioned, type VersionedTable } from "@/lib/changes/write-step";

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

export const CANDIDATE_TABLE: VersionedTable<Candidate> = {
  entityType: "Candidate",
  load: async (tx, id) => {
    const candidate = await tx.candidate.findUnique({ where: { id } });
    if (!candidate) throw appError("NOT_FOUND", "candidateMissing", { id: String(id) });
    return { ...candidate, candidateId: candidate.id };
  },
  auditFields: CANDIDATE_AUDIT_FIELDS,
  datePairs: [],
  updateAtVersion: async (tx, id, version, data) => (await tx.candidate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count,
  readVersion: (tx, id) => tx.candidate.findUnique({ where: { id }, select: { version: true } }),
};

export async function createCandidate(args: CreateArgs<CreateCandidateInput>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { meta } = context;
  return createAudited({
    table: CANDIDATE_TABLE,
    context,
    refresh: "derived",
    create: async (tx) => {
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
      return { record: candidate, candidateId: candidate.id };
    },
    summary: (_tx, candidate) => `Added the candidate ${candidate.nameEn}.`,
  });
}

export async function updateCandidate(args: MutationArgs<Omit<UpdateCandidateInput, "expectedVersion">>): Promise<MutationResult> {
  const { fields, context } = openChange(args);
  const { candidateId: id, researchOnlyPresent, researchOnly, ...plain } = fields;
  return updateVersioned(CANDIDATE_TABLE, {
    id, expectedVersion: args.expectedVersion, context,
    plan: () => {
      const patch: Partial<Candidate> = Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined));
      // A form always posts researchOnlyPresent, so an unticked box there means false; JSON omits the field to keep it.
      if (researchOnly !== undefined || researchOnlyPresent) patch.researchOnly = researchOnly ?? false;
      return { data: patch, refusals: checkNotInFuture(context.meta.effective, chinaToday()) };
    },
    verify: (tx, _current, patch) => assertCompaniesExist(tx, patch),
    requireChanges: true,
    refresh: "derived",
    summary: (current, diff) => `${current.nameEn}: ${diff.map((change) => describeFieldChange("Candidate", change.field, change.before, change.after)).join("; ")}.`,
  });
}
