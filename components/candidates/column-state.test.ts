import { describe, expect, it } from "vitest";
import { CANDIDATE_COLUMN_IDS, colsFromColumnState, columnStateFromCols } from "@/components/candidates/column-state";
import type { TableColumn } from "@/lib/search-params";

describe("cols ↔ column state", () => {
  it("shows every column in the default order when cols is empty", () => {
    expect(columnStateFromCols([])).toEqual({ columnVisibility: {}, columnOrder: ["select", ...CANDIDATE_COLUMN_IDS] });
  });

  it("shows the listed columns in the listed order and hides the rest", () => {
    const { columnVisibility, columnOrder } = columnStateFromCols(["stage", "name"]);
    expect(columnOrder.slice(0, 3)).toEqual(["select", "stage", "name"]);
    expect(columnVisibility).toMatchObject({ nameZh: false, class: false, updated: false });
    expect(columnVisibility.stage).toBeUndefined();
  });

  it("offers the review clock as a column like the others", () => {
    expect(CANDIDATE_COLUMN_IDS).toContain("reviewClock");
    const { columnVisibility, columnOrder } = columnStateFromCols(["reviewClock", "name"]);
    expect(columnOrder.slice(0, 3)).toEqual(["select", "reviewClock", "name"]);
    expect(columnVisibility.reviewClock).toBeUndefined();
    expect(columnVisibility.stage).toBe(false);
  });

  it.each<[string, TableColumn[]]>([
    ["name,stage", ["name", "stage"]],
    ["stage,name,class", ["stage", "name", "class"]],
  ])("round-trips cols=%s", (_label, cols) => {
    const { columnVisibility, columnOrder } = columnStateFromCols(cols);
    expect(colsFromColumnState(columnOrder, columnVisibility)).toEqual(cols);
  });

  it("gives null (leave the parameter out) for the default and for hiding everything", () => {
    expect(colsFromColumnState(["select", ...CANDIDATE_COLUMN_IDS], {})).toBeNull();
    expect(colsFromColumnState([], Object.fromEntries(CANDIDATE_COLUMN_IDS.map((id) => [id, false])))).toBeNull();
  });

  it("hiding one column lists the others in their current order", () => {
    expect(colsFromColumnState(["select", ...CANDIDATE_COLUMN_IDS], { nameZh: false })).toEqual(CANDIDATE_COLUMN_IDS.filter((id) => id !== "nameZh"));
  });
});
