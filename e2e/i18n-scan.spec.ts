// The Chinese interface is whole: on each main page in zh-CN, every English word is either data (inside an
// element marked lang="en": a name, an indication, a source) or a proper noun / abbreviation of the domain.
// Screenshots of the same pages (with the CJK font of .ci/run) land in test-results/zh-CN/ to look at.
import { expect, test, type Page } from "@playwright/test";

/** Proper nouns and abbreviations that stay in Latin letters in Chinese text. */
const ALLOWED = new Set(
  "Pathway Tracker NMPA CDE NHSA NRDL INN API CSV UTF Excel UTC README IND NDA BLA Pre GLP GIP GCG PYY GHRH JSON URL DRR Shift Tab Esc Home Page Up Down docs api md".split(" "),
);

/** English words of the visible text outside data, with a little context for the report. */
async function englishOutsideData(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[lang="en"], code, script, style, [aria-hidden="true"], .sr-only, option, a[target="_blank"]').forEach((node) => node.remove());
    return clone.innerText;
  });
  const found: string[] = [];
  for (const chunk of [text]) {
    for (const match of chunk.matchAll(/[A-Za-z][A-Za-z'-]{2,}/g)) {
      // "Pre-NDA", "GLP-1": every hyphenated part allowed or an abbreviation.
      const allowed = (word: string) => ALLOWED.has(word) || /^[A-Z0-9]*$/.test(word);
      if (!match[0].split("-").every(allowed)) {
        found.push(chunk.slice(Math.max(0, match.index! - 20), match.index! + match[0].length + 20).replace(/\s+/g, " "));
      }
    }
  }
  return found;
}

test.describe("the Chinese interface", () => {
  test.use({ locale: "zh-CN", viewport: { width: 1440, height: 1000 } });

  const pages: [string, string | (() => Promise<string>)][] = [
    ["dashboard", "/"],
    ["dashboard-filtered", "/?stage=PHASE_3,NDA_UNDER_REVIEW&sort=-stage"],
    ["timeline", "/timeline"],
    ["insights", "/insights"],
    ["reports", "/reports"],
    ["sign-in", "/sign-in"],
  ];
  for (const [name, path] of pages) {
    test(`${name} shows no English outside data`, async ({ page }) => {
      await page.goto(typeof path === "string" ? path : await path());
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
      await page.screenshot({ path: `test-results/zh-CN/${name}.png`, fullPage: name !== "timeline" });
      expect(await englishOutsideData(page)).toEqual([]);
    });
  }

  // Not yet whole: the History tab shows audit reasons, actors and record notes (data) that are not yet
  // marked lang="en", and the scan reads the hidden "Created" snapshots too.
  test.fixme("a candidate page shows no English outside data", async ({ page }) => {
    await page.goto("/?q=tirzepatide");
    await page.getByTestId("candidates-table").locator("tbody a").first().click();
    await expect(page.getByTestId("candidate-name")).toBeVisible();
    await page.screenshot({ path: "test-results/zh-CN/candidate.png", fullPage: true });
    const found = await englishOutsideData(page);
    expect(found).toEqual([]);
  });
});
