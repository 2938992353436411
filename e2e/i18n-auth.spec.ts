import { expect, test } from "@playwright/test";
import { ACME, detail, OWNER, signIn } from "./demo-users";
import { linkIn, waitForMail } from "./mailbox";

/*
 * The signed-out ways in, in Simplified Chinese: a browser asking for Chinese (Accept-Language,
 * no cookie) signs up, is mailed in Chinese (sign-up saves the page's language on the account),
 * confirms the address, changes the password, asks for a reset link; an invitee joins in Chinese.
 */

test("in Chinese, a new user signs up, confirms the address from a Chinese mail, changes the password and resets it", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const email = `zh-signup-${Date.now()}@example.com`;
  const password = "zh-signup-password-1";

  await test.step("sign up: the address is to be confirmed first", async () => {
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { level: 1, name: "创建您的账户" })).toBeVisible();
    const form = page.getByRole("form", { name: "创建账户" });
    await form.getByLabel("姓名").fill("王芳");
    await form.getByLabel("工作邮箱").fill(email);
    await form.getByLabel("密码").fill(password);
    await form.getByRole("button", { name: "创建账户" }).click();
    await expect(page).toHaveURL("/orgs/new");
    await expect(page.getByText(/^请先验证 .+：在邮箱地址得到验证之前，此账户无法创建或加入组织。/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "发送新的验证链接" })).toBeVisible();
  });

  await test.step("the verification mail is in Chinese; its link confirms the address", async () => {
    const mail = await waitForMail(email, /Anima/);
    expect(mail.subject).toBe("确认您在 Anima 的邮箱地址");
    expect(mail.text).toMatch(/^有人（希望是您本人）使用此邮箱地址注册了 Anima 账号。\n\n点击确认：http\S+\/verify-email\/\S+/);
    await page.goto(linkIn(mail));
    await expect(page.getByRole("heading", { level: 1, name: "验证邮箱" })).toBeVisible();
    await expect(page.getByText(`请确认 ${email} 是您的邮箱地址。`)).toBeVisible();
    await page.getByRole("button", { name: "验证我的邮箱" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${email} 已验证。` })).toBeVisible();
    await page.getByRole("link", { name: "继续" }).click();
    await expect(page.getByLabel("组织名称")).toBeVisible();
  });

  await test.step("the account page changes the password; the form checks the repeat itself", async () => {
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1, name: "您的账户" })).toBeVisible();
    await expect(page.getByText(/^会话在 \d+ 小时无活动后或登录 \d+ 天后结束，以先到者为准。$/)).toBeVisible();
    const form = page.getByRole("form", { name: "修改密码" });
    await form.getByLabel("当前密码").fill(password);
    await form.getByLabel("新密码").fill("zh-new-password-22");
    await form.getByLabel("再次输入密码").fill("zh-new-password-23");
    await form.getByRole("button", { name: "修改密码" }).click();
    await expect(form.getByRole("alert")).toHaveText("两次输入的密码不一致。");
    await form.getByLabel("再次输入密码").fill("zh-new-password-22");
    await form.getByRole("button", { name: "修改密码" }).click();
    await expect(form.getByRole("status")).toHaveText("密码已修改。您账户的其他所有会话均已退出登录。");
    await expect(page.getByRole("button", { name: "在所有设备上退出" })).toBeVisible();
  });

  await test.step("forgot password: a reset link in Chinese, and its page", async () => {
    await page.goto(`/forgot-password?email=${encodeURIComponent(email)}`);
    await expect(page.getByRole("heading", { level: 1, name: "重置密码" })).toBeVisible();
    const form = page.getByRole("form", { name: "重置密码" });
    await expect(form.getByLabel("邮箱")).toHaveValue(email);
    await form.getByRole("button", { name: "发送重置链接" }).click();
    await expect(form.getByRole("status")).toHaveText(`我们已向 ${email} 发送链接。该链接只能使用一次，24 小时后失效。`);
    await expect(form.getByRole("button", { name: "重新发送" })).toBeVisible();
    const mail = await waitForMail(email, /密码/);
    expect(mail.subject).toBe("设置新的 Anima 密码");
    await page.goto(linkIn(mail));
    await expect(page.getByRole("heading", { level: 1, name: "设置新密码" })).toBeVisible();
    await page.getByLabel("新密码").fill("zh-reset-password-33");
    await page.getByLabel("再次输入密码").fill("zh-reset-password-33");
    await page.getByRole("button", { name: "设置密码" }).click();
    await expect(page.getByRole("status").filter({ hasText: `已为 ${email} 设置密码。` })).toBeVisible();
    await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
  });
  await context.close();
});

test("in Chinese, an invitee opens the invitation and joins with a password", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const email = `zh-invitee-${Date.now()}@example.com`;
  await signIn(page, OWNER);
  const created = await page.request.post("/api/trpc/invitation.create", { data: { json: { orgSlug: ACME.slug, email, role: "VIEWER" } } });
  expect(created.ok()).toBe(true);
  const link = linkIn(await waitForMail(email, /invited/));

  const context = await browser.newContext({ locale: "zh-CN" });
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: `加入 ${ACME.name}` })).toBeVisible();
  await expect(invitee.getByText(/ 邀请您以查看者身份加入。$/)).toBeVisible();
  await expect(detail(invitee, "角色")).toHaveText("查看者");
  await expect(detail(invitee, "发送至")).toHaveText(email);
  const form = invitee.getByRole("form", { name: "设置密码并加入" });
  await expect(form.getByText(`为 ${email} 设置密码即可加入。`)).toBeVisible();
  await form.getByLabel("您的姓名").fill("张伟");
  await form.getByLabel("密码", { exact: true }).fill("zh-invitee-password-4");
  await form.getByLabel("再次输入密码").fill("zh-invitee-password-4");
  await form.getByRole("button", { name: "加入" }).click();
  // Joining signs in and opens the organization's dashboard, the heaviest page: give it time.
  await expect(invitee).toHaveURL(`/o/${ACME.slug}`, { timeout: 30_000 });

  // The API reference's frame speaks Chinese too (the OpenAPI document itself stays English).
  await invitee.goto("/docs/api");
  await expect(invitee.getByRole("heading", { level: 1, name: "Anima 制造商 API 参考" })).toBeAttached();
  await context.close();
});
