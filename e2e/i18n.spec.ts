// Languages: the first visit follows Accept-Language, the header's switch keeps the URL (filters, sort,
// page) and the session, and a signed-in user's choice follows them to another browser.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS, signIn } from "./fixtures/auth";

const switchTo = async (page: Page, name: "English" | "中文") => {
  await page.getByTestId("locale-switch").getByRole("button", { name }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", name === "中文" ? "zh-CN" : "en");
};

test.describe("a browser asking for Chinese", () => {
  test.use({ locale: "zh-CN" });
  test("gets the Chinese interface on its first visit", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "总览" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("候选药物");
  });
});

test("the switch keeps the view and the session, and follows the user to another browser", async ({ page, browser }) => {
  await signIn(page, "viewer");
  const view = "/?stage=PHASE_3,NDA_UNDER_REVIEW&sort=-name&perPage=10&page=1";
  await page.goto(view);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const url = page.url();
  try {
    await switchTo(page, "中文");
    expect(page.url()).toBe(url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("候选药物");
    await expect(page.getByTestId("user-menu")).toContainText("查看者");
    await expect(page.getByTestId("filter-stage")).toContainText("研发阶段");

    // Another browser, English by default: signing in brings the profile's language back.
    const other = await browser.newContext({ locale: "en-US" });
    const otherPage = await other.newPage();
    await otherPage.goto("/sign-in");
    await otherPage.getByLabel("Email").fill(DEMO_USERS.viewer.email);
    await otherPage.getByLabel("Password").fill(DEMO_USERS.viewer.password);
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await expect(otherPage.getByTestId("user-menu")).toContainText("查看者");
    await expect(otherPage.locator("html")).toHaveAttribute("lang", "zh-CN");
    await other.close();

    // The language cookie gone, still signed in (an English Accept-Language): the profile's language, read
    // with the session.
    const kept = (await page.context().cookies()).filter((cookie) => cookie.name !== "pt_locale");
    await page.context().clearCookies();
    await page.context().addCookies(kept);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByTestId("user-menu")).toContainText("查看者");
  } finally {
    await switchTo(page, "English");
  }
  expect(page.url()).toBe(url);
  await expect(page.getByTestId("user-menu")).toContainText("Viewer");
});
