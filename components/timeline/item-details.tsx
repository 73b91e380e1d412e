"use client";

// The details of the focused, hovered or clicked item, in words: what, when (with precision), the review
// clock, the source and its confidence, and a link to the candidate. Announced politely to screen readers.
import Link from "next/link";
import { ConfidenceBadge, IllustrativeBadge } from "@/components/ui/badges";
import { SourceLink } from "@/components/ui/source-link";
import { clockSentence, describeDate, itemTitle } from "@/lib/timeline/describe";
import { isReviewBar } from "@/lib/timeline/items";
import { ReviewClockBadge } from "@/components/timeline/review-clock-badge";
import type { ItemSelection } from "@/components/timeline/track-items";

const END_WORDS = { dated: "until", decision: "ended", deadline: "statutory deadline", today: "still open today" } as const;

export function ItemDetails({ selection, pinned, showCandidateLink }: { selection: ItemSelection | null; pinned: boolean; showCandidateLink: boolean }) {
  return (
    <div
      aria-live="polite"
      className="min-h-[4.5rem] rounded-md border border-slate-200 bg-white px-3 py-2 text-sm"
      data-testid="timeline-details"
    >
      {selection ? <Details selection={selection} pinned={pinned} showCandidateLink={showCandidateLink} /> : (
        <p className="text-slate-500">Hover, focus or click a milestone or bar to see its date, precision, source and review clock here.</p>
      )}
    </div>
  );
}

function Details({ selection, pinned, showCandidateLink }: { selection: ItemSelection; pinned: boolean; showCandidateLink: boolean }) {
  const { item, laneLabel, candidateId } = selection;
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-medium">{itemTitle(item)}</span>
        <span className="text-slate-600">{laneLabel}</span>
        {showCandidateLink ? (
          <Link href={`/candidates/${candidateId}`} className="text-blue-700 hover:underline">
            Open candidate →
          </Link>
        ) : null}
        {pinned ? <span className="text-xs text-slate-500">(pinned; Esc to release)</span> : null}
      </p>
      <p className="text-slate-700">
        {item.kind === "mark" ? (
          describeDate(item.date, item.precision)
        ) : (
          <>
            {describeDate(item.start, item.startPrecision)} → {END_WORDS[item.endKind]}{" "}
            {item.endKind === "today" ? item.end : describeDate(item.end, item.endPrecision)}
          </>
        )}
      </p>
      {isReviewBar(item) && item.clock ? (
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <ReviewClockBadge clock={item.clock} />
          <span>{clockSentence(item.clock)}</span>
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
