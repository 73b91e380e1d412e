// Insights in the browser, on the seeded database: opened from a filtered dashboard they carry its
// parameters, a click on a pipeline bar segment lands on the dashboard filtered to it (with the segment's
// count), each chart has a summary, a data table and a CSV, and /api/insights answers the same numbers.
import { expect, test } from "@playwright/test";

type InsightsJson = {
  total: number;
  pipeline: { stage: string; mechanismClass: string; candidates: number }[];
  backtest: { figures: { path: string; reviews: number }[] };
};

test("open insights from a filtered dashboard, click a bar segment, land on the matching dashboard view", async ({ page }, testInfo) => {
  const query = "origin=DOMESTIC";
  const api = (await (await page.request.get(`/api/candidates?${query}&perPage=10`)).json()) as { total: number };
  expect(api.total).toBeGreaterThan(0);

  await page.goto(`/?${query}`);
  await page.getByTestId("open-insights").click();
  await expect(page).toHaveURL(new RegExp(`/insights\\?${query}$`));
  await expect(page.getByTestId("insights-total")).toHaveText(String(api.total));
  // And back: the same parameters open the dashboard.
  await expect(page.getByTestId("open-dashboard")).toHaveAttribute("href", `/?${query}`);
  for (const chart of ["pipeline", "designations", "review-durations", "reimbursement"]) {
    await expect(page.getByTestId(`summary-${chart}`)).not.toBeEmpty();
    await expect(page.getByTestId(`figure-${chart}`).locator("svg")).toBeVisible();
  }
  await expect(page.getByTestId("backtest-row").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("insights.png"), fullPage: true });

  const insights = (await (await page.request.get(`/api/insights?${query}`)).json()) as InsightsJson;
  expect(insights.total).toBe(api.total);

  // The figure is hydrated once its click handler is attached; then click the first bar segment drawn.
  const figure = page.getByTestId("figure-pipeline");
  await expect(figure).toHaveAttribute("data-hydrated", "true");
  const segment = figure.locator("path[ecmeta_series_index][ecmeta_data_index]").first();
  await segment.click();
  await expect(page).toHaveURL(/\/\?.*stage=.*class=|\/\?.*class=.*stage=/);
  const url = new URL(page.url());
  expect(url.searchParams.get("origin")).toBe("DOMESTIC");
  const stage = url.searchParams.get("stage");
  const mechanismClass = url.searchParams.get("class");
  const expected = insights.pipeline.find((row) => row.stage === stage && row.mechanismClass === mechanismClass);
  expect(expected, `${stage} ${mechanismClass}`).toBeDefined();
  await expect(page.getByTestId("total-count")).toContainText(`of ${expected!.candidates} candidate`);
  await page.screenshot({ path: testInfo.outputPath("dashboard-after-click.png"), fullPage: true });
});

test("each chart's CSV is the chart's data, Excel-ready; the API refuses a bad parameter", async ({ page }) => {
  await page.goto("/insights?class=GLP1_RA");
  const href = await page.getByTestId("csv-pipeline").getAttribute("href");
  expect(href).toBe("/api/insights/pipeline.csv?class=GLP1_RA");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(/pathway-insights-pipeline-\d{4}-\d{2}-\d{2}T\d{4}Z\.csv/);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.toString("utf8").slice(1).trim().split("\r\n");
  expect(lines[0]).toBe("Stage,Mechanism class,Candidates");
  const insights = (await (await page.request.get("/api/insights?class=GLP1_RA")).json()) as InsightsJson;
  expect(lines.length - 1).toBe(insights.pipeline.length);

  const bad = await page.request.get("/api/insights?stage=PHASE_9");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("stage");
  expect((await page.request.get("/api/insights/nothing.csv")).status()).toBe(404);
});

test("the candidate page shows a predicted decision window with what it rests on", async ({ page }) => {
  const rows = (await (await page.request.get("/api/candidates?perPage=200")).json()) as {
    data: { id: number; predictedDecision: { basis: string; from: string | null } | null }[];
  };
  const withWindow = rows.data.find((row) => row.predictedDecision);
  expect(withWindow).toBeDefined();
  expect(withWindow!.predictedDecision!.basis).toMatch(/estimate from \d+|statutory limit only|no window/);
  await page.goto(`/candidates/${withWindow!.id}`);
  await expect(page.getByTestId("predicted-decision").first()).toBeVisible();

  // The same window on the application in GET /api/candidates/:id; decided applications carry none.
  const detail = (await (await page.request.get(`/api/candidates/${withWindow!.id}`)).json()) as {
    programs: { applications: { status: string; predictedDecision: { basis: string; from: string | null } | null }[] }[];
  };
  const applications = detail.programs.flatMap((program) => program.applications);
  expect(applications.some((application) => application.predictedDecision?.basis === withWindow!.predictedDecision!.basis)).toBe(true);
  expect((await page.request.get("/api/candidates/999999999")).status()).toBe(404);
});
