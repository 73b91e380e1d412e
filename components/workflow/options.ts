// Select options from the shared vocabulary: English label with the Chinese one beside it.
import { ENUMS, labelOf, type VocabularyName } from "@/lib/domain/vocabulary";
import type { Option } from "@/components/workflow/action-form";

export function vocabularyOptions(name: VocabularyName, values?: readonly string[]): Option[] {
  const all = Object.values(ENUMS[name]) as string[];
  return (values ?? all).map((value) => ({ value, label: `${labelOf(name, value)} · ${labelOf(name, value, "zh")}` }));
}

export function companyOptions(companies: { id: number; nameEn: string; nameZh: string | null }[]): Option[] {
  return companies.map((company) => ({ value: String(company.id), label: company.nameZh ? `${company.nameEn} · ${company.nameZh}` : company.nameEn }));
}
