import { expect, test } from "@playwright/test";
import { ACME, inChinese, OWNER } from "./demo-users";

/*
 * Settings in Simplified Chinese: the navigation and each page's heading, inviting a member,
 * creating an API key (its secret shown once) and the audit log naming those actions in Chinese.
 * Only the browser's NEXT_LOCALE cookie is set: the owner's saved language stays English.
 */

test("in Chinese, the settings pages are named and navigated in Chinese", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  await page.goto(`/o/${ACME.slug}/settings`);
  await expect(page.getByRole("heading", { level: 1, name: "设置" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "组织信息" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "设备会话" })).toBeVisible();
  await expect(page.getByRole("button", { name: "退出组织" })).toBeVisible();
  await expect(page.getByRole("button", { name: `组织：${ACME.name}。切换组织` })).toContainText("所有者");

  const tabs = page.getByRole("navigation", { name: "设置" });
  for (const [tab, path, heading] of [
    ["成员", "members", "邀请成员"],
    ["API 密钥", "api-keys", "创建 API 密钥"],
    ["Webhook", "webhooks", "添加端点"],
    ["审计日志", "audit-log", "审计日志"],
  ] as const) {
    await tabs.getByRole("link", { name: tab, exact: true }).click();
    await expect(page).toHaveURL(`/o/${ACME.slug}/settings/${path}`);
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("columnheader", { name: "操作者" })).toBeVisible();
  await context.close();
});

test("in Chinese, an owner invites a member and creates an API key, and the audit log names both", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  const stamp = Date.now();
  const email = `zh-invite-${stamp}@example.com`;

  await page.goto(`/o/${ACME.slug}/settings/members`);
  const invite = page.getByRole("form", { name: "邀请成员" });
  await invite.getByLabel("邮箱").fill(email);
  await invite.getByLabel("角色").selectOption("VIEWER");
  await invite.getByRole("button", { name: "发送邀请" }).click();
  await expect(page.getByRole("status").filter({ hasText: `已为 ${email} 创建邀请（查看者）。` })).toBeVisible();
  const pending = page.getByRole("table", { name: "待接受的邀请" });
  await expect(pending.getByRole("row").filter({ hasText: email })).toContainText("查看者");

  const keyName = `深圳产线 ${stamp}`;
  await page.goto(`/o/${ACME.slug}/settings/api-keys`);
  const create = page.getByRole("form", { name: "创建 API 密钥" });
  await create.getByLabel("名称").fill(keyName);
  await create.getByRole("checkbox", { name: /读取许可证余额和席位流水/ }).check();
  await create.getByRole("button", { name: "创建密钥" }).click();
  const dialog = page.getByRole("dialog", { name: `API 密钥“${keyName}”已创建` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("此密钥不会再次显示。")).toBeVisible();
  await expect(dialog.getByLabel("API 密钥")).toHaveValue(/^anima_/);
  await dialog.getByRole("button", { name: "我已复制密钥" }).click();
  await expect(page.getByRole("table", { name: "API 密钥" }).getByRole("row").filter({ hasText: keyName })).toContainText("有效");

  await page.goto(`/o/${ACME.slug}/settings/audit-log`);
  const log = page.getByRole("table", { name: "审计日志" });
  await expect(log.getByRole("row").filter({ hasText: keyName }).getByText("API 密钥已创建")).toBeVisible();
  await expect(log.getByRole("row").filter({ hasText: email }).getByText("邀请已发送")).toBeVisible();
  await context.close();
});
