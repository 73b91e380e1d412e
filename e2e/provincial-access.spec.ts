// Provincial access end to end: an analyst changes one province's state from the candidate page's tile map,
// and the change shows on the tile, in the "listed in N of 31 provinces" count, in History, in the export
// and through the dashboard's coverage filter. The tiles are reachable by keyboard.
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { signIn } from "./fixtures/auth";

type Access = { listingId: number; list: string; listYear: number; listedProvinces: number; provinces: { code: string; state: string }[] };

test("an analyst lists a drug in one more province from the tile map", async ({ page }) => {
  await signIn(page, "analyst");
  const found = (await (await page.request.get("/api/candidates?q=tirzepatide")).json()) as { data: { id: number; nameEn: string }[] };
  const candidateId = found.data.find((row) => row.nameEn === "Tirzepatide")!.id;
  const detail = (await (await page.request.get(`/api/candidates/${candidateId}`)).json()) as { provincialAccess: Access[] };
  const listing = detail.provincialAccess.find((entry) => entry.list === "NRDL_NEGOTIATED" && entry.listYear === 2025)!;
  // Tianjin: a province the seed leaves "not started".
  expect(listing.provinces.find((province) => province.code === "120000")!.state).toBe("NOT_STARTED");
  const before = listing.listedProvinces;

  await page.goto(`/candidates/${candidateId}`);
  const coverage = page.getByTestId(`provincial-coverage-${listing.listingId}`);
  await expect(coverage).toContainText(`listed in ${before} of 31 provinces`);
  const tile = page.getByTestId(`province-tile-${listing.listingId}-120000`);
  await expect(tile).toHaveAttribute("data-state", "NOT_STARTED");
  await expect(tile).toHaveAccessibleName("Tianjin not started");
  await expect(tile).toHaveAccessibleDescription("Tianjin: Not started");

  // Keyboard: the tile is a button in the tab order; Enter opens its dialog, Escape closes it.
  await tile.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByTestId(`province-dialog-${listing.listingId}`);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toHaveText("Tianjin: provincial access");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await tile.click();
  const form = dialog.getByTestId(`province-form-${listing.listingId}`);
  await form.getByLabel("New state").selectOption("PLATFORM_LISTED");
  const reason = "Tianjin procurement platform notice (e2e)";
  await form.getByLabel("Effective date", { exact: true }).fill("2026-03-02");
  await form.getByLabel("Reason", { exact: true }).fill(reason);
  await form.getByLabel("No evidence: record this change without a source").check();
  await form.getByRole("button", { name: "Record the change" }).click();
  await expect(form.getByTestId("form-success")).toContainText("State: Not started → Listed on procurement platform");
  await dialog.getByTestId("province-dialog-close").click();

  // The tile map and the count.
  await expect(tile).toHaveAttribute("data-state", "PLATFORM_LISTED");
  await expect(tile).toContainText("listed");
  await expect(coverage).toContainText(`listed in ${before + 1} of 31 provinces`);

  // History.
  await page.getByTestId("section-nav").getByRole("link", { name: "History" }).click();
  const change = page.getByTestId("history").getByTestId("change").filter({ hasText: reason }).first();
  await expect(change).toBeVisible();
  // The province's first record: a creation, its snapshot naming the state and the province.
  await expect(change).toContainText("Provincial access NRDL negotiated 2025 · Tianjin");
  await expect(change).toContainText("Listed on procurement platform");
  await expect(change).toContainText("effective 2 Mar 2026");

  // The export: Tianjin's row of this listing.
  const csv = await page.request.get("/api/export/provincial-access.csv?q=tirzepatide&lang=en");
  expect(csv.status()).toBe(200);
  const [header, ...rows] = parse(await csv.text(), { bom: true }) as string[][];
  const at = (name: string) => header!.indexOf(name);
  const tianjin = rows.find((row) => row[at("Province code")] === "120000" && row[at("List year")] === "2025" && row[at("Candidate")] === "Tirzepatide")!;
  expect(tianjin[at("Provincial state")]).toBe("Listed on procurement platform");
  expect(tianjin[at("State since")]).toBe("2026-03-02");
  expect(tianjin[at("Listing's provinces listed (of 31)")]).toBe(String(before + 1));

  // The dashboard's coverage filter finds it by the province, and its column shows the new count.
  await page.goto("/?coverage=120000");
  const row = page.locator("tbody tr").filter({ hasText: "Tirzepatide" });
  await expect(row).toBeVisible();
  await expect(row.getByTestId("coverage").first()).toBeVisible();
  await expect(row).toContainText(`2025: ${before + 1}/31`);
});
