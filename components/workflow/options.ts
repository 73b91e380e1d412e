// Select options from the shared vocabulary: the interface language's label with the other one beside it.
import { ENUMS, labelOf, type VocabularyName } from "@/lib/domain/vocabulary";
import type { Option } from "@/components/workflow/action-form";

export function vocabularyOptions(name: VocabularyName, values?: readonly string[], locale = "en"): Option[] {
  const all = Object.values(ENUMS[name]) as string[];
  const [first, second] = locale === "zh-CN" ? (["zh", "en"] as const) : (["en", "zh"] as const);
  return (values ?? all).map((value) => ({ value, label: `${labelOf(name, value, first)} · ${labelOf(name, value, second)}` }));
}

export function companyOptions(companies: { id: number; nameEn: string; nameZh: string | null }[], locale = "en"): Option[] {
  return companies.map((company) => {
    const [first, second] = locale === "zh-CN" && company.nameZh ? [company.nameZh, company.nameEn] : [company.nameEn, company.nameZh];
    return { value: String(company.id), label: second ? `${first} · ${second}` : first };
  });
}
