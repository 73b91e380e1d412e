"use client";

// The dashboard's columns. Each column's meta names it for the column menu and declares the filters over
// its data, which the toolbar renders (in column order): adding a filterable column is one edit here
// plus its parameter in lib/search-params.ts and its condition in lib/candidates/filters.ts.
//
// `reviewClock` sorts by Candidate.reviewDeadline (the earliest statutory deadline of a running review,
// kept by lib/review-clock); its cell shows the most urgent running clock.
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { dataTableFeatures, type DataTableFilterOption } from "@/components/data-table/data-table-features";
import { ReviewClockBadge } from "@/components/timeline/review-clock-badge";
import { IllustrativeBadge } from "@/components/ui/badges";
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

const columnHelper = createColumnHelper<typeof dataTableFeatures, DashboardRow>();

const enumOptions = (vocabulary: VocabularyName, values: readonly string[]): DataTableFilterOption[] =>
  values.map((value) => ({ value, label: labelOf(vocabulary, value, "en"), title: labelOf(vocabulary, value, "zh") }));

/** Each type, then its states nested under it: "BREAKTHROUGH_THERAPY", "BREAKTHROUGH_THERAPY:GRANTED", … */
const designationOptions: DataTableFilterOption[] = DESIGNATION_TYPES.flatMap((type) => [
  { value: type, label: labelOf("DesignationType", type), hint: "any state", title: labelOf("DesignationType", type, "zh") },
  ...designationStatesFor(type).map((state) => ({
    value: `${type}:${state}`,
    label: labelOf("DesignationState", state),
    title: labelOf("DesignationState", state, "zh"),
    parent: type,
  })),
]);

/** Each list with its states, then each state on any list ("ANY:LISTED"). */
const reimbursementOptions: DataTableFilterOption[] = [
  ...REIMBURSEMENT_LISTS.flatMap((list) => [
    { value: list, label: labelOf("ReimbursementList", list), hint: "any state", title: labelOf("ReimbursementList", list, "zh") },
    ...REIMBURSEMENT_STATES.map((state) => ({ value: `${list}:${state}`, label: labelOf("ReimbursementState", state), parent: list })),
  ]),
  { value: "ANY", label: "Any list", heading: true },
  ...REIMBURSEMENT_STATES.map((state) => ({ value: `ANY:${state}`, label: labelOf("ReimbursementState", state), parent: "ANY" })),
];

const isoDate = (date: Date | string) => new Date(date).toISOString().slice(0, 10);

export const candidateColumns = columnHelper.columns([
  columnHelper.display({
    id: SELECT_COLUMN_ID,
    header: ({ table }) => <SelectAllCheckbox table={table} />,
    cell: ({ row }) => <SelectRowCheckbox row={row} />,
    enableSorting: false,
    enableHiding: false,
    meta: { label: "Select", className: "w-8" },
  }),
  columnHelper.accessor("nameEn", {
    id: "name",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Candidate" />,
    cell: ({ row }) => (
      <div>
        <Link href={`/candidates/${row.original.id}`} className="font-medium text-blue-800 hover:underline">
          {row.original.nameEn}
        </Link>
        {row.original.researchOnly ? (
          <span className="ml-2 rounded border border-slate-300 px-1 text-xs text-slate-600" title="No regulatory path">
            research only
          </span>
        ) : null}
        {row.original.illustrative ? <IllustrativeBadge /> : null}
      </div>
    ),
    meta: {
      label: "Candidate",
      filters: [{ variant: "boolean", param: "researchOnly", label: "Research only", trueLabel: "Research only", falseLabel: "With a regulatory path" }],
    },
  }),
  columnHelper.accessor("nameZh", {
    id: "nameZh",
    header: ({ column }) => <DataTableColumnHeader column={column} title="中文名" />,
    cell: ({ getValue }) => getValue() ?? <span className="text-slate-400">—</span>,
    meta: { label: "Chinese name" },
  }),
  columnHelper.accessor("mechanismClass", {
    id: "class",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Class" />,
    cell: ({ getValue }) => <EnumLabel vocabulary="MechanismClass" value={getValue()} />,
    meta: { label: "Class", filters: [{ variant: "multiSelect", param: "class", label: "Class", options: enumOptions("MechanismClass", MECHANISM_CLASSES) }] },
  }),
  columnHelper.accessor("sponsors", {
    id: "sponsor",
    header: "Sponsor",
    enableSorting: false,
    cell: ({ getValue }) => getValue().map((sponsor) => sponsor.nameEn).join(", ") || <span className="text-slate-400">—</span>,
    meta: { label: "Sponsor", filters: [{ variant: "multiSelect", param: "sponsor", label: "Sponsor", optionsFromFacet: true }] },
  }),
  columnHelper.accessor("leadStage", {
    id: "stage",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Stage" />,
    cell: ({ getValue }) => <EnumLabel vocabulary="ProgramStage" value={getValue()} />,
    meta: {
      label: "Stage",
      // Programme-level filters live with the stage: a candidate matches when one of its programmes does.
      filters: [
        { variant: "multiSelect", param: "stage", label: "Stage", options: enumOptions("ProgramStage", PROGRAM_STAGES) },
        { variant: "multiSelect", param: "indication", label: "Indication", optionsFromFacet: true },
        { variant: "multiSelect", param: "category", label: "Category", options: enumOptions("DrugCategory", DRUG_CATEGORIES) },
        { variant: "multiSelect", param: "origin", label: "Origin", options: enumOptions("Origin", ORIGINS) },
        { variant: "dateRange", fromParam: "ndaFrom", toParam: "ndaTo", label: "NDA accepted" },
      ],
    },
  }),
  columnHelper.accessor("designations", {
    id: "designations",
    header: "Designations",
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
      label: "Designations",
      filters: [
        { variant: "multiSelect", param: "designation", label: "Designation", options: designationOptions },
        { variant: "dateRange", fromParam: "grantedFrom", toParam: "grantedTo", label: "Designation granted" },
      ],
    },
  }),
  columnHelper.accessor("reimbursements", {
    id: "reimbursement",
    header: "Reimbursement",
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
      label: "Reimbursement",
      filters: [
        { variant: "multiSelect", param: "reimbursement", label: "Reimbursement", options: reimbursementOptions },
        { variant: "boolean", param: "onNrdl", label: "On the NRDL", trueLabel: "On the NRDL now", falseLabel: "Not on the NRDL" },
      ],
    },
  }),
  columnHelper.accessor("reviewClock", {
    id: "reviewClock",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Review clock" />,
    cell: ({ getValue }) => <ReviewClockBadge clock={getValue()} />,
    // The first click shows the nearest deadline first (the values are objects, which would sort descending).
    sortDescFirst: false,
    meta: { label: "Review clock", className: "whitespace-nowrap" },
  }),
  columnHelper.accessor("updatedAt", {
    id: "updated",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Updated" />,
    cell: ({ getValue }) => <time dateTime={isoDate(getValue())}>{isoDate(getValue())}</time>,
    meta: { label: "Updated", className: "whitespace-nowrap tabular-nums" },
  }),
]);
