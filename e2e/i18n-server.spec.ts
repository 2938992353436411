import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText } from "../src/testing/pdf-text";
import { ACME, inChinese, OWNER } from "./demo-users";
import { signUpAndConfirm, waitForMail } from "./mailbox";

test("in Chinese, an owner's invitation is mailed in Chinese", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  const invitee = `invitee-zh-${Date.now()}@example.com`;
  await page.goto(`/o/${ACME.slug}/settings/members`);
  // By id: the members page's own texts belong to another part of the translation.
  await page.locator("#invite-email").fill(invitee);
  await page.locator("#invite-role").selectOption("DEVELOPER");
  await page.locator("form#invite-form, form:has(#invite-email)").locator("button[type=submit]").click();
  const mail = await waitForMail(invitee, /Anima/);
  expect(mail.subject).toBe(`邀请您加入 Anima 上的 ${ACME.name}`);
  expect(mail.text).toContain(`您受邀以开发者身份加入 Anima 上的 ${ACME.name}。`);
  expect(mail.text).toMatch(/接受邀请：http\S+\/invite\/\S+/);
  await context.close();
});

test("in Chinese, a buyer with a Chinese legal name is told of the payment and downloads an invoice that prints it", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const org = { name: `Zhi Robotics ${stamp}`, slug: `zhi-robotics-${stamp}` };
  const legalName = `深圳市智能玩具科技有限公司 ${stamp}`;
  const { context, page } = await inChinese(browser, async (p) => {
    await signUpAndConfirm(p, { name: "Li Wei", email: `li-wei-${stamp}@example.com`, password: "li-wei-password-123" });
    await p.getByLabel("Organization name").fill(org.name);
    await p.getByRole("button", { name: "Create organization" }).click();
    await expect(p).toHaveURL(`/o/${org.slug}`);
  });

  await test.step("fill in the billing profile in Chinese", async () => {
    await page.goto(`/o/${org.slug}/settings/billing`);
    const form = page.getByRole("form", { name: "账单信息" });
    await form.getByLabel("法定名称").fill(legalName);
    await form.getByLabel("地址", { exact: true }).fill("南山区科技园南区 1 号");
    await form.getByLabel("城市").fill("深圳");
    await form.getByLabel("国家/地区").selectOption("CN");
    await form.getByLabel("账单邮箱").fill(`finance-${stamp}@example.com`);
    await form.getByRole("button", { name: "保存账单信息" }).click();
    await expect(form.getByRole("status")).toHaveText("账单信息已保存，现在可以购买席位了。");
  });

  await test.step("buy seats through the test-mode checkout", async () => {
    await page.goto(`/o/${org.slug}/licenses`);
    const usd = page.getByRole("article", { name: "Device licenses USD" });
    await usd.getByLabel("席位数").fill("100");
    await usd.getByRole("button", { name: "购买 100 个席位" }).click();
    await page.getByRole("button", { name: /^支付 / }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/licenses/orders/[^/?]+$`));
    // China has no rate set: the server's own "Tax" label, worded in Chinese.
    await expect(page.getByText("税费 0 %")).toBeVisible();
  });

  await test.step("the bell words the payment in Chinese", async () => {
    await page.getByRole("button", { name: /^通知/ }).click();
    await expect(page.getByRole("menuitem", { name: /订单已付款：已添加 100 个席位/ })).toBeVisible();
    await page.keyboard.press("Escape");
  });

  await test.step("the invoice PDF embeds the CJK font and prints the legal name in Chinese", async () => {
    const link = page.getByRole("link", { name: /TEST-INV-\d{6}/ });
    const number = (await link.textContent())!.match(/TEST-INV-\d{6}/)![0];
    const downloading = page.waitForEvent("download");
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const pdf = await readFile(await download.path());
    expect(pdf.toString("latin1")).toMatch(/\/FontName \/[A-Z]{6}\+NotoSansHans-Bold/);
    const text = await pdfText(pdf);
    expect(text).toContain(legalName);
    expect(text).toContain(number);
    for (const label of ["发票", "购买人", "合计", "中国", "设备许可证席位", "税费 0 %"]) expect(text).toContain(label);
  });
  await context.close();
});
