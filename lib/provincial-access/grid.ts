// A listing's 31 provinces, one cell each, whether or not the province has a record: the shape the tile
// map, its table, the candidate API and the export share. Pure: the records come in, the grid goes out.
import type { DatePrecision, ProvincialAccessState, SourceConfidence } from "@/generated/prisma/enums";
import { PROVINCES, type Province } from "@/lib/domain/provinces";
import { isListedProvincialState } from "@/lib/domain/provincial-access-state";

/** The stored columns the grid reads. */
export type ProvincialAccessRecord = {
  id: number;
  listingId: number;
  provinceCode: string;
  state: ProvincialAccessState;
  version: number;
  stateDate: Date | null;
  statePrecision: DatePrecision | null;
  listedDate: Date | null;
  listedPrecision: DatePrecision | null;
  notes: string | null;
  sourceUrl: string | null;
  sourceConfidence: SourceConfidence;
  illustrative: boolean;
};

export type ProvinceCell<R extends ProvincialAccessRecord = ProvincialAccessRecord> = {
  province: Province;
  state: ProvincialAccessState;
  /** The record's version, 0 when the province has none (what a change names as expectedVersion). */
  version: number;
  record: R | null;
};

export function provinceGrid<R extends ProvincialAccessRecord>(records: readonly R[]): ProvinceCell<R>[] {
  const byCode = new Map(records.map((record) => [record.provinceCode, record]));
  return PROVINCES.map((province) => {
    const record = byCode.get(province.code) ?? null;
    return { province, state: record?.state ?? "NOT_STARTED", version: record?.version ?? 0, record };
  });
}

/** How many provinces give access ("listed in N of 31 provinces"). */
export function listedProvinceCount(records: readonly { state: ProvincialAccessState }[]): number {
  return records.filter((record) => isListedProvincialState(record.state)).length;
}
