import type { ReactNode } from "react";

const CELL = {
  /** A table inside a card or a section: no frame of its own, tight rows. */
  compact: "py-1 pr-3 font-medium",
  /** A table in its own bordered frame with a header band (the import preview, the captures list). */
  framed: "px-3 py-2 font-medium",
} as const;

/** A table's column headers: one `<th scope="col">` per column, in a row for the table's `<thead>`. */
export function HeaderRow({ columns, variant = "compact" }: { columns: readonly ReactNode[]; variant?: keyof typeof CELL }) {
  return (
    <tr>
      {columns.map((column, index) => (
        <th key={index} scope="col" className={CELL[variant]}>
          {column}
        </th>
      ))}
    </tr>
  );
}
