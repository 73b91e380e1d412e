// The header's unread count: an analyst watches a candidate, a later change to it shows as unread beside
// "Changes" on every page (the count streams in after the page's shell, components/auth/user-menu.tsx), and
// "Mark all read" on /changes clears it. The change reaches the watch index through the job worker, so the
// test reloads until it shows, within a deadline.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { createCandidateWithDesignation } from "./fixtures/records";

test("a change to a watched candidate shows as unread in the header until it is marked read", async ({ page }) => {
  await signIn(page, "analyst");
  const { candidateId } = await createCandidateWithDesignation(page);
  // Start from nothing unread, whatever else this analyst watches.
  await page.goto("/changes");
  await markAllRead(page);

  await page.goto(`/candidates/${candidateId}`);
  await page.getByTestId("watch-button").click();
  await expect(page.getByTestId("unwatch-button")).toBeVisible();
  // Changes made before the watch began are not unread; this one is.
  const change = await page.request.post("/api/programs", {
    data: { candidateId, indicationEn: "Obesity", drugCategory: "CHEMICAL", origin: "DOMESTIC", reason: "A second indication (e2e)", noEvidence: true, effectiveDate: "2025-02-03" },
  });
  expect(change.status()).toBe(201);

  const badge = page.getByTestId("changes-link").getByTestId("unread-count");
  await expect(async () => {
    await page.goto("/");
    await expect(badge).toHaveText("1", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(badge).toHaveAttribute("aria-label", "1 unread");

  await page.getByTestId("changes-link").click();
  await expect(page).toHaveURL(/\/changes$/);
  await markAllRead(page);
  // goto waits for the page's load event, so the streamed count has arrived (or not) by then.
  await page.goto("/");
  await expect(page.getByTestId("user-menu")).toBeVisible();
  await expect(badge).toHaveCount(0);
});

/** Clicks "Mark all read" and waits for its server action to answer. */
async function markAllRead(page: Page): Promise<void> {
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/changes");
  await page.getByTestId("mark-all-read").click();
  expect((await answered).ok()).toBe(true);
}
