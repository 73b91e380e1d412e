// Timelines and review clocks in the browser, on the seeded database: the portfolio timeline reads the
// dashboard's filters, zooms, pans and leads to a candidate; the candidate page shows each application's
// statutory clock; `sort=reviewClock` orders candidates by their stored working-day deadline.
import { expect, test, type Page } from "@playwright/test";

type ApiRow = { id: number; nameEn: string; reviewDeadline: string | null; reviewClock: { state: string; deadline?: string | null } | null };
type ApiPage = { data: ApiRow[]; total: number };

async function apiCandidates(page: Page, query: string): Promise<ApiPage> {
  const response = await page.request.get(`/api/candidates?${query}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as ApiPage;
}

test("the timeline filtered by designation shows the dashboard's candidates, zooms, pans and opens a candidate", async ({ page }) => {
  const query = "designation=BREAKTHROUGH_THERAPY";
  const expected = await apiCandidates(page, `${query}&perPage=200`);
  expect(expected.total).toBeGreaterThan(0);

  await page.goto(`/?${query}`);
  await page.getByTestId("open-timeline").click();
  await expect(page).toHaveURL(new RegExp(`/timeline\\?${query}$`));
  await expect(page.getByTestId("lane-count")).toContainText(`${expected.total} candidates`);

  const links = page.getByTestId("lane-link");
  await expect(links.first()).toBeVisible();
  const shown = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute("href")));
  const allowed = new Set(expected.data.map((row) => `/candidates/${row.id}`));
  expect(shown.length).toBeGreaterThan(0);
  for (const href of shown) expect(allowed.has(href ?? "")).toBe(true);

  const viewport = page.getByTestId("timeline-viewport");
  await expect(viewport).toHaveAttribute("data-zoom", "year");
  const widthAt = () => viewport.evaluate((element) => element.scrollWidth);
  const yearWidth = await widthAt();
  await page.getByTestId("zoom-month").click();
  await expect(viewport).toHaveAttribute("data-zoom", "month");
  await expect(page).toHaveURL(/zoom=month/);
  await expect.poll(widthAt).toBeGreaterThan(yearWidth * 5);

  const scrollLeft = () => viewport.evaluate((element) => element.scrollLeft);
  const before = await scrollLeft();
  await page.getByTestId("pan-earlier").click();
  await expect.poll(scrollLeft).toBeLessThan(before);
  await viewport.focus();
  const afterButton = await scrollLeft();
  await page.keyboard.press("PageDown");
  await expect.poll(scrollLeft).toBeGreaterThan(afterButton);

  // Milestones are reachable by keyboard and described in words (what, when at which precision, source).
  const firstItem = page.locator("[data-testid=lane] button[data-item-id]").first();
  await firstItem.focus();
  await expect(firstItem).toHaveAttribute("aria-label", /\d{4}.*(source|no source)/);
  await expect(page.getByTestId("timeline-details")).not.toContainText("Hover, focus or click");

  const lane = page.getByTestId("lane-link").first();
  const href = await lane.getAttribute("href");
  const candidate = expected.data.find((row) => `/candidates/${row.id}` === href);
  await lane.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByTestId("candidate-name")).toContainText(candidate?.nameEn ?? "?");
  await expect(page.getByTestId("candidate-timeline")).toBeVisible();
  await expect(page.getByTestId("today-marker").first()).toBeAttached();
});

test("the timeline links back to the dashboard with the same query", async ({ page }) => {
  await page.goto("/timeline?class=GLP1_RA&sort=-name&zoom=quarter");
  await expect(page.getByTestId("timeline-viewport")).toHaveAttribute("data-zoom", "quarter");
  await page.getByTestId("open-dashboard").click();
  await expect(page).toHaveURL(/\/\?class=GLP1_RA&sort=-name$/);
  await expect(page.getByTestId("param-notice")).toHaveCount(0);
});

test("the candidate page shows each running review's statutory clock", async ({ page }) => {
  const [row] = (await apiCandidates(page, "q=PT-GG-501")).data;
  expect(row).toBeDefined();
  await page.goto(`/candidates/${row?.id}`);
  const application = page.getByTestId("application").filter({ hasText: "JXHS2600402" });
  const clock = application.getByTestId("application-review-clock");
  await expect(clock).toBeVisible();
  // A 发补 opened on 2026-10-12 is still open: the clock stands still, or, past the calendar's last year,
  // the page says the day is outside the calendar instead of guessing.
  const state = await clock.getAttribute("data-state");
  if (state === "unavailable") {
    await expect(clock).toContainText("Outside the working-day calendar");
  } else {
    expect(state).toBe("stopped");
    await expect(clock).toContainText(/\d+ of 130 WD used/);
    await expect(clock).toContainText("deadline 4 Sep 2026");
  }
  const reviewBar = page.getByTestId("candidate-timeline").locator("button[data-item-id^=review-]").first();
  await expect(reviewBar).toHaveAttribute("aria-label", /review, from 2 Mar 2026/);
});

test("sort=reviewClock orders candidates by their statutory deadline, those without one last", async ({ page }) => {
  const ascending = (await apiCandidates(page, "sort=reviewClock&perPage=200")).data;
  const deadlines = ascending.map((row) => row.reviewDeadline);
  const known = deadlines.filter((deadline): deadline is string => deadline !== null);
  expect(known.length).toBeGreaterThan(0);
  const sorted = [...known].sort();
  expect(deadlines).toEqual([...sorted, ...deadlines.filter((deadline) => deadline === null)]);
  // The row's clock names the review that sets the key, whenever the calendar can read today.
  const first = ascending[0];
  if (first?.reviewClock && first.reviewClock.state !== "unavailable") expect(first.reviewClock.deadline).toBe(first.reviewDeadline);

  const descending = (await apiCandidates(page, "sort=-reviewClock&perPage=200")).data.map((row) => row.reviewDeadline);
  expect(descending.slice(0, known.length)).toEqual([...sorted].reverse());
  expect(descending.slice(known.length).every((deadline) => deadline === null)).toBe(true);

  await page.goto("/?sort=reviewClock");
  await expect(page.getByTestId("candidates-table").getByRole("link").first()).toHaveText(new RegExp(`^${first?.nameEn}`));

  // The column header sorts too: one click on "Review clock" puts the same candidate first.
  await page.goto("/");
  await page.getByRole("columnheader", { name: /Review clock/ }).getByRole("button").first().click();
  await expect(page).toHaveURL(/sort=reviewClock/);
  await expect(page.getByTestId("candidates-table").getByRole("link").first()).toHaveText(new RegExp(`^${first?.nameEn}`));
  await expect(page.getByTestId("review-clock-badge").first()).toBeVisible();
});

type TimelineJson = { candidates: { id: number; programs: { items: unknown[] }[] }[] };

test("a long timeline draws the first screen from the page and fetches every other lane's items", async ({ page }) => {
  const whole = (await (await page.request.get("/api/timeline")).json()) as TimelineJson;
  // The seed is longer than a screen (the page fills in 24 lanes), so this exercises the second fetch.
  expect(whole.candidates.length).toBeGreaterThan(24);
  const lastWithItems = whole.candidates.filter((candidate) => candidate.programs.some((program) => program.items.length > 0)).at(-1);

  // Hold the browser's read of the other lanes: first it fails, then (retried) it is answered.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let attempts = 0;
  await page.route("**/api/timeline*", async (route) => {
    attempts += 1;
    if (attempts === 1) return route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ code: "UNAVAILABLE", error: "Database unavailable" }) });
    await held;
    return route.continue();
  });

  await page.goto("/timeline?group=none");
  const viewport = page.getByTestId("timeline-viewport");
  await expect(page.getByTestId("lanes-failed")).toContainText("Database unavailable");
  await page.getByTestId("lanes-failed").getByRole("button").click();
  await expect(viewport).toHaveAttribute("data-lanes", "loading");
  await expect(page.getByTestId("lanes-loading")).toContainText(`${whole.candidates.length - 24} candidates`);
  await expect(page.locator("[data-testid=lane] button[data-item-id]").first()).toBeAttached();
  await viewport.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const lastLane = page.locator(`[data-lane="c${lastWithItems?.id}"]`);
  await expect(lastLane.getByTestId("lane-loading")).toBeVisible();

  release();
  await expect(viewport).toHaveAttribute("data-lanes", "loaded");
  await expect(page.getByTestId("lanes-loading")).toHaveCount(0);
  // Lanes with items are taller than the placeholders: the bottom moved down, so scroll there again.
  await viewport.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(lastLane.locator("button[data-item-id]").first()).toBeAttached();
  await expect(page.getByTestId("lane-loading")).toHaveCount(0);
});
