// Bulk edit from the dashboard: select rows, apply one designation change with one reason; each row is
// validated on its own and the result says which succeeded and why the others were refused.
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { createCandidateWithDesignation } from "./fixtures/records";

test("an analyst moves the selected candidates' breakthrough designation to requested in one change", async ({ page }) => {
  await signIn(page, "analyst");
  const stamp = Date.now();
  const first = await createCandidateWithDesignation(page, `E2E Bulkglutide ${stamp} A`);
  const second = await createCandidateWithDesignation(page, `E2E Bulkglutide ${stamp} B`);

  await page.goto(`/?q=${encodeURIComponent(`bulkglutide ${stamp}`)}`);
  const table = page.getByTestId("candidates-table");
  await expect(table.getByRole("link", { name: /E2E Bulkglutide/ })).toHaveCount(2);
  await page.getByLabel("Select all rows on this page").check();

  const bar = page.getByTestId("bulk-edit-bar");
  await expect(bar).toContainText("2 candidates selected");
  await bar.getByRole("button", { name: "Change a designation…" }).click();
  const form = page.getByTestId("bulk-edit-form");
  await form.getByLabel("Programme").selectOption("BREAKTHROUGH_THERAPY");
  await form.getByLabel("New state").selectOption("REQUESTED");
  await form.getByLabel("Effective date", { exact: true }).fill("2025-03-03");
  await form.getByLabel("Reason", { exact: true }).fill("Bulk: sponsors announced BTD requests");
  await form.getByLabel("No evidence: record this change without a source").check();
  await form.getByRole("button", { name: "Apply to 2 candidates" }).click();

  const result = page.getByTestId("bulk-result");
  await expect(result).toContainText("2 updated, 0 refused");
  for (const { candidateId } of [first, second]) {
    await page.goto(`/candidates/${candidateId}`);
    await page.getByTestId("section-nav").getByRole("link", { name: "History" }).click();
    await expect(page.getByTestId("history").getByTestId("change").filter({ hasText: "Bulk: sponsors announced BTD requests" })).toHaveCount(1);
  }
});

test("a viewer gets no selection actions on the dashboard", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/?q=semaglutide");
  await page.getByLabel("Select all rows on this page").check();
  await expect(page.getByTestId("bulk-edit-bar")).toHaveCount(0);
});
