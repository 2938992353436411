import { expect, test, type Page } from "@playwright/test";
import { ACME, inChinese, OWNER } from "./demo-users";

/**
 * The devices area in Simplified Chinese: a CSV whose preview words its row problems in
 * Chinese, the registration of the corrected file, the device list filtered (the filter kept
 * in the URL) and a device page. The language is set by cookie only: the owner's saved
 * language stays as the other specs expect.
 */
async function uploadCsv(page: Page, text: string) {
  await page.locator('input[type="file"]').setInputFiles({ name: "devices.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
}

test("in Chinese, a CSV's bad rows are explained, the fixed file registers, and the devices are found and opened", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await inChinese(browser, OWNER);
  const stamp = Date.now().toString(36).toUpperCase();
  const serials = [`ZHCSV-${stamp}-1`, `ZHCSV-${stamp}-2`];

  await test.step("the preview words a bad row's problems in Chinese", async () => {
    await page.goto(`/o/${ACME.slug}/devices/register`);
    await expect(page.getByRole("heading", { level: 1, name: "注册设备" })).toBeVisible();
    await page.getByLabel("SKU", { exact: true }).selectOption({ index: 1 });
    await page.getByText("CSV 导入", { exact: true }).click();
    await uploadCsv(page, ["serial,label,batch", `${serials[0]},一号机,LOT-1`, "bad serial,,", `${serials[0]},,`].join("\n"));
    await expect(page.getByLabel("文件概要")).toContainText("有错误3");
    await expect(page.getByRole("heading", { level: 3, name: "3 行有错误。请修正文件后重新上传。" })).toBeVisible();
    const problems = page.getByRole("list", { name: "有错误的行" });
    await expect(problems.getByRole("listitem").filter({ hasText: /^第 3 行/ })).toContainText("序列号须以字母或数字开头，只能使用字母、数字及 . _ : / -");
    await expect(problems.getByRole("listitem").filter({ hasText: /^第 2 行/ })).toContainText(`序列号“${serials[0]}”重复：另有 1 行相同（第 4 行）。`);
    await expect(page.getByRole("button", { name: "注册 3 台设备" })).toBeDisabled();
  });

  await test.step("the corrected file registers", async () => {
    await page.getByRole("button", { name: "选择其他文件" }).click();
    await uploadCsv(page, ["serial,label,batch", `${serials[0]},一号机,LOT-1`, `${serials[1]},二号机,LOT-1`].join("\n"));
    await expect(page.getByText("预览：共 2 行")).toBeVisible();
    await expect(page.getByRole("table", { name: "CSV 预览" }).getByRole("cell", { name: "通过" })).toHaveCount(2);
    await page.getByRole("button", { name: "注册 2 台设备" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "已注册 2 台设备" })).toBeVisible({ timeout: 30_000 });
  });

  await test.step("the list is filtered, and the filter stays in the URL", async () => {
    await page.goto(`/o/${ACME.slug}/devices`);
    await expect(page.getByRole("heading", { level: 1, name: "设备" })).toBeVisible();
    await page.getByRole("searchbox", { name: "搜索" }).fill(`ZHCSV-${stamp}`);
    await page.getByLabel("状态", { exact: true }).selectOption({ label: "已预配" });
    await expect(page).toHaveURL(/status=provisioned/);
    await expect(page).toHaveURL(new RegExp(`q=ZHCSV-${stamp}`));
    const table = page.getByRole("table", { name: "设备" });
    await expect(table.getByRole("columnheader", { name: "最后在线" })).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(table.getByText("已预配")).toHaveCount(2);
    await expect(page.getByText("共 2 台设备")).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("状态", { exact: true }).locator("option:checked")).toHaveText("已预配");
    await expect(table.getByRole("row")).toHaveCount(3);
  });

  await test.step("a device page shows its status and its history", async () => {
    await page.getByRole("link", { name: serials[0] }).click();
    await expect(page.getByRole("heading", { level: 1, name: serials[0] })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "详情" })).toBeVisible();
    await expect(page.locator('dt:text-is("状态") + dd')).toHaveText("已预配");
    await expect(page.locator('dt:text-is("备注") + dd')).toHaveText("一号机");
    await expect(page.getByTestId("online-indicator")).toContainText("离线");
    await expect(page.getByRole("heading", { level: 2, name: "时间线" })).toBeVisible();
    await expect(page.getByRole("list", { name: "设备历史" }).getByRole("listitem").first()).toContainText("已注册");
  });
  await context.close();
});
