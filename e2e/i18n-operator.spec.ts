import { expect, test } from "@playwright/test";
import { ACME, inChinese, OPERATOR, OWNER } from "./demo-users";

/*
 * The operator console and the unit economics page in Simplified Chinese. The language comes from
 * the NEXT_LOCALE cookie on this browser only: the demo users' saved language stays English for
 * the other specs.
 */

test("in Chinese, an operator sees the console's sections and sets a country's tax rate", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OPERATOR);
  await page.goto("/operator");
  await expect(page.getByRole("heading", { level: 1, name: "运营后台" })).toBeVisible();
  for (const title of ["套餐", "税率", "Token 价格", "待银行转账", "目录", "组织"]) {
    await expect(page.getByRole("heading", { level: 2, name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: "组织" }).getByRole("columnheader", { name: "已用 / 总席位" })).toBeVisible();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();

  // Andorra sorts first by its code, so its row is on the first page whatever other rates exist.
  const section = page.getByRole("region", { name: "税率" });
  const percent = `${10 + (Date.now() % 30)}.5`;
  await section.getByRole("button", { name: "设置税率" }).click();
  const dialog = page.getByRole("dialog", { name: "设置税率" });
  await dialog.getByLabel("国家/地区").fill("AD");
  await dialog.getByLabel("税种名称").fill("IGI");
  await dialog.getByLabel("税率（%）").fill("99");
  await dialog.getByRole("button", { name: "保存税率" }).click();
  await expect(dialog.getByText("税率须为 0 到 50 之间的百分比，最多两位小数。")).toBeVisible();
  await dialog.getByLabel("税率（%）").fill(percent);
  await dialog.getByRole("button", { name: "保存税率" }).click();
  await expect(dialog).toHaveCount(0);

  const row = section.getByRole("row").filter({ hasText: "安道尔" });
  await expect(row).toContainText("IGI");
  await expect(row).toContainText(`${percent} %`);
  await row.getByRole("button", { name: "删除 AD 的税率" }).click();
  const confirm = page.getByRole("alertdialog", { name: "删除安道尔的税率？" });
  await confirm.getByRole("button", { name: "删除税率" }).click();
  await expect(section.getByRole("row").filter({ hasText: "安道尔" })).toHaveCount(0);
  await context.close();
});

test("in Chinese, an owner reads the unit economics page's headings and table", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  await page.goto(`/o/${ACME.slug}/usage/economics`);
  await expect(page.getByRole("heading", { level: 1, name: "单位经济模型" })).toBeVisible();
  await expect(page.getByRole("link", { name: "用量" }).first()).toBeVisible();
  const summary = page.getByRole("region", { name: "每台设备的成本" });
  await expect(summary.getByText("每台设备每月许可证成本", { exact: true })).toBeVisible();
  await expect(summary.getByText(/笔已付订单/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "假设条件" })).toBeVisible();
  const form = page.getByRole("form", { name: "Token 价格和设备寿命" });
  await expect(form.getByLabel("输入 Token（USD/百万）")).toBeVisible();
  await expect(form.getByRole("button", { name: "应用" })).toBeVisible();

  const chart = page.getByRole("region", { name: "未来 12 个月：许可证与按 Token 计费对比" });
  await expect(chart.locator(".recharts-legend-item")).toHaveText(["许可证（摊销）", "按 Token 计费"]);
  await expect(chart.getByText("每月成本（USD）")).toBeVisible();
  await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /12 个月合计：许可证/);

  const table = page.getByRole("table", { name: "按 SKU 的单位经济模型" });
  for (const header of ["SKU", "设备", "Token", "许可证", "按 Token 计费"]) {
    await expect(table.getByRole("columnheader", { name: new RegExp(`^${header}`) }).first()).toBeVisible();
  }
  await expect(table.locator("tbody tr").last()).toContainText("设备群");
  await context.close();
});
