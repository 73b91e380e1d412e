// The dashboard's way to the insights: the same search carried in the URL, and back again from there.
import Link from "next/link";
import { getTranslations } from "@/lib/i18n/server-translations";
import { insightsHref } from "@/lib/insights/links";
import type { CandidateSearch } from "@/lib/search-params";

export async function OpenInsightsLink({ search }: { search: CandidateSearch }) {
  const t = await getTranslations("insights");
  return (
    <Link href={insightsHref(search)} className="text-sm text-blue-700 hover:underline" data-testid="open-insights">
      {t("openInsights")}
    </Link>
  );
}
