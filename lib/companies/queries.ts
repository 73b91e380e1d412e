// Companies for the sponsor, originator and applicant pickers of the edit forms.
import "server-only";
import { prisma } from "@/lib/db";

export async function listCompanies(): Promise<{ id: number; nameEn: string; nameZh: string | null }[]> {
  return prisma.company.findMany({ select: { id: true, nameEn: true, nameZh: true }, orderBy: { nameEn: "asc" } });
}
