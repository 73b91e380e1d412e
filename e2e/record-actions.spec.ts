// Contextual actions on the candidate page: an analyst changes an application's status from its own row, sees
// the row change, and finds the change in History, on a desktop and on a phone. The dialog is the native
// <dialog>: Escape closes it and focus goes back to the button that opened it.
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { createCandidateWithApplications } from "./fixtures/records";

const viewports = [
  { name: "desktop", viewport: { width: 1440, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 } },
] as const;

for (const { name, viewport } of viewports) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test("an analyst changes an application's status from its row and finds it in History", async ({ page }) => {
      await signIn(page, "analyst");
      const { candidateId, acceptanceNumbers } = await createCandidateWithApplications(page, 1);
      const number = acceptanceNumbers[0]!;
      await page.goto(`/candidates/${candidateId}`);

      const row = page.getByTestId("application").filter({ hasText: number });
      await expect(row.getByTestId("application-status")).toHaveText("Accepted");
      const trigger = row.getByRole("button", { name: `Change status: ${number}` });
      await trigger.click();
      const dialog = page.getByRole("dialog", { name: `Change the status of ${number}` });
      await expect(dialog).toBeVisible();

      // Only legal next statuses can be chosen; the others are shown greyed out with the reason.
      const status = dialog.getByLabel("New status");
      await expect(status.locator("option[value='QUEUED_FOR_REVIEW']")).toBeEnabled();
      await expect(status.locator("option[value='CERTIFICATE_ISSUED']")).toBeDisabled();
      await expect(status.locator("option[value='CERTIFICATE_ISSUED']")).toHaveAttribute("title", "Cannot follow Accepted (not an allowed transition)");

      const reason = `CDE task list shows ${number} queued`;
      await status.selectOption("QUEUED_FOR_REVIEW");
      await dialog.getByLabel("Effective date", { exact: true }).fill("2025-02-03");
      await dialog.getByLabel("Reason", { exact: true }).fill(reason);
      await dialog.getByLabel("No evidence: record this change without a source").check();
      await page.screenshot({ path: `test-results/small-screens/status-dialog-${viewport.width}.png` });
      await dialog.getByRole("button", { name: "Record status change" }).click();
      await expect(dialog.getByTestId("form-success")).toContainText("Accepted → Queued for review");

      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(trigger).toBeFocused();
      await expect(row.getByTestId("application-status")).toHaveText("Queued for review");

      await page.getByTestId("section-nav").getByRole("link", { name: "History" }).click();
      await expect(page).toHaveURL(/#history$/);
      const change = page.getByTestId("history").getByTestId("change").filter({ hasText: reason });
      await expect(change).toBeInViewport();
      await expect(change).toContainText("Accepted → Queued for review");
      await expect(change.getByTestId("change-actor")).toHaveText("analyst@example.com");
    });
  });
}

test("a section's address opens the page at that section", async ({ page }) => {
  const search = await page.request.get("/api/candidates?q=tirzepatide");
  const { data } = (await search.json()) as { data: { id: number }[] };
  await page.goto(`/candidates/${data[0]!.id}#chronology`);
  await expect(page.getByRole("heading", { name: "Chronology" })).toBeInViewport();
  await expect(page.getByTestId("last-regulatory-change")).toContainText(/\d{4}/);
});
