// The dashboard against the seeded database: filters narrow the rows the server sends, the URL holds
// the view (reload, back and forward), facet counts follow the other filters, saved views reopen.
// Expected numbers come from the JSON API, which the integration tests check against hand-written SQL.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { createCandidateWithDesignation } from "./fixtures/records";

type FacetOption = { value: string; count: number };
type ApiPage = { data: { id: number; nameEn: string }[]; total: number; facets: Record<string, FacetOption[]> };

const rows = (page: Page) => page.getByTestId("candidates-table").locator("tbody tr[data-row-id]");
const rowIds = async (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-row-id")));

async function api(page: Page, query: string): Promise<ApiPage> {
  const response = await page.request.get(`/api/candidates?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ApiPage;
}

const countOf = (facet: FacetOption[] | undefined, value: string) => facet?.find((option) => option.value === value)?.count ?? 0;

async function openFilter(page: Page, param: string) {
  await page.getByTestId(`filter-${param}`).getByRole("button").click();
  return page.getByTestId(`filter-${param}`).getByRole("dialog");
}

async function closeFilter(page: Page) {
  await page.keyboard.press("Escape");
}

/** The count shown beside a choice of an open filter. */
const shownCount = (dialog: ReturnType<Page["getByRole"]>, label: RegExp) =>
  dialog.locator("label").filter({ hasText: label }).getByTestId("facet-count");

test("filtering by a designation and state shows exactly the candidates that have it", async ({ page }) => {
  const expected = await api(page, "designation=BREAKTHROUGH_THERAPY:GRANTED&perPage=200");
  expect(expected.total).toBeGreaterThan(0);

  await page.goto("/");
  const dialog = await openFilter(page, "designation");
  await dialog.getByRole("searchbox").fill("breakthrough");
  const granted = dialog.locator("label").filter({ hasText: /^Breakthrough therapy: Granted/ });
  await expect(granted.getByTestId("facet-count")).toHaveText(String(expected.total));
  await granted.getByRole("checkbox").check();

  await expect(page).toHaveURL(/designation=BREAKTHROUGH_THERAPY(%3A|:)GRANTED/);
  await expect(rows(page)).toHaveCount(expected.total);
  expect((await rowIds(page)).sort()).toEqual(expected.data.map((row) => String(row.id)).sort());
  for (const row of await rows(page).all()) {
    await expect(row.getByTestId("designation").filter({ hasText: "Breakthrough therapy: Granted" }).first()).toBeVisible();
  }
  await expect(page.getByTestId("total-count")).toContainText(`of ${expected.total} candidates`);
});

test("reload, back and forward keep the view; typing a search replaces the history entry", async ({ page }) => {
  await page.goto("/");
  const unfiltered = await rowIds(page);

  await page.locator("th[data-column=stage]").getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=stage(&|$)/);
  await expect(page.locator("th[data-column=stage]")).toHaveAttribute("aria-sort", "ascending");
  // The URL and the header change at once; the rows arrive with the server's render, so wait for them.
  const sortedByStage = (await api(page, "sort=stage")).data.map((row) => String(row.id));
  await expect.poll(() => rowIds(page)).toEqual(sortedByStage);
  expect(sortedByStage).not.toEqual(unfiltered);

  const classDialog = await openFilter(page, "class");
  await classDialog.getByRole("checkbox", { name: /^GLP-1 receptor agonist/ }).check();
  await closeFilter(page);
  await expect(page).toHaveURL(/class=GLP1_RA/);
  const expected = await api(page, "class=GLP1_RA&sort=stage");
  await expect(rows(page)).toHaveCount(Math.min(expected.total, 50));
  await expect(page.locator("td[data-column=class]").filter({ hasNotText: "GLP-1 receptor agonist" })).toHaveCount(0);
  const filtered = await rowIds(page);
  expect(filtered).toEqual(expected.data.map((row) => String(row.id)));

  await page.reload();
  await expect(page).toHaveURL(/class=GLP1_RA/);
  await expect(page.locator("th[data-column=stage]")).toHaveAttribute("aria-sort", "ascending");
  await expect.poll(() => rowIds(page)).toEqual(filtered);

  await page.goBack();
  await expect(page).not.toHaveURL(/class=/);
  await expect.poll(() => rowIds(page)).toEqual(sortedByStage);
  await page.goForward();
  await expect(page).toHaveURL(/class=GLP1_RA/);
  await expect.poll(() => rowIds(page)).toEqual(filtered);

  // Typing replaces the current entry: back then skips the search and the class filter it refined.
  const searched = await api(page, "class=GLP1_RA&sort=stage&q=semaglutide");
  expect(searched.total).toBeGreaterThan(0);
  await page.getByTestId("table-search").fill("semaglutide");
  await expect(page).toHaveURL(/q=semaglutide/);
  await expect.poll(() => rowIds(page)).toEqual(searched.data.map((row) => String(row.id)));
  await page.goBack();
  await expect(page).not.toHaveURL(/class=|q=/);
  await expect.poll(() => rowIds(page)).toEqual(sortedByStage);
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect.poll(() => rowIds(page)).toEqual(unfiltered);
});

test("facet counts apply the other filters, and choosing a value keeps its siblings' counts", async ({ page }) => {
  const all = await api(page, "");
  const gip = await api(page, "class=GIP_GLP1_RA");
  const gipApproved = await api(page, "class=GIP_GLP1_RA&stage=APPROVED");
  // The seed must make this test able to fail: the class filter changes the stage counts.
  expect(countOf(gip.facets.stage, "APPROVED")).not.toBe(countOf(all.facets.stage, "APPROVED"));

  await page.goto("/");
  let stage = await openFilter(page, "stage");
  await expect(shownCount(stage, /^Approved/)).toHaveText(String(countOf(all.facets.stage, "APPROVED")));
  await closeFilter(page);

  const classDialog = await openFilter(page, "class");
  await classDialog.getByRole("checkbox", { name: /^GIP\/GLP-1 dual agonist/ }).check();
  await closeFilter(page);
  await expect(page).toHaveURL(/class=GIP_GLP1_RA/);

  stage = await openFilter(page, "stage");
  await expect(shownCount(stage, /^Approved/)).toHaveText(String(countOf(gip.facets.stage, "APPROVED")));
  await stage.getByRole("checkbox", { name: /^Approved/ }).check();
  await expect(page).toHaveURL(/stage=APPROVED/);
  await expect(rows(page)).toHaveCount(gipApproved.total);
  // Disjunctive: the stage facet still counts the other stages (under the class filter only).
  for (const option of gip.facets.stage ?? []) {
    expect(countOf(gipApproved.facets.stage, option.value)).toBe(option.count);
  }
  await expect(shownCount(stage, /^Phase 3/)).toHaveText(String(countOf(gip.facets.stage, "PHASE_3")));
  // And the class facet now counts under the stage filter.
  await closeFilter(page);
  const classAgain = await openFilter(page, "class");
  await expect(shownCount(classAgain, /^GLP-1 receptor agonist/)).toHaveText(
    String(countOf((await api(page, "stage=APPROVED")).facets.class, "GLP1_RA")),
  );
});

test("a saved view reopens from the menu and from its link, and can be renamed and deleted", async ({ page }) => {
  await page.goto("/sign-in?next=/");
  await page.getByLabel("Email").fill("analyst@example.com");
  await page.getByLabel("Password").fill("analyst-demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();

  const name = `GIP/GLP-1 by stage ${Date.now()}`;
  await page.goto("/?class=GIP_GLP1_RA&sort=-stage");
  const filtered = await rowIds(page);
  await page.getByTestId("saved-views-trigger").click();
  await page.getByLabel("Name of the new view").fill(name);
  await page.getByRole("button", { name: "Save current view" }).click();
  await expect(page.getByTestId("saved-views-trigger")).toHaveText(`View: ${name}`);

  await page.goto("/");
  await expect(page.getByTestId("saved-views-trigger")).toHaveText("Views");
  await page.getByTestId("saved-views-trigger").click();
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/class=GIP_GLP1_RA/);
  await expect(page).toHaveURL(/sort=-stage/);
  await expect(page.locator("th[data-column=stage]")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => rowIds(page)).toEqual(filtered);

  await page.getByTestId("saved-views-trigger").click();
  await page.getByRole("button", { name: `Rename ${name}` }).click();
  await page.getByLabel(`New name for ${name}`).fill(`${name} (renamed)`);
  await page.getByRole("button", { name: "Rename", exact: true }).click();
  await expect(page.getByTestId("saved-views-trigger")).toHaveText(`View: ${name} (renamed)`);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Delete ${name} (renamed)` }).click();
  await expect(page.getByTestId("saved-views-trigger")).toHaveText("Views");
  await expect(page.getByRole("link", { name: `${name} (renamed)` })).toHaveCount(0);
});

test("an invalid parameter falls back to its default with a notice naming it", async ({ page }) => {
  await page.goto("/?stage=PHASE_9&perPage=10");
  await expect(page.getByTestId("param-notice")).toContainText("stage");
  await expect(page.getByTestId("param-notice")).toContainText("PHASE_9");
  await expect(rows(page)).toHaveCount(10);
});

test("the column menu hides and moves columns through the URL; selected rows show the selection bar", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("column-menu").getByRole("button", { name: "Columns" }).click();
  const menu = page.getByTestId("column-menu").getByRole("dialog");
  await menu.getByRole("checkbox", { name: "Chinese name" }).uncheck();
  await expect(page).toHaveURL(/cols=name(%2C|,)class/);
  await expect(page.locator("th[data-column=nameZh]")).toHaveCount(0);
  await menu.getByRole("button", { name: "Move Stage left" }).click();
  await expect(page).toHaveURL(/cols=name(%2C|,)class(%2C|,)stage(%2C|,)sponsor/);
  // The header follows the URL's order, after the row-selection column.
  const headings = page.getByTestId("candidates-table").locator("thead th");
  const firstFive = async () => (await headings.evaluateAll((ths) => ths.map((th) => th.getAttribute("data-column")))).slice(0, 5);
  await expect.poll(firstFive).toEqual(["select", "name", "class", "stage", "sponsor"]);
  await page.reload();
  await expect(page.locator("th[data-column=nameZh]")).toHaveCount(0);
  await expect.poll(firstFive).toEqual(["select", "name", "class", "stage", "sponsor"]);

  await expect(page.getByTestId("selection-bar")).toHaveCount(0);
  await rows(page).nth(0).getByRole("checkbox").check();
  await rows(page).nth(1).getByRole("checkbox").check();
  await expect(page.getByTestId("selection-count")).toHaveText("2 candidates selected");
  await page.getByRole("checkbox", { name: "Select all rows on this page" }).check();
  await expect(page.getByTestId("selection-count")).toHaveText(`${await rows(page).count()} candidates selected`);
  await page.getByRole("button", { name: "Clear selection" }).click();
  await expect(page.getByTestId("selection-bar")).toHaveCount(0);
});

test("facet counts follow a write, for a view whose counts were already computed", async ({ page }) => {
  await signIn(page, "analyst");
  const query = "class=GLP1_RA";
  const countOfBtd = async () => countOf((await api(page, query)).facets.designation, "BREAKTHROUGH_THERAPY");
  const before = await countOfBtd();
  // Asked again with nothing written: the same count, now from the result cache, which the write must clear.
  const source = async () => (await page.request.get(`/api/candidates?${query}`)).headers()["x-facet-counts"];
  await expect.poll(source).toBe("cache");
  expect(await countOfBtd()).toBe(before);
  await createCandidateWithDesignation(page, `E2E Facetglutide ${Date.now()}`);
  // The catalogue changed: the next answer counts the new candidate (class GLP-1 RA, one BTD designation).
  await expect.poll(countOfBtd).toBe(before + 1);
  expect((await api(page, `${query}&designation=BREAKTHROUGH_THERAPY`)).total).toBe(before + 1);
});

test("the production server counts a new view with its facet index, then serves it from its cache", async ({ page }) => {
  // Each poll asks for a view not asked before, so its counts cannot come from the result cache.
  let attempt = 0;
  const sourceOfNewView = async () => (await page.request.get(`/api/candidates?perPage=10&page=1&sponsor=${++attempt}`)).headers()["x-facet-counts"];
  await expect.poll(sourceOfNewView).toBe("index");
  const view = `/api/candidates?perPage=10&sponsor=${attempt}`;
  expect((await page.request.get(view)).headers()["x-facet-counts"]).toBe("cache");
});

test("the review-running filter narrows the dashboard, and the timeline and reports follow it", async ({ page }) => {
  const expected = await api(page, "reviewRunning=true&perPage=200");
  const all = await api(page, "perPage=200");
  expect(expected.total).toBeGreaterThan(0);
  expect(expected.total).toBeLessThan(all.total);

  await page.goto("/");
  const dialog = await openFilter(page, "reviewRunning");
  await dialog.getByRole("radio", { name: "Review running", exact: true }).check();
  await closeFilter(page);
  await expect(page).toHaveURL(/reviewRunning=true/);
  await expect(rows(page)).toHaveCount(expected.total);
  expect(await rowIds(page)).toEqual(expected.data.map((row) => String(row.id)));

  await page.getByTestId("open-timeline").click();
  await expect(page).toHaveURL(/\/timeline\?reviewRunning=true$/);
  await expect(page.getByTestId("lane-count")).toContainText(`${expected.total} candidates`);

  await page.goto("/reports?reviewRunning=true");
  await expect(page.getByTestId("report-count")).toHaveText(String(expected.total));
});
