// A small pipeline for mutation tests, written straight to the database: one candidate with one chemical
// programme, an IND under review, a breakthrough designation under assessment and a negotiated listing.
import type { PrismaClient } from "@/generated/prisma/client";
import { dayFromKey } from "@/lib/domain/calendar-day";

export type Pipeline = { companyId: number; candidateId: number; programId: number; applicationId: number; designationId: number; listingId: number };

let serial = 0;

export async function createPipeline(prisma: PrismaClient, name = "Testaglutide"): Promise<Pipeline> {
  serial += 1;
  const tag = `${Date.now() % 100000}${serial}`.padStart(5, "0").slice(-5);
  const company = await prisma.company.create({ data: { nameEn: `${name} Pharma ${tag}` } });
  const candidate = await prisma.candidate.create({
    data: { slug: `${name.toLowerCase()}-${tag}`, nameEn: name, modality: "SYNTHETIC_PEPTIDE", mechanismClass: "GLP1_RA", originatorId: company.id, leadStage: "IND_FILED" },
  });
  const program = await prisma.program.create({
    data: { candidateId: candidate.id, indicationEn: "Type 2 diabetes", drugCategory: "CHEMICAL", origin: "DOMESTIC", sponsorId: company.id, currentStage: "IND_FILED" },
  });
  const application = await prisma.application.create({
    data: {
      programId: program.id,
      acceptanceNumber: `CXHL25${tag}`,
      type: "IND",
      acceptanceDate: dayFromKey("2025-01-02"),
      acceptancePrecision: "DAY",
      reviewTrack: "IND_60",
      status: "UNDER_REVIEW",
      statusDate: dayFromKey("2025-01-10"),
      statusPrecision: "DAY",
    },
  });
  const designation = await prisma.designation.create({
    data: { programId: program.id, type: "BREAKTHROUGH_THERAPY", state: "UNDER_ASSESSMENT", requestedDate: dayFromKey("2024-01-15"), requestedPrecision: "DAY" },
  });
  const listing = await prisma.reimbursementListing.create({
    data: { programId: program.id, list: "NRDL_NEGOTIATED", listYear: 2025, state: "EXPERT_REVIEW_PASSED", route: "NEGOTIATION" },
  });
  return { companyId: company.id, candidateId: candidate.id, programId: program.id, applicationId: application.id, designationId: designation.id, listingId: listing.id };
}
