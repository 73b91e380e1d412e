// Every main page on a phone (390x844) and a desktop (1440x900): no sideways page scroll (wide tables and the
// timeline scroll inside their own frames), nothing logged as an error (a missing icon was one), and no serious
// or critical accessibility violation by axe-core. Screenshots land in test-results/small-screens/.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures/auth";

const viewports = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;

async function tirzepatidePath(page: Page): Promise<string> {
  const search = await page.request.get("/api/candidates?q=tirzepatide");
  const { data } = (await search.json()) as { data: { id: number }[] };
  return `/candidates/${data[0]!.id}`;
}

const pages: [name: string, path: string | ((page: Page) => Promise<string>)][] = [
  ["dashboard", "/"],
  ["candidate", tirzepatidePath],
  ["timeline", "/timeline"],
  ["activity", "/activity"],
  ["reports", "/reports"],
  ["import", "/import"],
];

// Chinese labels are other words, so axe reads the phone's main pages in zh-CN too (it found pan buttons
// whose Chinese names did not contain their visible text). The language comes from the cookie, after an
// English sign-in, so no profile changes.
const runs = [
  ...viewports.map((viewport) => ({ viewport, locale: "en", pages })),
  { viewport: viewports[0], locale: "zh-CN", pages: pages.filter(([name]) => ["dashboard", "candidate", "timeline"].includes(name)) },
] as const;

for (const { viewport, locale, pages: runPages } of runs) {
  test.describe(`at ${viewport.width}x${viewport.height}${locale === "en" ? "" : ` in ${locale}`}`, () => {
    test.use({ viewport });

    for (const [name, path] of runPages) {
      test(`${name} fits the width, logs no error and passes axe`, async ({ page }) => {
        // axe on a long page takes a while on 2 shared cores.
        test.setTimeout(180_000);
        await signIn(page, "analyst");
        if (locale !== "en") await page.context().addCookies([{ name: "pt_locale", value: locale, url: page.url() }]);
        const errors: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("response", (response) => {
          if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
        });

        await page.goto(typeof path === "string" ? path : await path(page));
        await page.waitForLoadState("networkidle");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await page.screenshot({ path: `test-results/small-screens/${name}-${viewport.width}${locale === "en" ? "" : `-${locale}`}.png`, fullPage: true });

        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(innerWidth);

        // A closed <details> renders nothing; the activity log holds hundreds of closed record snapshots, which
        // would keep axe busy for minutes without testing anything a reader meets.
        const { violations } = await new AxeBuilder({ page }).exclude("details:not([open]) > :not(summary)").analyze();
        const severe = violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(", ")}`);
        expect(severe).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header folds into a menu and the filters into a sheet that counts the active ones", async ({ page }) => {
    await signIn(page, "analyst");
    await page.goto("/?stage=PHASE_3,NDA_UNDER_REVIEW&designation=BREAKTHROUGH_THERAPY");
    const newCandidate = page.getByRole("link", { name: "New candidate" });
    await expect(newCandidate).toBeHidden();
    await page.locator("label[for='site-menu-toggle']").click();
    await expect(newCandidate).toBeVisible();

    const toggle = page.getByTestId("filters-sheet-toggle");
    await expect(toggle).toHaveText("Filters (2)");
    await expect(page.getByTestId("filters-sheet")).toBeHidden();
    await toggle.click();
    await expect(page.getByTestId("filters-sheet")).toBeVisible();
    await expect(page.getByTestId("reset-filters")).toBeVisible();

    // The candidate column stays in view, at the frame's left edge, while the table scrolls inside its frame.
    const frame = page.getByTestId("candidates-table").locator("xpath=..");
    const firstName = page.getByTestId("candidates-table").locator("tbody tr").first().locator("td[data-column='name']");
    const frameLeft = (await frame.boundingBox())!.x;
    await frame.evaluate((element) => element.scrollBy({ left: 400 }));
    await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // Scrolled 400 px, an ordinary cell would be far off to the left; the sticky one sits on the frame's border.
    await expect.poll(async () => Math.round((await firstName.boundingBox())!.x - frameLeft)).toBeGreaterThanOrEqual(0);
    expect(Math.round((await firstName.boundingBox())!.x - frameLeft)).toBeLessThanOrEqual(1);
  });
});
