import { expect, test, type Page } from "@playwright/test";
import { ACME, inChinese, OWNER, signIn, VIEWER } from "./demo-users";

/*
 * The console in Simplified Chinese (contract: device-api.md "Languages"): Accept-Language picks
 * the language on the first visit, the switcher changes it without leaving the page (cookie
 * NEXT_LOCALE), and a signed-in choice is saved on the profile for the next browser.
 */

const localeCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === "NEXT_LOCALE")?.value;

test("a first visit with a Chinese browser gets the sign-in page in Chinese; the switcher changes it in place", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/sign-in?email=viewer%40anima.dev");
  await expect(page.getByRole("heading", { level: 1, name: "登录 Anima" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByLabel("邮箱")).toHaveValue("viewer@anima.dev");

  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in to Anima" })).toBeVisible();
  // Same page, same query: the URL never carries the language.
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/sign-in?email=viewer%40anima.dev");
  await expect(page.getByLabel("Email")).toHaveValue("viewer@anima.dev");
  expect(await localeCookie(page)).toBe("en");
  await context.close();
});

test.describe("a signed-in choice", () => {
  // The viewer's saved language goes back to English whatever happens: other specs sign in as them.
  test.afterEach(async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
    await signIn(page, VIEWER);
    const reset = await page.request.post("/api/trpc/account.setLocale", { data: { json: { locale: "en" } } });
    expect(reset.ok()).toBe(true);
    await context.close();
  });

  test("switching in the user menu keeps the page and its filters, and the next browser starts in it", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signIn(page, VIEWER);
    await page.goto(`/o/${ACME.slug}/devices?status=active`);
    const nav = page.getByRole("navigation", { name: /^(Console|控制台)$/ });
    await expect(nav.getByRole("link", { name: "Devices" })).toBeVisible();

    await page.getByRole("button", { name: /^Account:/ }).click();
    await page.getByRole("menuitem", { name: "简体中文" }).click();
    await expect(nav.getByRole("link", { name: "设备" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "许可证" })).toBeVisible();
    await expect(page).toHaveURL(`/o/${ACME.slug}/devices?status=active`);
    expect(await localeCookie(page)).toBe("zh-CN");
    await expect(page.getByRole("button", { name: /^账户：/ })).toBeVisible();
    await context.close();

    // A browser that never chose (English Accept-Language) opens in the saved language after sign-in.
    const next = await browser.newContext({ locale: "en-US" });
    const other = await next.newPage();
    await signIn(other, VIEWER);
    await other.goto(`/o/${ACME.slug}`);
    await expect(other.getByRole("navigation", { name: "控制台" }).getByRole("link", { name: "设备" })).toBeVisible();
    await next.close();
  });
});

test("in Chinese, an owner registers a device and is handed the manifest", async ({ browser }) => {
  const { context, page } = await inChinese(browser, OWNER);
  await page.goto(`/o/${ACME.slug}/devices/register`);
  await expect(page.getByRole("heading", { level: 1, name: "注册设备" })).toBeVisible();
  await page.getByLabel("SKU", { exact: true }).selectOption({ index: 1 });
  await page.getByRole("textbox", { name: "序列号" }).fill(`ZH-${Date.now()}`);
  await page.getByRole("button", { name: "注册设备" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "已注册 1 台设备" })).toBeVisible();
  await expect(page.getByText("密钥仅显示一次")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "下载工厂清单（CSV）" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByRole("status").filter({ hasText: "清单已下载" })).toBeVisible();
  await context.close();
});
