// The dashboard's way to the timeline: the same search (filters, sort, paging) carried in the URL, so the
// timeline draws the candidates the table lists and its own link leads back to the same table.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CandidateSearch } from "@/lib/search-params";
import { timelineHref } from "@/lib/timeline/view-params";

export function OpenTimelineLink({ search }: { search: CandidateSearch }) {
  const t = useTranslations("dashboard");
  return (
    <Link href={timelineHref(search)} className="text-sm text-blue-700 hover:underline" data-testid="open-timeline">
      {t("openTimeline")} →
    </Link>
  );
}
