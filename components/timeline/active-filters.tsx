// The dashboard filters a timeline is showing, in words, so a shared link says what it contains.
import { useTranslations } from "next-intl";
import { serializeCandidateSearch, type CandidateSearch } from "@/lib/search-params";

/** Table-only parameters: they travel with the links but do not change which candidates are drawn. */
const TABLE_ONLY = new Set(["page", "perPage", "cols"]);

export function ActiveFilters({ search }: { search: CandidateSearch }) {
  const t = useTranslations("timeline");
  const entries = [...new URLSearchParams(serializeCandidateSearch(search)).entries()].filter(([name]) => !TABLE_ONLY.has(name));
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("allCandidates")}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5 text-xs" aria-label={t("activeFilters")} data-testid="active-filters">
      {entries.map(([name, value]) => (
        <li key={name} className="rounded border border-slate-300 bg-white px-1.5 py-0.5">
          <span className="text-slate-500">{name}</span> <span className="font-mono text-slate-800">{value}</span>
        </li>
      ))}
    </ul>
  );
}
