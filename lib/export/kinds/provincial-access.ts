// provincial-access.csv: one row per reimbursement listing and province of the view's candidates, all 31
// provinces of every listing, so a province with no record is a row that says "not started" (version empty).
// The listing key (programme id, list, list year) and the province code come first, as in the import format.
import type { Prisma } from "@/generated/prisma/client";
import { PROVINCE_COUNT, provinceName } from "@/lib/domain/provinces";
import { booleanCell, dateCell, enumCell, HEADERS, headerOf, recordOf, textCell, type CsvColumn } from "@/lib/export/columns";
import { csvBytes } from "@/lib/export/csv-stream";
import type { ExportKind } from "@/lib/export/export-kind";
import { inBatchOrder, matchingCandidateIdBatches } from "@/lib/export/matching-candidates";
import { listedProvinceCount, provinceGrid, type ProvinceCell } from "@/lib/provincial-access/grid";

const listingInclude = {
  program: { select: { id: true, candidateId: true, indicationEn: true, candidate: { select: { nameEn: true, nameZh: true } } } },
  provincialAccess: true,
} satisfies Prisma.ReimbursementListingInclude;

type Listing = Prisma.ReimbursementListingGetPayload<{ include: typeof listingInclude }>;
type Row = { listing: Listing; cell: ProvinceCell<Listing["provincialAccess"][number]>; listed: number };

const own = (row: Row) => row.cell.record;

export const PROVINCIAL_ACCESS_COLUMNS = [
  { key: "programId", header: HEADERS.programId, cell: (row) => String(row.listing.programId) },
  { key: "list", header: { en: "List", zh: "目录" }, cell: (row, lang) => enumCell("ReimbursementList", row.listing.list, lang) },
  { key: "listYear", header: { en: "List year", zh: "目录年度" }, cell: (row) => String(row.listing.listYear) },
  { key: "provinceCode", header: { en: "Province code", zh: "省份代码" }, cell: (row) => row.cell.province.code },
  { key: "province", header: { en: "Province", zh: "省份" }, cell: (row, lang) => provinceName(row.cell.province, lang) },
  { key: "version", header: HEADERS.version, cell: (row) => (row.cell.record ? String(row.cell.version) : "") },
  { key: "candidate", header: HEADERS.candidate, cell: (row) => row.listing.program.candidate.nameEn },
  { key: "candidateZh", header: HEADERS.candidateZh, cell: (row) => textCell(row.listing.program.candidate.nameZh) },
  { key: "indication", header: HEADERS.indication, cell: (row) => row.listing.program.indicationEn },
  { key: "listingState", header: { en: "Listing state", zh: "目录状态" }, cell: (row, lang) => enumCell("ReimbursementState", row.listing.state, lang) },
  { key: "state", header: { en: "Provincial state", zh: "省级准入状态" }, cell: (row, lang) => enumCell("ProvincialAccessState", row.cell.state, lang) },
  { key: "stateDate", header: { en: "State since", zh: "状态起始日期" }, cell: (row) => dateCell(own(row)?.stateDate, own(row)?.statePrecision) },
  { key: "listedDate", header: { en: "Listed on platform (挂网)", zh: "挂网日期" }, cell: (row) => dateCell(own(row)?.listedDate, own(row)?.listedPrecision) },
  { key: "dualChannelDate", header: { en: "Dual channel (双通道)", zh: "双通道日期" }, cell: (row) => dateCell(own(row)?.dualChannelDate, own(row)?.dualChannelPrecision) },
  { key: "withdrawnDate", header: { en: "Withdrawn", zh: "撤网日期" }, cell: (row) => dateCell(own(row)?.withdrawnDate, own(row)?.withdrawnPrecision) },
  { key: "listedProvinces", header: { en: `Listing's provinces listed (of ${PROVINCE_COUNT})`, zh: `该目录记录已挂网省份数（共${PROVINCE_COUNT}个）` }, cell: (row) => String(row.listed) },
  { key: "notes", header: HEADERS.notes, cell: (row) => textCell(own(row)?.notes) },
  { key: "sourceUrl", header: HEADERS.sourceUrl, cell: (row) => textCell(own(row)?.sourceUrl) },
  { key: "sourceConfidence", header: HEADERS.sourceConfidence, cell: (row, lang) => enumCell("SourceConfidence", own(row)?.sourceConfidence, lang) },
  { key: "illustrative", header: HEADERS.illustrative, cell: (row, lang) => (own(row) ? booleanCell(own(row)?.illustrative ?? false, lang) : "") },
] as const satisfies readonly CsvColumn<Row>[];

export const provincialAccessExport: ExportKind = {
  name: "provincial-access",
  header: ({ lang }) => headerOf(PROVINCIAL_ACCESS_COLUMNS, lang),
  async *csvChunks(reader, { search, lang, candidateBatchSize }) {
    for await (const ids of matchingCandidateIdBatches(reader, search, candidateBatchSize)) {
      const listings = await reader.reimbursementListing.findMany({
        where: { program: { candidateId: { in: ids } } },
        include: listingInclude,
        orderBy: [{ programId: "asc" }, { listYear: "asc" }, { list: "asc" }, { id: "asc" }],
      });
      const rows = inBatchOrder(listings, ids, (listing) => listing.program.candidateId).flatMap((listing) => {
        const listed = listedProvinceCount(listing.provincialAccess);
        return provinceGrid(listing.provincialAccess).map((cell): Row => ({ listing, cell, listed }));
      });
      yield* csvBytes(rows.map((row) => recordOf<Row>(row, PROVINCIAL_ACCESS_COLUMNS, lang)));
    }
  },
};
