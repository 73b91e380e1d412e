import { useLocale } from "next-intl";
import { labelOf, type VocabularyName } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";

/** An enum value in the interface's language and, on hover, in the other one. */
export function EnumLabel({ vocabulary, value }: { vocabulary: VocabularyName; value: string }) {
  const lang = dataLangOf(useLocale());
  return <span title={labelOf(vocabulary, value, lang === "zh" ? "en" : "zh")}>{labelOf(vocabulary, value, lang)}</span>;
}
