import { expect, test } from "@playwright/test";
import { ACME, inChinese, OWNER } from "./demo-users";

/*
 * The fleet charts, the home dashboard and alerts in Simplified Chinese. The language comes from
 * the NEXT_LOCALE cookie alone: the owner's saved language stays English for the other specs.
 */

test("in Chinese, the latency page names its charts, legends and SLO line, and a range change stays in the URL", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  await page.goto(`/o/${ACME.slug}/latency`);
  await expect(page.getByRole("heading", { level: 1, name: "延迟" })).toBeVisible();
  const percentiles = page.getByRole("region", { name: "端到端延迟百分位" });
  await expect(percentiles.getByRole("img")).toHaveAttribute("aria-label", /^语音端到端延迟，.*语音 SLO 1,000 ms。$/);
  await expect(percentiles.getByText("语音 SLO 1.0 s")).toBeVisible();
  await expect(percentiles.getByRole("button", { name: /下载 CSV/ })).toBeEnabled();
  const attainment = page.getByRole("region", { name: "SLO 达标率趋势" });
  await expect(attainment.getByText("SLO 达标率", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "各阶段耗时" }).getByText("其他（网络与排队）")).toBeVisible();

  await page.getByLabel("时间范围").selectOption({ label: "最近 24 小时" });
  await expect(page).toHaveURL(/[?&]range=24h/);
  await page.getByLabel("类型", { exact: true }).selectOption({ label: "视频" });
  await expect(page).toHaveURL(/[?&]kind=video/);
  await expect(percentiles.getByText("视频 SLO 1.5 s")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("时间范围")).toHaveValue("24h");
  await expect(percentiles.getByRole("img")).toHaveAttribute("aria-label", /^视频端到端延迟/);
  await context.close();
});

test("in Chinese, the home dashboard heads its key figures in Chinese", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  await page.goto(`/o/${ACME.slug}`);
  await expect(page.getByRole("heading", { level: 2, name: "关键指标" })).toBeAttached();
  for (const heading of ["设备", "今日活跃", "可用席位", "语音延迟（p95）", "视频延迟（p95）", "今日交互"]) {
    await expect(page.locator("main").getByText(heading, { exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText(/欢迎.*您在此组织中的角色：/)).toBeVisible();
  // The role badge of the welcome line (the organization switcher names the role too).
  await expect(page.getByRole("main").getByText("所有者", { exact: true })).toBeVisible();
  await context.close();
});

test("in Chinese, an owner creates an alert rule and sees its condition in Chinese", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  const name = `席位监控 ${Date.now()}`;
  await page.goto(`/o/${ACME.slug}/alerts`);
  await expect(page.getByRole("heading", { level: 1, name: "告警" })).toBeVisible();
  await page.getByRole("button", { name: "新建规则" }).click();
  const dialog = page.getByRole("dialog", { name: "新建告警规则" });
  await dialog.getByLabel("类型", { exact: true }).selectOption({ label: "许可证席位不足" });
  await dialog.getByLabel("名称", { exact: true }).fill(name);
  await dialog.getByLabel("触发条件：已用席位高于（%）").fill("100");
  await dialog.getByRole("checkbox", { name: new RegExp(OWNER) }).check();
  await dialog.getByRole("button", { name: "创建规则" }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByRole("table", { name: "告警规则" }).getByRole("row").filter({ hasText: name });
  await expect(row.getByText("许可证席位不足：许可证已用席位高于 100 %")).toBeVisible();
  await expect(row.getByText("1 名成员")).toBeVisible();

  await row.getByRole("button", { name: `删除 ${name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "删除规则" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  await context.close();
});
