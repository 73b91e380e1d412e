// Fields the write path keeps in step with their sources: Candidate.searchText, Candidate.leadStage,
// Program.currentStage, Candidate.lastRegulatoryChange and the review-deadline sort keys (Application/Candidate.reviewDeadline). Every writer that touches names, companies, applications or stage events calls
// refreshCandidateDerived in the same transaction. These are recomputed, not edited, so they are not
// audited and do not bump `version` (the facts they derive from are audited). No `server-only` import:
// the seed (run by tsx, outside Next) uses this module too.
import { pinyin } from "pinyin-pro";
import type { Prisma } from "@/generated/prisma/client";
import type { ProgramStage } from "@/generated/prisma/enums";
import { leadStage as mostAdvancedStage } from "@/lib/domain/program-stage";
import type { WorkingCalendar } from "@/lib/domain/china-calendar";
import { refreshReviewDeadlines } from "@/lib/review-clock/refresh-review-deadlines";
import { pinyinSortKey as computePinyinSortKey } from "@/lib/candidates/name-sort";
import { refreshLastRegulatoryChange } from "@/lib/candidates/last-regulatory-change";

export type SearchTextInput = {
  nameEn?: string | null;
  nameZh?: string | null;
  inn?: string | null;
  codeNames?: readonly string[];
  brandNamesEn?: readonly string[];
  brandNamesZh?: readonly string[];
  companyNamesEn?: readonly (string | null | undefined)[];
  companyNamesZh?: readonly (string | null | undefined)[];
  acceptanceNumbers?: readonly string[];
};

const HAN = /\p{Script=Han}/gu;

/**
 * Lower-cased, space-joined, de-duplicated terms for substring search. Chinese names also contribute
 * their pinyin initials (司美格鲁肽 → "smglt"), so a user can type initials instead of characters.
 */
export function computeSearchText(input: SearchTextInput): string {
  const chinese = [input.nameZh, ...(input.brandNamesZh ?? []), ...(input.companyNamesZh ?? [])];
  const terms = [
    input.nameEn,
    input.nameZh,
    input.inn,
    ...(input.codeNames ?? []),
    ...(input.brandNamesEn ?? []),
    ...(input.brandNamesZh ?? []),
    ...(input.companyNamesEn ?? []),
    ...(input.companyNamesZh ?? []),
    ...(input.acceptanceNumbers ?? []),
    ...chinese.map(pinyinInitials),
  ];
  const seen = new Set<string>();
  for (const term of terms) {
    const normalized = normalizeTerm(term);
    if (normalized) seen.add(normalized);
  }
  return [...seen].join(" ");
}

/** Pinyin initials of the Han characters of `text` ("诺和诺德（中国）" → "nhndzg"); "" when there are none. */
export function pinyinInitials(text: string | null | undefined): string {
  const han = text?.match(HAN)?.join("") ?? "";
  if (!han) return "";
  return pinyin(han, { pattern: "first", toneType: "none", type: "array" }).join("").toLowerCase();
}

function normalizeTerm(term: string | null | undefined): string {
  return (term ?? "").normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The stage of the latest event by date; on the same date the later-recorded event wins. */
export function latestEventStage(
  events: ReadonlyArray<{ id: number; stage: ProgramStage; eventDate: Date }>,
): ProgramStage | null {
  let latest: (typeof events)[number] | null = null;
  for (const event of events) {
    if (
      latest === null ||
      event.eventDate.getTime() > latest.eventDate.getTime() ||
      (event.eventDate.getTime() === latest.eventDate.getTime() && event.id > latest.id)
    ) {
      latest = event;
    }
  }
  return latest?.stage ?? null;
}

/**
 * Recomputes Program.currentStage (from each programme's latest StageEvent; a programme without events
 * keeps its stage), then Candidate.leadStage, searchText, pinyinSortKey and lastRegulatoryChange, then the statutory review deadlines
 * (lib/review-clock). Writes only what changed.
 * Reads are flat and sequential: nested relation reads inside an interactive transaction make Prisma
 * issue overlapping queries on the transaction's one connection, which pg deprecates.
 */
export async function refreshCandidateDerived(tx: Prisma.TransactionClient, candidateId: number, calendar?: WorkingCalendar): Promise<void> {
  const candidate = await tx.candidate.findUniqueOrThrow({
    where: { id: candidateId },
    select: {
      nameEn: true,
      nameZh: true,
      inn: true,
      codeNames: true,
      brandNamesEn: true,
      brandNamesZh: true,
      researchOnly: true,
      leadStage: true,
      searchText: true,
      pinyinSortKey: true,
      originatorId: true,
      chinaRightsHolderId: true,
    },
  });
  const programs = await tx.program.findMany({
    where: { candidateId },
    select: { id: true, currentStage: true, sponsorId: true },
    orderBy: { id: "asc" },
  });
  const events = await tx.stageEvent.findMany({
    where: { program: { candidateId } },
    select: { id: true, programId: true, stage: true, eventDate: true },
  });
  const applications = await tx.application.findMany({
    where: { program: { candidateId } },
    select: { acceptanceNumber: true, applicantId: true },
    orderBy: { id: "asc" },
  });
  const companyIds = [
    candidate.originatorId,
    candidate.chinaRightsHolderId,
    ...programs.map((program) => program.sponsorId),
    ...applications.map((application) => application.applicantId),
  ].filter((id): id is number => id !== null);
  const companies =
    companyIds.length === 0
      ? []
      : await tx.company.findMany({ where: { id: { in: companyIds } }, select: { id: true, nameEn: true, nameZh: true } });
  const companyById = new Map(companies.map((company) => [company.id, company]));

  const stages: ProgramStage[] = [];
  for (const program of programs) {
    const stage = latestEventStage(events.filter((event) => event.programId === program.id)) ?? program.currentStage;
    if (stage !== program.currentStage) {
      await tx.program.update({ where: { id: program.id }, data: { currentStage: stage } });
    }
    stages.push(stage);
  }

  // In role order (originator, rights holder, sponsors, applicants) so the text is stable.
  const namedCompanies = companyIds.map((id) => companyById.get(id)).filter((company) => company !== undefined);
  const leadStage =
    mostAdvancedStage(stages) ?? (candidate.researchOnly ? "RESEARCH_ONLY" : candidate.leadStage);
  const searchText = computeSearchText({
    nameEn: candidate.nameEn,
    nameZh: candidate.nameZh,
    inn: candidate.inn,
    codeNames: candidate.codeNames,
    brandNamesEn: candidate.brandNamesEn,
    brandNamesZh: candidate.brandNamesZh,
    companyNamesEn: namedCompanies.map((company) => company.nameEn),
    companyNamesZh: namedCompanies.map((company) => company.nameZh),
    acceptanceNumbers: applications.map((application) => application.acceptanceNumber),
  });

  const pinyinSortKey = computePinyinSortKey(candidate);
  if (leadStage !== candidate.leadStage || searchText !== candidate.searchText || pinyinSortKey !== candidate.pinyinSortKey) {
    await tx.candidate.update({ where: { id: candidateId }, data: { leadStage, searchText, pinyinSortKey } });
  }
  await refreshLastRegulatoryChange(tx, candidateId);
  await refreshReviewDeadlines(tx, candidateId, calendar);
}
