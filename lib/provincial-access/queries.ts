// Reads of provincial access: the records of some listings (the candidate page, the API).
import "server-only";
import { prisma } from "@/lib/db";
import { PROVINCE_COUNT } from "@/lib/domain/provinces";
import { listedProvinceCount, provinceGrid, type ProvincialAccessRecord } from "@/lib/provincial-access/grid";

const recordSelect = {
  id: true,
  listingId: true,
  provinceCode: true,
  state: true,
  version: true,
  stateDate: true,
  statePrecision: true,
  listedDate: true,
  listedPrecision: true,
  notes: true,
  sourceUrl: true,
  sourceConfidence: true,
  illustrative: true,
} as const;

/** Each listing's records, keyed by listing id (listings without records map to []). */
export async function findProvincialAccess(listingIds: readonly number[]): Promise<Map<number, ProvincialAccessRecord[]>> {
  const rows = listingIds.length === 0 ? [] : await prisma.provincialAccess.findMany({ where: { listingId: { in: [...listingIds] } }, select: recordSelect, orderBy: { provinceCode: "asc" } });
  const byListing = new Map<number, ProvincialAccessRecord[]>(listingIds.map((id) => [id, []]));
  for (const row of rows) byListing.get(row.listingId)?.push(row);
  return byListing;
}

/** The candidate API's view: per listing, the count and the 31 provinces with their state and version. */
export async function candidateProvincialAccess(candidateId: number) {
  const listings = await prisma.reimbursementListing.findMany({
    where: { program: { candidateId } },
    select: { id: true, programId: true, list: true, listYear: true, state: true },
    orderBy: [{ programId: "asc" }, { listYear: "asc" }, { id: "asc" }],
  });
  const records = await findProvincialAccess(listings.map((listing) => listing.id));
  return listings.map((listing) => {
    const own = records.get(listing.id) ?? [];
    return {
      listingId: listing.id,
      programId: listing.programId,
      list: listing.list,
      listYear: listing.listYear,
      listedProvinces: listedProvinceCount(own),
      provinceCount: PROVINCE_COUNT,
      provinces: provinceGrid(own).map(({ province, state, version, record }) => ({
        code: province.code,
        nameEn: province.en,
        nameZh: province.zh,
        state,
        version,
        id: record?.id ?? null,
        stateDate: record?.stateDate ?? null,
        statePrecision: record?.statePrecision ?? null,
        listedDate: record?.listedDate ?? null,
        listedPrecision: record?.listedPrecision ?? null,
        sourceUrl: record?.sourceUrl ?? null,
        sourceConfidence: record?.sourceConfidence ?? null,
        illustrative: record?.illustrative ?? false,
      })),
    };
  });
}
