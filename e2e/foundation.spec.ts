import { expect, test } from "@playwright/test";

test("the dashboard lists the seeded candidates with names in English and Chinese", async ({ page }) => {
  await page.goto("/");
  const table = page.getByTestId("candidates-table");
  await expect(table).toBeVisible();
  const semaglutide = table.getByRole("row").filter({ hasText: "Semaglutide" }).first();
  await expect(semaglutide).toContainText("司美格鲁肽");
  expect(await table.getByRole("row").count()).toBeGreaterThan(30);
});

test("opening a candidate shows its programmes, applications and sourced chronology", async ({ page }) => {
  await page.goto("/?q=tirzepatide");
  await page.getByRole("link", { name: "Tirzepatide", exact: true }).click();
  await expect(page.getByTestId("candidate-name")).toContainText("Tirzepatide");
  await expect(page.getByTestId("application").filter({ hasText: "JXHS2400108" })).toBeVisible();
  const chronology = page.getByTestId("chronology-entry");
  expect(await chronology.count()).toBeGreaterThan(2);
  await expect(chronology.locator("a[href^='http']").first()).toBeVisible();
});

test("an unknown candidate id shows the not-found page, not an error", async ({ page }) => {
  const response = await page.goto("/candidates/999999999");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("There is no such record.")).toBeVisible();
});

test("an unknown API path answers a JSON 404 for any method, and real endpoints are not shadowed", async ({ request }) => {
  for (const method of ["GET", "POST", "DELETE"] as const) {
    const response = await request.fetch("/api/no-such-endpoint/1", { method });
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ code: "NOT_FOUND", error: expect.stringContaining(`${method} /api/no-such-endpoint/1`) });
  }
  expect((await request.get("/api/candidates?perPage=10")).status()).toBe(200);
});
