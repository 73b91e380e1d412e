"use client";

// The details of the focused, hovered or clicked item, in words: what, when (with precision), the review
// clock, the source and its confidence, and a link to the candidate. Announced politely to screen readers.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { ConfidenceBadge, IllustrativeBadge } from "@/components/ui/badges";
import { SourceLink } from "@/components/ui/source-link";
import { clockSentence, clockWordsOf, describeDate, itemTitle, describeDay, endWords } from "@/lib/timeline/describe";
import { useTimelineWords } from "@/components/timeline/use-timeline-words";
import { isReviewBar } from "@/lib/timeline/item-order";
import { ReviewClockBadge } from "@/components/timeline/review-clock-badge";
import type { ItemSelection } from "@/components/timeline/track-items";

export function ItemDetails({ selection, pinned, showCandidateLink }: { selection: ItemSelection | null; pinned: boolean; showCandidateLink: boolean }) {
  const t = useTranslations("timeline");
  return (
    <div
      aria-live="polite"
      className="min-h-[4.5rem] rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
      data-testid="timeline-details"
    >
      {selection ? <Details selection={selection} pinned={pinned} showCandidateLink={showCandidateLink} /> : (
        <p className="text-slate-500">{t("detailsHint")}</p>
      )}
    </div>
  );
}

function Details({ selection, pinned, showCandidateLink }: { selection: ItemSelection; pinned: boolean; showCandidateLink: boolean }) {
  const { item, laneLabel, candidateId } = selection;
  const t = useTranslations("timeline");
  const words = useTimelineWords();
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">{itemTitle(item, words)}</span>
        <span className="text-slate-600">{laneLabel}</span>
        {showCandidateLink ? (
          <Link href={`/candidates/${candidateId}`} className="text-blue-700 hover:underline">
            {t("openCandidate")}
          </Link>
        ) : null}
        {pinned ? <span className="text-xs text-slate-500">{t("pinned")}</span> : null}
      </p>
      <p className="text-slate-700">
        {item.kind === "mark" ? (
          describeDate(item.date, item.precision, words)
        ) : (
          <>
            {describeDate(item.start, item.startPrecision, words)} → {endWords(item.endKind, words, true)}{" "}
            {item.endKind === "today" ? describeDay(item.end, words) : describeDate(item.end, item.endPrecision, words)}
          </>
        )}
      </p>
      {isReviewBar(item) && item.clock ? (
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <ReviewClockBadge clock={item.clock} />
          <span>{clockSentence(item.clock, clockWordsOf(words))}</span>
        </p>
      ) : null}
      <p className="flex items-center gap-2">
        <SourceLink url={item.source.url} />
        <ConfidenceBadge confidence={item.source.confidence} />
        {item.source.illustrative ? <IllustrativeBadge /> : null}
      </p>
    </div>
  );
}
