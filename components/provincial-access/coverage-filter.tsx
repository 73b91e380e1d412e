// The dashboard's "provincial coverage" filter and cell. The choices: "listed in at least N provinces",
// then each province (listed there in any state that gives access), with each state nested under it.
// URL tokens are lib/search-params.ts's CoverageFilter: `20`, `440000`, `440000:DUAL_CHANNEL`.
import type { useTranslations } from "next-intl";
import type { DashboardRow } from "@/lib/candidates/queries";
import { PROVINCES, PROVINCE_COUNT, provinceName } from "@/lib/domain/provinces";
import { labelOf, PROVINCIAL_ACCESS_STATES, type Lang } from "@/lib/domain/vocabulary";
import type { DataTableFilterOption } from "@/components/data-table/data-table-features";

export type CoverageT = ReturnType<typeof useTranslations<"provincialAccess">>;

/** Thresholds offered in the menu; any 1-31 works in the URL. */
const AT_LEAST = [1, 5, 10, 20, PROVINCE_COUNT] as const;

export function coverageFilterOptions(t: CoverageT, lang: Lang): DataTableFilterOption[] {
  const other: Lang = lang === "zh" ? "en" : "zh";
  return [
    { value: "AT_LEAST", label: t("filter.atLeastHeading"), heading: true },
    ...AT_LEAST.map((count) => ({ value: String(count), label: t("filter.atLeast", { count }), parent: "AT_LEAST" })),
    ...PROVINCES.flatMap((province) => [
      { value: province.code, label: provinceName(province, lang), title: provinceName(province, other), hint: t("filter.listedThere") },
      ...PROVINCIAL_ACCESS_STATES.map((state) => ({ value: `${province.code}:${state}`, label: labelOf("ProvincialAccessState", state, lang), parent: province.code })),
    ]),
  ];
}

/** Each listing's "N/31", the list named in the interface's language. */
export function CoverageCell({ listings, lang }: { listings: DashboardRow["reimbursements"]; lang: Lang }) {
  if (listings.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul className="space-y-0.5">
      {listings.map((listing) => (
        <li key={listing.id} data-testid="coverage">
          {labelOf("ReimbursementList", listing.list, lang)} {listing.listYear}: <span className="tabular-nums">{listing.listedProvinces}/{PROVINCE_COUNT}</span>
        </li>
      ))}
    </ul>
  );
}
