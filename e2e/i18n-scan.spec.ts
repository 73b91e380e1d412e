// The Chinese interface is whole: on each main page in zh-CN, every English word is either data (inside an
// element marked lang="en": a name, an indication, a source) or a proper noun / abbreviation of the domain.
// Screenshots of the same pages (with the CJK font of .ci/run) land in test-results/zh-CN/ to look at.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_USERS } from "./fixtures/auth";

/** Proper nouns and abbreviations that stay in Latin letters in Chinese text (Atom and Webhook: names of formats). */
const ALLOWED = new Set(
  "Pathway Tracker NMPA CDE NHSA NRDL INN API CSV UTF Excel UTC README IND NDA BLA Pre GLP GIP GCG PYY GHRH JSON URL DRR Shift Tab Esc Home Page Up Down docs api md Atom Webhook Webhooks".split(
    " ",
  ),
);

/** Signs in through the Chinese form (the labels are Chinese, so the English fixture's selectors do not apply). */
async function signInAs(page: Page, who: keyof typeof DEMO_USERS): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").fill(DEMO_USERS[who].email);
  await page.getByLabel("密码").fill(DEMO_USERS[who].password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}

async function scan(page: Page, name: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.screenshot({ path: `test-results/zh-CN/${name}.png`, fullPage: name !== "timeline" });
  expect(await englishOutsideData(page)).toEqual([]);
}

/** English words of the visible text outside data, with a little context for the report. */
async function englishOutsideData(page: Page): Promise<string[]> {
  const { text, labels, dataWords } = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    // Words of the data in English (names, indications, sources) anywhere on the page: a label that quotes
    // them ("Type 2 diabetes mellitus: NDA under review") quotes data, not interface.
    const data = [...clone.querySelectorAll('[lang="en"]')].map((node) => (node as HTMLElement).innerText ?? node.textContent ?? "");
    clone.querySelectorAll('[lang="en"], code, script, style, [aria-hidden="true"], .sr-only, option, a[target="_blank"]').forEach((node) => node.remove());
    // What assistive technology reads counts too: labels, placeholders, alternative text. (Titles are left
    // out: an enum's title is its name in the other language, by design.)
    const labels = [...clone.querySelectorAll("[aria-label], [placeholder], [alt]")].flatMap((element) =>
      ["aria-label", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? "").filter(Boolean),
    );
    return { text: clone.innerText, labels, dataWords: data.join(" ").match(/[A-Za-z][A-Za-z'-]*/g) ?? [] };
  });
  const quotedData = new Set(dataWords.flatMap((word) => [word, ...word.split("-")]));
  // Addresses and host names in labels ("source reportify.ai") are data too.
  const withoutAddresses = (label: string) => label.replace(/https?:\/\/\S+|\b[\w-]+(\.[\w-]+)+\b/g, " ");
  const chunks = [text, ...labels.map(withoutAddresses)];
  const found: string[] = [];
  for (const chunk of chunks) {
    for (const match of chunk.matchAll(/[A-Za-z][A-Za-z'-]{2,}/g)) {
      // "Pre-NDA", "GLP-1": every hyphenated part allowed or an abbreviation.
      const allowed = (word: string) => ALLOWED.has(word) || /^[A-Z0-9]*$/.test(word) || (chunk !== text && quotedData.has(word));
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
    ["not-found", "/candidates/99999999"],
  ];
  for (const [name, path] of pages) {
    test(`${name} shows no English outside data`, async ({ page }) => {
      await page.goto(typeof path === "string" ? path : await path());
      await scan(page, name);
    });
  }

  // The History section's reasons, actors and values are data, marked with their language; the scan reads the
  // closed dialogs and snapshots too (the text of a detached clone).
  test("a candidate page shows no English outside data", async ({ page }) => {
    await page.goto("/?q=tirzepatide");
    await page.getByTestId("candidates-table").locator("tbody a").first().click();
    await expect(page.getByTestId("candidate-name")).toBeVisible();
    await scan(page, "candidate");
  });

  // Signed in as an administrator: the record actions (every record's forms), the watch button, the admin pages.
  const adminPages: [string, string][] = [
    ["watching", "/watching"],
    ["changes", "/changes"],
    ["digest", "/digest"],
    ["admin-calendar", "/admin/calendar"],
    ["admin-users", "/admin/users"],
    ["admin-webhooks", "/admin/webhooks"],
    ["candidate-new", "/candidates/new"],
    ["import", "/import"],
    ["captures", "/captures"],
  ];
  for (const [name, path] of adminPages) {
    test(`${name}, as an administrator, shows no English outside data`, async ({ page }) => {
      await signInAs(page, "admin");
      await page.goto(path);
      await scan(page, name);
    });
  }

  // A capture's review: its heading, warnings, proposals (outcome, message, before → after) and actions.
  test("a capture's review page, as an administrator, shows no English outside data", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/captures");
    const header = ["序号", "受理号", "药品名称", "药品类型", "申请类型", "注册分类", "企业名称", "承办日期"];
    const number = `CXHL26${String(Date.now()).slice(-5)}`;
    const text = ["受理品种目录", header.join("\t"), ["1", number, "司美格鲁肽注射液", "化药", "临床试验", "1", "", "2026/11/20"].join("\t"), "共 3 条"].join("\n");
    await page.getByTestId("capture-text").fill(text);
    await page.getByRole("button", { name: "采集", exact: true }).click();
    await expect(page).toHaveURL(/\/captures\/\d+$/);
    await expect(page.getByTestId("proposals").locator("tbody tr")).toHaveCount(1);
    await scan(page, "capture-review");
  });

  // Every record's action dialog is in the page (closed dialogs too: the scan reads a detached clone).
  test("a candidate page with its record actions, as an administrator, shows no English outside data", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/?q=tirzepatide");
    await page.getByTestId("candidates-table").locator("tbody a").first().click();
    await page.getByTestId("candidate-edit").click();
    await expect(page.getByTestId("candidate-edit-dialog")).toBeVisible();
    await scan(page, "candidate-edit");
  });
});
