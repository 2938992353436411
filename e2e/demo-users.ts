import { expect, type Browser, type Locator, type Page } from "@playwright/test";

/** The seeded demo organization and its members (prisma/seed.ts); one password for all. */
export const ACME = { slug: "acme", name: "Acme Devices" } as const;
export const PASSWORD = "anima-demo-2026";
export const OWNER = "demo@anima.dev";
export const SALES = "sales@anima.dev";
export const VIEWER = "viewer@anima.dev";
export const OPERATOR = "operator@anima.dev";
/**
 * The operator's password, passed to the server as ANIMA_DEMO_OPERATOR_PASSWORD (see
 * playwright.config.ts): on a real database the seed would otherwise give it a random one.
 */
export const OPERATOR_PASSWORD = "e2e-operator-password-2026";

/** Signs in on the sign-in page the browser is on (or opens it) and waits to leave it. */
export async function signIn(page: Page, email: string, { goto = true, password = email === OPERATOR ? OPERATOR_PASSWORD : PASSWORD } = {}) {
  if (goto) await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * A new browser (in English) signed in as `email` (or by `signInAs`), whose console then speaks
 * Simplified Chinese by the NEXT_LOCALE cookie alone: the user's saved language stays as the other
 * specs expect. The cookie goes on the site's root, as the switcher sets it, so /api/trpc reads it
 * too (set for the page's URL it would be scoped to /o/).
 */
export async function inChinese(browser: Browser, signInAs: string | ((page: Page) => Promise<void>)) {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  if (typeof signInAs === "string") await signIn(page, signInAs);
  else await signInAs(page);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "zh-CN", url: new URL("/", page.url()).href }]);
  return { context, page };
}

/** "1,100" → 1100 */
export const parseCount = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

/** The number of a stat card ("Total seats", "Transfers (RMA)") in the seat balance. */
export function seatStat(page: Page, label: string): Locator {
  return page.getByRole("region", { name: "Seat balance" }).locator("section").filter({ hasText: label }).locator("p").nth(1);
}

/** Reads a seat stat once it has loaded. */
export async function readSeatStat(page: Page, label: string): Promise<number> {
  const stat = seatStat(page, label);
  await expect(stat).toHaveText(/^[\d,]+$/);
  return parseCount(await stat.textContent());
}

/** The value next to a label in a detail list (<dt>label</dt><dd>value</dd>). */
export const detail = (page: Page, label: string) => page.locator(`dt:text-is("${label}") + dd`);

/** A figure of a summary strip ("Latency summary", "Usage totals") by its label, once loaded. */
export async function readStat(page: Page, region: string, label: string): Promise<number> {
  const stat = page.getByRole("region", { name: region }).locator("section").filter({ has: page.getByText(label, { exact: true }) }).locator("p").nth(1);
  await expect(stat).toHaveText(/^[\d,.]+( ms|%)?$/);
  return parseCount(await stat.textContent());
}
