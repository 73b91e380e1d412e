// The header row renders exactly the markup the tables wrote by hand before it (same scope, same classes),
// so moving a table onto it changes nothing in the page.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HeaderRow } from "@/components/ui/header-row";

describe("HeaderRow", () => {
  it("renders one column header per column, compact by default", () => {
    expect(renderToStaticMarkup(createElement("table", null, createElement("thead", null, createElement(HeaderRow, { columns: ["Row", "Outcome"] }))))).toBe(
      '<table><thead><tr><th scope="col" class="py-1 pr-3 font-medium">Row</th><th scope="col" class="py-1 pr-3 font-medium">Outcome</th></tr></thead></table>',
    );
  });

  it("spaces a framed table's headers as the framed tables did", () => {
    expect(renderToStaticMarkup(createElement(HeaderRow, { columns: ["行", "结果"], variant: "framed" }))).toBe(
      '<tr><th scope="col" class="px-3 py-2 font-medium">行</th><th scope="col" class="px-3 py-2 font-medium">结果</th></tr>',
    );
  });
});
