import { labelOf, type VocabularyName } from "@/lib/domain/vocabulary";

/** An enum value shown with its English label and, on hover, its Chinese one. */
export function EnumLabel({ vocabulary, value }: { vocabulary: VocabularyName; value: string }) {
  return <span title={labelOf(vocabulary, value, "zh")}>{labelOf(vocabulary, value, "en")}</span>;
}
