// The main journeys in Chinese (the English ones are the other specs): filter the dashboard, open the
// timeline, record a change, export. Selectors are roles, names in Chinese and test ids, never English text.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { DEMO_USERS } from "./fixtures/auth";
import { createCandidateWithDesignation } from "./fixtures/records";

test.use({ locale: "zh-CN" });

test("filter the dashboard and open the same view as a timeline", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("候选药物");
  await page.getByTestId("filter-stage").getByRole("button").click();
  const dialog = page.getByTestId("filter-stage").getByRole("dialog");
  await dialog.locator("label").filter({ hasText: /^III期临床试验/ }).getByRole("checkbox").check();
  await expect(page).toHaveURL(/stage=PHASE_3/);
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("filter-stage")).toContainText("III期临床试验");
  const api = (await (await page.request.get("/api/candidates?stage=PHASE_3")).json()) as { total: number };
  await expect(page.getByTestId("total-count")).toContainText(`共 ${api.total} 个候选药物`);
  await expect(page.getByTestId("candidates-table").locator("thead")).toContainText("研发阶段");

  await page.getByTestId("open-timeline").click();
  await expect(page).toHaveURL(/\/timeline\?.*stage=PHASE_3/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("组合时间线");
  await expect(page.getByTestId("timeline-legend")).toContainText("图例");
  await expect(page.getByTestId("zoom-year")).toHaveText("年");
  await expect(page.getByTestId("lane")).not.toHaveCount(0);
});

test("an analyst records a change in Chinese", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").fill(DEMO_USERS.analyst.email);
  await page.getByLabel("密码").fill(DEMO_USERS.analyst.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("user-menu")).toContainText("分析员");

  const { candidateId, designationId } = await createCandidateWithDesignation(page);
  await page.goto(`/candidates/${candidateId}`);
  const designation = page.getByTestId(`designation-${designationId}`);
  await expect(designation.getByTestId("designation-state")).toHaveText("未申请");
  await designation.getByRole("button", { name: /^变更状态/ }).click();
  const form = page.getByTestId(`designation-state-form-${designationId}`);
  await form.locator('select[name="to"]').selectOption("REQUESTED");
  await form.locator('input[name="effectiveDate"]').fill("2025-05-06");
  await form.locator('textarea[name="reason"]').fill("企业公告：申请突破性治疗");
  await form.locator('input[name="evidenceUrl"]').fill("https://example.com/release");
  await form.locator('button[type="submit"]').click();
  await expect(designation.getByTestId("designation-state")).toHaveText("已申请");
  await expect(page.getByTestId("chronology-entry").filter({ hasText: "2025年5月6日" })).toContainText("已申请");

  await page.keyboard.press("Escape");
  await page.getByTestId("section-nav").getByRole("link", { name: "变更历史" }).click();
  const change = page.getByTestId("history").getByTestId("change").filter({ hasText: "企业公告" }).first();
  await expect(change).toContainText("生效于 2025年5月6日");
  await expect(change.getByTestId("change-field").first()).toContainText("状态：未申请 → 已申请");
});

test("exports follow the interface's language", async ({ page }) => {
  await page.goto("/reports?stage=APPROVED");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("报表");
  const exportCandidates = page.getByTestId("export-candidates");
  await expect(exportCandidates.locator("select")).toHaveValue("zh");
  const downloadEvent = page.waitForEvent("download");
  await exportCandidates.getByRole("link").click();
  const download = await downloadEvent;
  expect(download.url()).toContain("lang=zh");
  const bytes = await readFile((await download.path())!);
  const [header = []] = parse(bytes, { bom: true }) as string[][];
  expect(header.some((cell) => /[\u4e00-\u9fff]/.test(cell))).toBe(true);

  // Without lang=, the file follows the interface's cookie.
  await page.context().addCookies([{ name: "pt_locale", value: "zh-CN", url: page.url() }]);
  const plain = await page.request.get("/api/export/candidates.csv?stage=APPROVED");
  const [plainHeader = []] = parse(Buffer.from(await plain.body()), { bom: true }) as string[][];
  expect(plainHeader).toEqual(header);
});
