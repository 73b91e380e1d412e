// The workflow end to end: an analyst records a designation change with a reason and sees it on the
// candidate page and in History; a viewer sees no edit controls and a forged write is refused.
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { createCandidateWithDesignation } from "./fixtures/records";

/** The candidate page's record actions (components/workflow/record-actions.tsx), none of which a viewer gets. */
const RECORD_ACTIONS = /^(Change status|Change state|Record decision|Edit|Record stage|Add application|Open designation|Edit candidate|Add programme)\b/;

test("an analyst changes a designation with a reason and sees it on the page and in History", async ({ page }) => {
  await signIn(page, "analyst");
  const { candidateId, designationId } = await createCandidateWithDesignation(page);
  await page.goto(`/candidates/${candidateId}`);

  const designation = page.getByTestId(`designation-${designationId}`);
  await expect(designation.getByTestId("designation-state")).toHaveText("Not applied");
  await designation.getByRole("button", { name: /^Change state/ }).click();
  const form = page.getByTestId(`designation-state-form-${designationId}`);
  await form.getByLabel("New state").selectOption("REQUESTED");
  const reason = "Sponsor press release: breakthrough therapy requested for T2D";

  // A refused change names the rule and keeps what the analyst typed.
  await form.getByLabel("Effective date", { exact: true }).fill("2099-01-01");
  await form.getByLabel("Reason", { exact: true }).fill(reason);
  await form.getByLabel("Evidence URL", { exact: true }).fill("https://example.com/press-release");
  await form.getByRole("button", { name: "Record state change" }).click();
  await expect(form.getByTestId("form-error")).toContainText("rule DATE_IN_FUTURE");
  await expect(form.getByLabel("Reason", { exact: true })).toHaveValue(reason);
  await expect(form.getByLabel("Evidence URL", { exact: true })).toHaveValue("https://example.com/press-release");

  await form.getByLabel("Effective date", { exact: true }).fill("2025-05-06");
  await form.getByRole("button", { name: "Record state change" }).click();
  await expect(form.getByTestId("form-success")).toContainText("State: Not applied → Requested");
  await expect(designation.getByTestId("designation-state")).toHaveText("Requested");

  // On the page for everyone: the request date joins the chronology.
  await expect(page.getByTestId("chronology-entry").filter({ hasText: "6 May 2025" })).toContainText("requested");

  await page.keyboard.press("Escape");
  await page.getByTestId("section-nav").getByRole("link", { name: "History" }).click();
  const change = page.getByTestId("history").getByTestId("change").filter({ hasText: reason }).first();
  await expect(change).toBeVisible();
  await expect(change.getByTestId("change-actor")).toHaveText("analyst@example.com");
  await expect(change).toContainText("State: Not applied → Requested");
  await expect(change).toContainText("effective 6 May 2025");
  await expect(change.locator("a[href='https://example.com/press-release']")).toBeVisible();
});

test("a stale edit is refused with what changed since it was loaded, and the form keeps the analyst's input", async ({ page }) => {
  await signIn(page, "analyst");
  const { candidateId, designationId } = await createCandidateWithDesignation(page);
  await page.goto(`/candidates/${candidateId}`);
  await page.getByTestId(`designation-${designationId}`).getByRole("button", { name: /^Change state/ }).click();
  const form = page.getByTestId(`designation-state-form-${designationId}`);
  await form.getByLabel("New state").selectOption("REQUESTED");
  await form.getByLabel("Effective date", { exact: true }).fill("2025-05-06");
  await form.getByLabel("Reason", { exact: true }).fill("My own reading of the press release");
  await form.getByLabel("No evidence: record this change without a source").check();

  // Someone else records the same step first, through the API.
  const other = await page.request.post(`/api/designations/${designationId}/state`, {
    data: { to: "REQUESTED", effectiveDate: "2025-05-05", expectedVersion: 1, reason: "Colleague got there first", noEvidence: true },
  });
  expect(other.status()).toBe(200);

  await form.getByRole("button", { name: "Record state change" }).click();
  const error = form.getByTestId("form-error");
  await expect(error).toContainText("changed by someone else after you loaded it (you loaded version 1; it is now version 2)");
  await expect(error).toContainText("State: Not applied → Requested (analyst@example.com");
  await expect(form.getByLabel("Reason", { exact: true })).toHaveValue("My own reading of the press release");
  await expect(form.getByLabel("Effective date", { exact: true })).toHaveValue("2025-05-06");
});

test("a viewer sees no edit controls, and a forged write with the viewer's cookie is refused", async ({ page }) => {
  await signIn(page, "viewer");
  const search = await page.request.get("/api/candidates?q=semaglutide");
  const { data } = (await search.json()) as { data: { id: number }[] };
  const candidateId = data[0]!.id;
  await page.goto(`/candidates/${candidateId}`);
  await expect(page.getByTestId("candidate-workflow")).toBeVisible();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(page.getByRole("button", { name: RECORD_ACTIONS })).toHaveCount(0);
  await expect(page.locator("dialog")).toHaveCount(0);
  await expect(page.locator("form[data-testid$='-form'], form[data-testid*='-state-form-']")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New candidate" })).toHaveCount(0);

  const forged = await page.evaluate(async () => {
    const response = await fetch("/api/designations/1/state", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ to: "GRANTED", effectiveDate: "2025-01-01", expectedVersion: 1, reason: "forged", noEvidence: true }),
    });
    return { status: response.status, body: (await response.json()) as { code: string } };
  });
  expect(forged).toEqual({ status: 403, body: expect.objectContaining({ code: "FORBIDDEN" }) });
});

test("an anonymous visitor reads the candidate page and History without edit controls", async ({ page }) => {
  const search = await page.request.get("/api/candidates?q=tirzepatide");
  const { data } = (await search.json()) as { data: { id: number }[] };
  await page.goto(`/candidates/${data[0]!.id}`);
  await expect(page.getByTestId("history").getByTestId("change").first()).toBeVisible();
  await expect(page.getByRole("button", { name: RECORD_ACTIONS })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const forged = await page.request.post("/api/candidates", { data: { nameEn: "x" } });
  expect(forged.status()).toBe(401);
});
