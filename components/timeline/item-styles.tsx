// How each kind of item looks. Every kind differs in shape or pattern as well as colour (a circle, square,
// star, diamond, triangle; solid, striped, hatched or outlined bars), and the legend draws the same pieces.
import type { CSSProperties } from "react";
import type { MarkCategory, BarCategory } from "@/lib/timeline/items";
import type { SegmentKind } from "@/lib/timeline/geometry";

const MARK_COLOUR: Record<MarkCategory, string> = {
  stage: "text-slate-700",
  application: "text-sky-700",
  decision: "text-emerald-700",
  designation: "text-violet-700",
  reimbursement: "text-teal-700",
};

/** The shape of a mark, 12 px, drawn in currentColor. */
export function MarkShape({ category, className = "" }: { category: MarkCategory; className?: string }) {
  const props = { width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": true, className: `${MARK_COLOUR[category]} ${className}` } as const;
  switch (category) {
    case "stage":
      return (
        <svg {...props}>
          <circle cx="6" cy="6" r="4.5" fill="currentColor" stroke="white" strokeWidth="1" />
        </svg>
      );
    case "application":
      return (
        <svg {...props}>
          <rect x="2" y="2" width="8" height="8" fill="currentColor" stroke="white" strokeWidth="1" />
        </svg>
      );
    case "decision":
      return (
        <svg {...props}>
          <path d="M6 .8l1.5 3.4 3.7.3-2.8 2.4.9 3.6L6 8.6 2.7 10.5l.9-3.6L.8 4.5l3.7-.3Z" fill="currentColor" stroke="white" strokeWidth=".8" />
        </svg>
      );
    case "designation":
      return (
        <svg {...props}>
          <path d="M6 .8 11.2 6 6 11.2.8 6Z" fill="currentColor" stroke="white" strokeWidth="1" />
        </svg>
      );
    case "reimbursement":
      return (
        <svg {...props}>
          <path d="M6 1 11.2 10.6H.8Z" fill="currentColor" stroke="white" strokeWidth="1" />
        </svg>
      );
  }
}

export const BAR_CLASS: Record<BarCategory, string> = {
  review: "border-sky-700 bg-sky-300 text-sky-950",
  publicity: "border-violet-600 text-violet-950",
  designation: "border-violet-600 bg-violet-100 text-violet-950 border-dashed",
  agreement: "border-teal-700 bg-teal-50 text-teal-950",
};

/** Patterns beside colour: the public notice is striped, so it reads apart from the held designation. */
export const BAR_STYLE: Partial<Record<BarCategory, CSSProperties>> = {
  publicity: { backgroundImage: "repeating-linear-gradient(90deg, #ddd6fe 0 3px, #f5f3ff 3px 6px)" },
};

export const SEGMENT_STYLE: Record<SegmentKind, CSSProperties> = {
  "uncertain-start": { backgroundImage: "linear-gradient(90deg, rgba(255,255,255,0.85), rgba(255,255,255,0))" },
  "uncertain-end": { backgroundImage: "linear-gradient(270deg, rgba(255,255,255,0.85), rgba(255,255,255,0))" },
  projected: { backgroundColor: "rgba(255,255,255,0.6)" },
  overdue: { backgroundImage: "repeating-linear-gradient(135deg, #e11d48 0 3px, #fecdd3 3px 6px)" },
  stop: { backgroundImage: "repeating-linear-gradient(45deg, #475569 0 1.5px, rgba(255,255,255,0.7) 1.5px 5px)" },
};
