// The candidate page's in-page navigation: plain anchors, so a section's address (#history) can be shared
// and opens at that section, with or without JavaScript. It sticks to the top while the page scrolls.
import { useTranslations } from "next-intl";

export const CANDIDATE_SECTIONS = ["programmes", "timeline", "chronology", "history"] as const;

export function CandidateSectionNav() {
  const t = useTranslations("candidateOverview");
  return (
    <nav aria-label={t("sectionsLabel")} className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur" data-testid="section-nav">
      <ul className="flex gap-1 overflow-x-auto text-sm">
        {CANDIDATE_SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#${section}`} className="block whitespace-nowrap rounded px-2 py-1 text-blue-800 hover:bg-blue-50 sm:px-3">
              {t(`sections.${section}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
