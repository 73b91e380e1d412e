// Exports and imports through the browser against `next start` on the seeded database: the downloaded file
// holds the filtered view (every row, labels, BOM), and an analyst previews and applies an edited export.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

function readCsv(bytes: Buffer): { header: string[]; rows: string[][] } {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = parse(bytes, { bom: true }) as string[][];
  return { header, rows };
}

async function signInAsAnalyst(page: Page) {
  await page.goto("/sign-in?next=/import");
  await page.getByLabel("Email").fill("analyst@example.com");
  await page.getByLabel("Password").fill("analyst-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/import$/);
}

test("the candidates export of a filtered view downloads every matching row with labels", async ({ page }) => {
  const query = "stage=APPROVED,LAUNCHED,CONDITIONALLY_APPROVED&sort=-stage&perPage=10";
  await page.goto(`/?${query}`);
  // "1–10 of 23 candidates": the total is the number after "of".
  const total = Number((await page.getByTestId("total-count").textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ""));
  expect(total).toBeGreaterThan(10);

  await page.goto(`/reports?${query}`);
  await expect(page.getByTestId("report-count")).toHaveText(String(total));
  const downloadEvent = page.waitForEvent("download");
  await page.getByTestId("export-candidates").getByRole("link").click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^pathway-candidates-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv$/);
  const csv = readCsv(await readFile((await download.path())!));

  expect(csv.header.slice(0, 3)).toEqual(["Candidate", "Chinese name", "Class"]);
  expect(csv.rows).toHaveLength(total);
  // The same candidates, in the same order, as the JSON API gives for the view (all of them on one page).
  const api = (await (await page.request.get(`/api/candidates?${query.replace("perPage=10", "perPage=200")}`)).json()) as { data: { id: number }[] };
  expect(csv.rows.map((row) => Number(row[csv.header.indexOf("Candidate ID")]))).toEqual(api.data.map((row) => row.id));
  const stage = csv.header.indexOf("Stage");
  expect(csv.rows.every((row) => /^[A-Z][a-z]/.test(row[stage]!))).toBe(true);
});

test("the Chinese timeline export keeps month-level dates and carries sources", async ({ page }) => {
  await page.goto("/reports?q=tirzepatide");
  await page.getByTestId("export-events").getByRole("combobox").selectOption("zh");
  const downloadEvent = page.waitForEvent("download");
  await page.getByTestId("export-events").getByRole("link").click();
  const csv = readCsv(await readFile((await (await downloadEvent).path())!));
  expect(csv.header).toContain("日期精度");
  expect(csv.header).toContain("来源链接");
  const candidate = csv.header.indexOf("候选药物");
  expect(csv.rows.length).toBeGreaterThan(3);
  expect(csv.rows.every((row) => row[candidate] === "Tirzepatide")).toBe(true);
  const precision = csv.header.indexOf("日期精度");
  const date = csv.header.indexOf("日期");
  for (const row of csv.rows) if (row[precision] === "月") expect(row[date]).toMatch(/^\d{4}-\d{2}$/);
});

test("an analyst previews an edited designations export and applies it", async ({ page }) => {
  const exportUrl = "/api/export/designations.csv?designation=BREAKTHROUGH_THERAPY:GRANTED";
  const fetchExport = async () => {
    const response = await page.request.get(exportUrl);
    expect(response.status()).toBe(200);
    return readCsv(await response.body());
  };
  const toCsv = (header: string[], rows: string[][]) =>
    "\uFEFF" + [header, ...rows].map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\r\n");
  const upload = (text: string, label: string | RegExp = "CSV file") =>
    page.getByLabel(label).setInputFiles({ name: "designations.csv", mimeType: "text/csv", buffer: Buffer.from(text) });

  const csv = await fetchExport();
  const col = (name: string) => csv.header.indexOf(name);
  const granted = csv.rows.findIndex((row) => row[col("State")] === "Granted" && row[col("Designation type")] === "Breakthrough therapy");
  expect(granted).toBeGreaterThanOrEqual(0);
  const edit = (rows: string[][], header: string, value: string) =>
    rows.map((row, index) => (index === granted ? row.map((cell, i) => (i === col(header) ? value : cell)) : row));

  await signInAsAnalyst(page);
  await upload(toCsv(csv.header, edit(csv.rows, "Notes", "Checked against the CDE list (e2e)")));
  await page.getByLabel("Reason").fill("Checked against the CDE list");
  await page.getByRole("button", { name: "Preview (writes nothing)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText(`0 to create, 1 to update, ${csv.rows.length - 1} unchanged, 0 with errors`);
  await expect(page.getByTestId("import-row").filter({ hasText: "Checked against the CDE list (e2e)" })).toHaveAttribute("data-outcome", "update");
  await page.getByRole("button", { name: "Apply 1 change(s)" }).click();
  await expect(page.getByTestId("import-applied")).toContainText("Saved 1 change(s)");

  // A step the state machine refuses is an error naming its rule, and the file cannot be applied.
  const fresh = await fetchExport();
  expect(fresh.rows[granted]?.[col("Notes")]).toBe("Checked against the CDE list (e2e)");
  await upload(toCsv(fresh.header, edit(fresh.rows, "State", "Requested")));
  await page.getByRole("button", { name: "Preview (writes nothing)" }).click();
  const errorRow = page.locator("[data-testid=import-row][data-outcome=error]");
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow).toContainText("TRANSITION_NOT_ALLOWED");
  await expect(page.getByTestId("import-apply-blocked")).toContainText("Fix the rows with errors");
  await expect(page.getByRole("button", { name: /^Apply/ })).toBeDisabled();

  // In Chinese the refusal names the two states in Chinese, with the rule's code beside it. The cookie, not
  // the header's switch: the switch would also save the language on the shared analyst's profile.
  await page.context().addCookies([{ name: "pt_locale", value: "zh-CN", url: page.url() }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await upload(toCsv(fresh.header, edit(fresh.rows, "State", "Requested")), /CSV 文件/);
  await page.getByLabel(/理由/).fill("核对 CDE 列表");
  await page.getByRole("button", { name: "预览（不写入）" }).click();
  await expect(errorRow).toContainText("不能从「已纳入」变更为「已申请」");
  await expect(errorRow).toContainText("TRANSITION_NOT_ALLOWED");
});

test("the import page asks anonymous visitors to sign in, and the API refuses them", async ({ page }) => {
  await page.goto("/import");
  await expect(page.getByTestId("import-sign-in")).toBeVisible();
  const response = await page.request.post("/api/import/designations?dryRun=1", { multipart: { file: { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("a") } } });
  expect(response.status()).toBe(401);
});
