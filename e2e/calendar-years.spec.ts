// Past the last State Council notice a review clock shows a provisional deadline, the dashboard warns that
// next year's notice is missing, and an administrator who adds it sees the badge turn official: no restart.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";

type Clock = { state: string; deadline?: string | null; calendar?: "official" | "provisional" };
type Row = { id: number; reviewDeadline: string | null; reviewClock: Clock | null };

async function clockOf(page: Page, acceptanceNumber: string): Promise<Row> {
  const response = await page.request.get(`/api/candidates?q=${acceptanceNumber}`);
  expect(response.ok()).toBe(true);
  const [row] = ((await response.json()) as { data: Row[] }).data;
  expect(row, acceptanceNumber).toBeDefined();
  return row as Row;
}

test("adding the 2027 notice turns a provisional deadline official", async ({ page }) => {
  // CXHS2600890: priority review accepted 2026-11-06; its 130th working day falls in 2027.
  const before = await clockOf(page, "CXHS2600890");
  expect(before.reviewClock).toMatchObject({ state: "running", calendar: "provisional" });
  expect(before.reviewClock?.deadline).toMatch(/^2027-/);
  expect(before.reviewDeadline).toBe(before.reviewClock?.deadline);

  await page.goto("/?q=CXHS2600890");
  const badge = page.getByTestId("review-clock-badge").first();
  await expect(badge).toHaveAttribute("data-calendar", "provisional");
  await expect(badge.getByTestId("review-clock-provisional")).toHaveText(`≈ ${before.reviewClock?.deadline} (provisional calendar)`);
  await expect(page.getByTestId("missing-notice-warning")).toContainText("notice for 2027 has not been added");

  await signIn(page, "admin");
  await page.goto("/");
  await page.getByTestId("missing-notice-warning").getByRole("link", { name: "Add the 2027 notice" }).click();
  await expect(page).toHaveURL(/\/admin\/calendar\?year=2027/);
  await expect(page.getByTestId("holiday-years").locator('tr[data-year="2027"]')).toHaveAttribute("data-calendar", "provisional");
  const form = page.getByTestId("holiday-year-form");
  await expect(form.getByLabel("Year", { exact: true })).toHaveValue("2027");
  // The form starts from the provisional year; this notice gives Monday 4 January off as well.
  const periods = form.getByLabel(/Days off/);
  const lines = (await periods.inputValue()).split("\n").map((line) => (line.startsWith("NEW_YEAR:") ? "NEW_YEAR: 2027-01-01..2027-01-04 |" : line));
  await periods.fill(lines.join("\n"));
  await form.getByLabel("Document number").fill("国办发明电〔2026〕99号");
  await form.getByLabel("Issued on").fill("2026-11-20");
  await form.getByLabel("Evidence URL").fill("https://www.gov.cn/zhengce/content/2027-test-notice.htm");
  await form.getByLabel("Reason").fill("State Council notice for 2027 published");
  await form.getByRole("button", { name: "Save the year" }).click();
  await expect(page.getByTestId("holiday-year-result")).toContainText(/Saved 2027: [1-9]\d* stored review deadline/);
  await expect(page.getByTestId("holiday-years").locator('tr[data-year="2027"]')).toHaveAttribute("data-calendar", "official");

  const after = await clockOf(page, "CXHS2600890");
  expect(after.reviewClock).toMatchObject({ state: "running", calendar: "official" });
  expect(after.reviewClock?.deadline).not.toBe(before.reviewClock?.deadline);
  expect(after.reviewDeadline).toBe(after.reviewClock?.deadline);

  await page.goto("/?q=CXHS2600890");
  await expect(page.getByTestId("review-clock-badge").first()).toHaveAttribute("data-calendar", "official");
  await expect(page.getByTestId("review-clock-provisional")).toHaveCount(0);
  await expect(page.getByTestId("missing-notice-warning")).toHaveCount(0);
});

test("the API refuses a notice that breaks the rules, naming the field", async ({ page }) => {
  await signIn(page, "admin");
  const response = await page.request.post("/api/calendar/years", {
    data: {
      year: 2028,
      noticeTitle: "国务院办公厅关于2028年部分节假日安排的通知",
      documentNumber: "test",
      issuedOn: "2027-11-01",
      periods: [{ festival: "LABOUR_DAY", daysOff: ["2028-05-01", "2029-05-02"], makeupWorkdays: ["2028-05-01", "2028-05-08"] }],
      reason: "test",
      noEvidence: true,
    },
  });
  expect(response.status()).toBe(400);
  const { error } = (await response.json()) as { error: string };
  expect(error).toContain("2029-05-02 is not in 2028");
  expect(error).toContain("2028-05-01 is both a day off and a make-up working day");
  expect(error).toContain("2028-05-08 is a weekday");
});
