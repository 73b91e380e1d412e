// One reimbursement listing's provincial access on the candidate page: "listed in N of 31 provinces", the
// tile map (with the change dialog for analysts), a legend with counts, and the same data as a table.
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server-translations";
import type { ReimbursementList, ReimbursementState } from "@/generated/prisma/enums";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canEdit } from "@/lib/auth/roles";
import { toDayKey } from "@/lib/domain/calendar-day";
import { PROVINCE_COUNT, provinceName } from "@/lib/domain/provinces";
import { allowedNextProvincialStates } from "@/lib/domain/provincial-access-state";
import { labelOf } from "@/lib/domain/vocabulary";
import { dataLangOf } from "@/lib/i18n/config";
import { formatPartialDateIn } from "@/lib/i18n/format";
import { listedProvinceCount, provinceGrid } from "@/lib/provincial-access/grid";
import { findProvincialAccess } from "@/lib/provincial-access/queries";
import { chinaToday } from "@/lib/today";
import { ConfidenceBadge, IllustrativeBadge } from "@/components/ui/badges";
import { HeaderRow } from "@/components/ui/header-row";
import { PartialDate } from "@/components/ui/partial-date";
import { SourceLink } from "@/components/ui/source-link";
import { ProvinceTileMap, type TileCell } from "@/components/provincial-access/province-tile-map";
import { STATE_ORDER, STATE_TILE_CLASS } from "@/components/provincial-access/state-style";

type Listing = { id: number; list: ReimbursementList; listYear: number; state: ReimbursementState };

export async function ListingProvincialAccess({ listing }: { listing: Listing }) {
  const [records, user, t, locale] = await Promise.all([
    findProvincialAccess([listing.id]).then((byListing) => byListing.get(listing.id) ?? []),
    getCurrentUser(),
    getTranslations("provincialAccess"),
    getLocale(),
  ]);
  const lang = dataLangOf(locale);
  const cells = provinceGrid(records);
  const listName = labelOf("ReimbursementList", listing.list, lang);
  const words = { list: listName, year: listing.listYear };
  const count = listedProvinceCount(records);
  const tiles: TileCell[] = cells.map(({ province, state, version, record }) => ({
    code: province.code,
    name: lang === "zh" ? province.short : province.en,
    col: province.col,
    row: province.row,
    state,
    stateLabel: labelOf("ProvincialAccessState", state, lang),
    version,
    since: record?.stateDate ? formatPartialDateIn(locale, record.stateDate, record.statePrecision ?? "DAY") : null,
    nextOptions: allowedNextProvincialStates(state).map((next) => ({ value: next, label: labelOf("ProvincialAccessState", next, lang) })),
  }));
  const perState = new Map(STATE_ORDER.map((state) => [state, cells.filter((cell) => cell.state === state).length]));

  return (
    <section className="mt-4 space-y-2 border-t border-slate-100 pt-3" aria-labelledby={`provincial-heading-${listing.id}`} data-testid={`provincial-access-${listing.id}`}>
      <h4 id={`provincial-heading-${listing.id}`} className="text-sm font-medium">
        {t("heading", words)}{" "}
        <span className="font-normal text-slate-600" data-testid={`provincial-coverage-${listing.id}`}>
          · {t("coverage", { count, total: PROVINCE_COUNT })}
        </span>
        {records.some((record) => record.illustrative) ? <IllustrativeBadge /> : null}
      </h4>
      <p className="text-xs text-slate-500">{t("mapHint")}</p>
      <ProvinceTileMap listingId={listing.id} label={t("mapLabel", words)} cells={tiles} canEdit={canEdit(user)} today={toDayKey(chinaToday())} />
      <ul className="flex flex-wrap gap-2 text-xs" aria-label={t("legend")}>
        {STATE_ORDER.map((state) => (
          <li key={state} className={`rounded border px-1.5 ${STATE_TILE_CLASS[state]}`}>
            {t("legendCount", { state: labelOf("ProvincialAccessState", state, lang), count: perState.get(state) ?? 0 })}
          </li>
        ))}
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer text-blue-700">{t("showTable")}</summary>
        <table className="mt-2 w-full text-sm" data-testid={`provincial-table-${listing.id}`}>
          <caption className="sr-only">{t("table.caption", words)}</caption>
          <thead className="text-left text-slate-600">
            <HeaderRow columns={(["province", "code", "state", "since", "listedOnPlatform", "source"] as const).map((column) => t(`table.${column}`))} />
          </thead>
          <tbody>
            {cells.map(({ province, state, record }) => (
              <tr key={province.code} className="border-t border-slate-100" data-testid="provincial-row">
                <th scope="row" className="py-1 pr-3 text-left font-normal">{provinceName(province, lang)}</th>
                <td className="py-1 pr-3 font-mono text-xs">{province.code}</td>
                <td className="py-1 pr-3">{labelOf("ProvincialAccessState", state, lang)}</td>
                <td className="py-1 pr-3"><PartialDate date={record?.stateDate ?? null} precision={record?.statePrecision ?? null} /></td>
                <td className="py-1 pr-3"><PartialDate date={record?.listedDate ?? null} precision={record?.listedPrecision ?? null} /></td>
                <td className="py-1 pr-3">
                  {record ? (
                    <>
                      <SourceLink url={record.sourceUrl} /> <ConfidenceBadge confidence={record.sourceConfidence} />
                      {record.illustrative ? <IllustrativeBadge /> : null}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {records.length === 0 ? <p className="text-xs text-slate-500">{t("noRecords")}</p> : null}
    </section>
  );
}
