// An analyst brings in an official list: pastes a CDE review-task table, reviews the proposals, accepts two,
// rejects one, applies, and sees the changes in the candidate's History citing the capture.
import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/auth";
import { createCandidateWithApplications } from "./fixtures/records";

const HEADER = ["序号", "受理号", "药品名称", "进入中心时间", "审评状态", "药理毒理", "临床", "药学", "统计", "临床药理", "合规", "备注"];

test("paste a capture, review, accept two, reject one, apply, see History cite the capture", async ({ page }) => {
  await signIn(page, "analyst");
  const { candidateId, nameZh, acceptanceNumbers } = await createCandidateWithApplications(page, 3);
  const rows = acceptanceNumbers.map((number, index) => [String(index + 1), number, `${nameZh}注射液`, "2025-01-06", "排队待审评", "", "", "", "", "", "", ""]);
  const text = ["审评任务公示", HEADER.join("\t"), ...rows.map((row) => row.join("\t")), `共 ${rows.length} 条`].join("\n");

  await page.goto("/captures");
  await page.getByTestId("capture-text").fill(text);
  await page.getByLabel("Page address (optional)").fill("https://www.cde.org.cn/main/xxgk/listpage/review-tasks");
  await page.getByRole("button", { name: "Capture", exact: true }).click();
  await expect(page).toHaveURL(/\/captures\/\d+$/);
  const captureId = Number(page.url().split("/").pop());
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Capture #${captureId}: CDE review tasks`);

  const table = page.getByTestId("proposals");
  const row = (number: string) => table.locator("tr", { hasText: number });
  for (const number of acceptanceNumbers) {
    await expect(row(number).getByTestId("proposal-outcome")).toHaveText("Status change");
    await expect(row(number).getByTestId("proposal-message")).toContainText("Accepted → Queued for review");
  }
  await row(acceptanceNumbers[0]!).getByRole("button", { name: "Accept" }).click();
  await row(acceptanceNumbers[1]!).getByRole("button", { name: "Accept" }).click();
  await row(acceptanceNumbers[2]!).getByRole("button", { name: "Reject" }).click();
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-result")).toHaveText("2 applied, 0 stale (diffed again), 0 refused, 1 rejected.");
  await expect(row(acceptanceNumbers[0]!).getByTestId("proposal-status")).toHaveText("Applied");
  await expect(row(acceptanceNumbers[2]!).getByTestId("proposal-status")).toHaveText("Rejected");

  // Filtering by outcome leaves the applied and rejected rows, all status changes.
  await page.getByTestId("filter-outcome").selectOption("STATUS_CHANGE");
  await expect(table.locator("tbody tr")).toHaveCount(3);

  // In the Chinese interface the same proposals say their change in Chinese, statuses by their Chinese labels.
  await page.context().addCookies([{ name: "pt_locale", value: "zh-CN", url: page.url() }]);
  await page.reload();
  await expect(row(acceptanceNumbers[2]!).getByTestId("proposal-message")).toHaveText(/^\S+：已受理 → 待审评（\d{4}-\d{2}-\d{2} 生效）。$/);
  await expect(row(acceptanceNumbers[2]!)).toContainText("状态： 已受理 → 待审评");
  await page.screenshot({ path: test.info().outputPath("capture-review-zh-CN.png"), fullPage: true });
  await page.context().addCookies([{ name: "pt_locale", value: "en", url: page.url() }]);

  await page.goto(`/candidates/${candidateId}`);
  await page.getByTestId("section-nav").getByRole("link", { name: "History" }).click();
  const changes = page.getByTestId("history").getByTestId("change").filter({ hasText: `Capture #${captureId}` });
  await expect(changes).toHaveCount(2);
  const link = changes.first().getByRole("link", { name: `from capture #${captureId}` });
  await expect(link).toHaveAttribute("href", `/captures/${captureId}`);

  // The capture list shows its outcome counts.
  await page.goto("/captures");
  await expect(page.getByTestId("capture-row").filter({ hasText: `#${captureId}` })).toContainText("Applied: 2");
});

const DIRECTORY_HEADER = ["序号", "受理号", "药品名称", "药品类型", "申请类型", "注册分类", "企业名称", "承办日期"];

test("a near name is confirmed from its suggestion; an unknown one links to the new-candidate form, prefilled", async ({ page }) => {
  await signIn(page, "analyst");
  const { nameZh } = await createCandidateWithApplications(page, 0);
  const stamp = nameZh.replace("端到端肽", "");
  const near = `肽${stamp}`;
  const unknown = `未录入肽${stamp}`;
  const numbers = [`CXHL26${String(Number(stamp) % 100_000).padStart(5, "0")}`, `CXHL26${String((Number(stamp) + 7) % 100_000).padStart(5, "0")}`];
  const rows = [
    ["1", numbers[0]!, `${near}注射液`, "化药", "临床试验", "1", "", "2026-11-20"],
    ["2", numbers[1]!, `${unknown}注射液`, "化药", "临床试验", "1", "", "2026-11-20"],
  ];
  await page.goto("/captures");
  await page.getByTestId("capture-text").fill(["受理品种目录", DIRECTORY_HEADER.join("\t"), ...rows.map((row) => row.join("\t"))].join("\n"));
  await page.getByRole("button", { name: "Capture", exact: true }).click();
  await expect(page).toHaveURL(/\/captures\/\d+$/);

  const table = page.getByTestId("proposals");
  const row = (number: string) => table.locator("tr", { hasText: number });
  await expect(row(numbers[0]!).getByTestId("proposal-outcome")).toHaveText("New candidate needed");
  await row(numbers[0]!).getByTestId("confirm-match").filter({ hasText: nameZh }).click();
  await expect(page.getByTestId("apply-result")).toContainText("Name confirmed for this capture");
  await expect(row(numbers[0]!).getByTestId("proposal-outcome")).toHaveText("New application");
  await expect(row(numbers[0]!).getByTestId("proposal-message")).toContainText("matched by the analyst's confirmation");

  await expect(row(numbers[1]!).getByTestId("proposal-outcome")).toHaveText("New candidate needed");
  await row(numbers[1]!).getByTestId("add-candidate").click();
  await expect(page).toHaveURL(/\/candidates\/new\?/);
  await expect(page.getByLabel("Chinese name")).toHaveValue(unknown);
});
