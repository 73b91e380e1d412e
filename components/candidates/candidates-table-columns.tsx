"use client";

// The dashboard's columns. Each column's meta names it for the column menu and declares the filters over
// its data, which the toolbar renders (in column order): adding a filter is one edit here plus its
// parameter in lib/search-params.ts and its dimension in lib/candidates/dimensions.ts.
//
// `reviewClock` sorts by Candidate.reviewDeadline (the earliest statutory deadline of a running review,
// kept by lib/review-clock); its cell shows the most urgent running clock. `lastChange` sorts by
// Candidate.lastRegulatoryChange (lib/candidates/last-regulatory-change.ts), `updated` by the row's edit time.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useCompiled } from "@/lib/i18n/use-compiled-translations";
import { useMemo } from "react";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableFeatures, type DataTableFilterOption } from "@/components/data-table/data-table-features";
import { ClockBadge } from "@/components/timeline/review-clock-badge";
import { useClockWords } from "@/components/timeline/use-clock-words";
import { IllustrativeTag } from "@/components/ui/badges";
import { EnumLabel } from "@/components/ui/enum-label";
import { SelectAllCheckbox, SelectRowCheckbox } from "@/components/candidates/select-checkboxes";
import { designationStatesFor } from "@/lib/domain/designation-state";
import {
  DESIGNATION_TYPES,
  DRUG_CATEGORIES,
  MECHANISM_CLASSES,
  ORIGINS,
  PROGRAM_STAGES,
  REIMBURSEMENT_LISTS,
  REIMBURSEMENT_STATES,
  labelOf,
  type VocabularyName,
} from "@/lib/domain/vocabulary";
import type { DashboardRow } from "@/lib/candidates/queries";
import { SELECT_COLUMN_ID } from "@/components/candidates/column-state";
import { BilingualName, DataList } from "@/components/ui/bilingual-name";
import { dataLangOf, type Locale } from "@/lib/i18n/config";
import { formatPartialDateIn } from "@/lib/i18n/format";
import { primaryName } from "@/lib/i18n/names";
import type { ClockWords } from "@/lib/timeline/describe";
import { CoverageCell, coverageFilterOptions, type CoverageT } from "@/components/provincial-access/coverage-filter";

type Translate = ReturnType<typeof useTranslations<"dashboard">>;
type LastChangeTranslate = ReturnType<typeof useTranslations<"lastChange">>;

/**
 * What the rows' cells say, made once for the table: a cell that looked up its own words would make
 * next-intl translators per row, which a profile of the dashboard's server render showed as a cost of its own.
 */
type RowWords = { selectRow: (id: string) => string; illustrative: { label: string; title: string }; clock: ClockWords };

/** The columns in the interface's language, made once per locale. */
export function useCandidateColumns() {
  const t = useCompiled(useTranslations("dashboard"));
  const tLastChange = useCompiled(useTranslations("lastChange"));
  const tCoverage = useCompiled(useTranslations("provincialAccess"));
  const tTable = useCompiled(useTranslations("table"));
  const tUi = useTranslations("ui");
  const clock = useClockWords();
  const locale = useLocale();
  const rowWords = useMemo(
    (): RowWords => ({
      selectRow: (id) => tTable("selectRow", { id }),
      illustrative: { label: tUi("illustrative"), title: tUi("illustrativeTitle") },
      clock,
    }),
    [tTable, tUi, clock],
  );
  return useMemo(() => candidateColumnsFor(t, locale, tLastChange, tCoverage, rowWords), [t, locale, tLastChange, tCoverage, rowWords]);
}

/** A stored day (a DATE, sent as midnight UTC) in the interface's date format. */
function DayCell({ value }: { value: Date | string | null }) {
  const locale = useLocale();
  if (!value) return <span className="text-slate-400">—</span>;
  const day = new Date(value);
  return <time dateTime={day.toISOString().slice(0, 10)}>{formatPartialDateIn(locale, day, "DAY")}</time>;
}

const columnHelper = createColumnHelper<typeof dataTableFeatures, DashboardRow>();

/** Choices labelled in the interface's language, with the other language on hover. */
function optionsIn(locale: Locale, t: Translate) {
  const lang = dataLangOf(locale);
  const other = lang === "zh" ? "en" : "zh";
  const label = (vocabulary: VocabularyName, value: string) => ({ label: labelOf(vocabulary, value, lang), title: labelOf(vocabulary, value, other) });
  const enumOptions = (vocabulary: VocabularyName, values: readonly string[]): DataTableFilterOption[] =>
    values.map((value) => ({ value, ...label(vocabulary, value) }));
  /** Each type, then its states nested under it: "BREAKTHROUGH_THERAPY", "BREAKTHROUGH_THERAPY:GRANTED", … */
  const designation: DataTableFilterOption[] = DESIGNATION_TYPES.flatMap((type) => [
    { value: type, ...label("DesignationType", type), hint: t("filters.anyState") },
    ...designationStatesFor(type).map((state) => ({ value: `${type}:${state}`, ...label("DesignationState", state), parent: type })),
  ]);
  /** Each list with its states, then each state on any list ("ANY:LISTED"). */
  const reimbursement: DataTableFilterOption[] = [
    ...REIMBURSEMENT_LISTS.flatMap((list) => [
      { value: list, ...label("ReimbursementList", list), hint: t("filters.anyState") },
      ...REIMBURSEMENT_STATES.map((state) => ({ value: `${list}:${state}`, ...label("ReimbursementState", state), parent: list })),
    ]),
    { value: "ANY", label: t("filters.anyList"), heading: true },
    ...REIMBURSEMENT_STATES.map((state) => ({ value: `ANY:${state}`, ...label("ReimbursementState", state), parent: "ANY" })),
  ];
  return { enumOptions, designation, reimbursement };
}

export function candidateColumnsFor(t: Translate, locale: Locale, tLastChange: LastChangeTranslate, tCoverage: CoverageT, rowWords: RowWords) {
  const { enumOptions, designation: designationOptions, reimbursement: reimbursementOptions } = optionsIn(locale, t);
  const none = <span className="text-slate-400">—</span>;
  return columnHelper.columns([
  columnHelper.display({
    id: SELECT_COLUMN_ID,
    header: ({ table }) => <SelectAllCheckbox table={table} />,
    cell: ({ row }) => <SelectRowCheckbox row={row} label={rowWords.selectRow(row.id)} />,
    enableSorting: false,
    enableHiding: false,
    meta: { label: t("columns.select"), className: "w-8" },
  }),
  columnHelper.accessor("nameEn", {
    id: "name",
    header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.candidate")} />,
    cell: ({ row }) => (
      <div>
        <Link href={`/candidates/${row.original.id}`} className="font-medium text-blue-800 hover:underline">
          <BilingualName en={row.original.nameEn} zh={row.original.nameZh} locale={locale} />
        </Link>
        {row.original.researchOnly ? (
          <span className="ml-2 rounded border border-slate-300 px-1 text-xs text-slate-600" title={t("noRegulatoryPath")}>
            {t("researchOnlyBadge")}
          </span>
        ) : null}
        {row.original.illustrative ? <IllustrativeTag {...rowWords.illustrative} /> : null}
      </div>
    ),
    meta: {
      label: t("columns.candidate"),
      sticky: true,
      // A name wraps at word boundaries only, so it never shreds into three lines on a phone.
      className: "min-w-[11rem]",
      filters: [{ variant: "boolean", param: "researchOnly", label: t("filters.researchOnly"), trueLabel: t("filters.researchOnly"), falseLabel: t("filters.withPath") }],
    },
  }),
  columnHelper.accessor("nameZh", {
    id: "nameZh",
    // The other language's name: Chinese beside an English interface, English beside a Chinese one.
    header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.nameZhHeader")} />,
    cell: ({ row }) => (locale === "zh-CN" ? <span lang="en">{row.original.nameEn}</span> : (row.original.nameZh ?? none)),
    meta: { label: t("columns.nameZh") },
  }),
  columnHelper.accessor("mechanismClass", {
    id: "class",
    header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.class")} />,
    cell: ({ getValue }) => <EnumLabel vocabulary="MechanismClass" value={getValue()} />,
    meta: { label: t("columns.class"), filters: [{ variant: "multiSelect", param: "class", label: t("filters.class"), options: enumOptions("MechanismClass", MECHANISM_CLASSES) }] },
  }),
  columnHelper.accessor("sponsors", {
    id: "sponsor",
    header: t("columns.sponsor"),
    enableSorting: false,
    cell: ({ getValue }) =>
      getValue().length ? <DataList items={getValue().map((sponsor) => primaryName(sponsor, locale))} locale={locale} /> : none,
    meta: { label: t("columns.sponsor"), filters: [{ variant: "multiSelect", param: "sponsor", label: t("filters.sponsor"), optionsFromFacet: true }] },
  }),
  columnHelper.accessor("leadStage", {
    id: "stage",
    header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.stage")} />,
    cell: ({ getValue }) => <EnumLabel vocabulary="ProgramStage" value={getValue()} />,
    meta: {
      label: t("columns.stage"),
      // Programme-level filters live with the stage: a candidate matches when one of its programmes does.
      filters: [
        { variant: "multiSelect", param: "stage", label: t("filters.stage"), options: enumOptions("ProgramStage", PROGRAM_STAGES) },
        { variant: "multiSelect", param: "indication", label: t("filters.indication"), optionsFromFacet: true },
        { variant: "multiSelect", param: "category", label: t("filters.category"), options: enumOptions("DrugCategory", DRUG_CATEGORIES) },
        { variant: "multiSelect", param: "origin", label: t("filters.origin"), options: enumOptions("Origin", ORIGINS) },
        { variant: "dateRange", fromParam: "ndaFrom", toParam: "ndaTo", label: t("filters.ndaAccepted") },
      ],
    },
  }),
  columnHelper.accessor("designations", {
    id: "designations",
    header: t("columns.designations"),
    enableSorting: false,
    cell: ({ getValue }) => (
      <ul className="space-y-0.5">
        {getValue()
          .filter((designation) => designation.state !== "NOT_APPLIED")
          .map((designation) => (
            <li key={designation.id} data-testid="designation">
              <EnumLabel vocabulary="DesignationType" value={designation.type} />: <EnumLabel vocabulary="DesignationState" value={designation.state} />
            </li>
          ))}
      </ul>
    ),
    meta: {
      label: t("columns.designations"),
      filters: [
        { variant: "multiSelect", param: "designation", label: t("filters.designation"), options: designationOptions },
        { variant: "dateRange", fromParam: "grantedFrom", toParam: "grantedTo", label: t("filters.designationGranted") },
      ],
    },
  }),
  columnHelper.accessor("reimbursements", {
    id: "reimbursement",
    header: t("columns.reimbursement"),
    enableSorting: false,
    cell: ({ getValue }) => (
      <ul className="space-y-0.5">
        {getValue().map((listing) => (
          <li key={listing.id} data-testid="listing">
            <EnumLabel vocabulary="ReimbursementList" value={listing.list} /> {listing.listYear}: <EnumLabel vocabulary="ReimbursementState" value={listing.state} />
          </li>
        ))}
      </ul>
    ),
    meta: {
      label: t("columns.reimbursement"),
      filters: [
        { variant: "multiSelect", param: "reimbursement", label: t("filters.reimbursement"), options: reimbursementOptions },
        { variant: "boolean", param: "onNrdl", label: t("filters.onNrdl"), trueLabel: t("filters.onNrdlNow"), falseLabel: t("filters.notOnNrdl") },
      ],
    },
  }),
  columnHelper.accessor("reimbursements", {
    id: "coverage",
    header: tCoverage("column"),
    enableSorting: false,
    cell: ({ getValue }) => <CoverageCell listings={getValue()} lang={dataLangOf(locale)} />,
    meta: {
      label: tCoverage("column"),
      filters: [{ variant: "multiSelect", param: "coverage", label: tCoverage("filter.label"), options: coverageFilterOptions(tCoverage, dataLangOf(locale)) }],
    },
  }),
  columnHelper.accessor("reviewClock", {
    id: "reviewClock",
    header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.reviewClock")} />,
    cell: ({ getValue }) => <ClockBadge clock={getValue()} words={rowWords.clock} />,
    // The first click shows the nearest deadline first (the values are objects, which would sort descending).
    sortDescFirst: false,
    meta: {
      label: t("columns.reviewClock"),
      className: "whitespace-nowrap",
      filters: [{ variant: "boolean", param: "reviewRunning", label: t("filters.reviewRunning"), trueLabel: t("filters.reviewRunning"), falseLabel: t("filters.noReviewRunning") }],
    },
  }),
  columnHelper.accessor("lastRegulatoryChange", {
    id: "lastChange",
    header: ({ column }) => <DataTableColumnHeader column={column} title={tLastChange("column")} />,
    cell: ({ getValue }) => <DayCell value={getValue()} />,
    // The first click shows what moved most recently.
    sortDescFirst: true,
    meta: { label: tLastChange("column"), className: "whitespace-nowrap tabular-nums" },
  }),
  columnHelper.accessor("updatedAt", {
    id: "updated",
    header: ({ column }) => <DataTableColumnHeader column={column} title={t("columns.updated")} />,
    cell: ({ getValue }) => {
      const day = new Date(getValue());
      return <time dateTime={day.toISOString().slice(0, 10)}>{formatPartialDateIn(locale, day, "DAY")}</time>;
    },
    meta: { label: t("columns.updated"), className: "whitespace-nowrap tabular-nums" },
  }),
  ]);
}
