import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACME, OWNER, PASSWORD, SALES, signIn, VIEWER } from "./demo-users";
import { linkIn, waitForMail } from "./mailbox";

async function signUp(page: Page, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Rita Reset");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/orgs/new");
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("forgot password: the mailed link sets a new password and signs out every other browser", async ({ browser, page }) => {
  const email = `reset-${Date.now()}@example.com`;
  await signUp(page, email, "first-password-123");

  const other = await freshPage(browser);
  await other.page.goto("/sign-in");
  await other.page.getByRole("link", { name: "Forgot password?" }).click();
  // A client-side navigation: wait for the new page, or the sign-in page's Email field gets filled.
  await expect(other.page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await other.page.getByLabel("Email").fill(email);
  await other.page.getByRole("button", { name: "Send reset link" }).click();
  await expect(other.page.getByRole("status")).toContainText(`We sent a link to ${email}`);
  const link = linkIn(await waitForMail(email, /new Anima password/));
  await other.page.goto(link);
  await expect(other.page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await other.page.getByLabel("New password").fill("second-password-456");
  await other.page.getByLabel("Repeat the password").fill("second-password-456");
  await other.page.getByRole("button", { name: "Set password" }).click();
  await expect(other.page.getByRole("status")).toContainText("Every other session of this account has been signed out");

  // The first browser's session ended with the password change.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  // The link worked once.
  await other.page.goto(link);
  await expect(other.page.getByText("This link was already used")).toBeVisible();
  await signIn(other.page, email, { password: "second-password-456" });
  await other.context.close();
});

test("sign out everywhere from the user menu ends the session in another browser", async ({ browser, page }) => {
  await signIn(page, VIEWER);
  const other = await freshPage(browser);
  await signIn(other.page, VIEWER);
  await expect(other.page).toHaveURL(`/o/${ACME.slug}`);

  await page.getByRole("button", { name: /^Account:/ }).click();
  await page.getByRole("menuitem", { name: "Sign out everywhere" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("this one included");
  await confirm.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await other.page.reload();
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.context.close();
});

test("changing the password keeps this browser signed in and is a security event for the owners", async ({ browser, page }) => {
  // The sales member changes their password, then changes it back.
  await signIn(page, SALES);
  await page.goto("/account");
  for (const [current, next] of [[PASSWORD, "temporary-password-789"], ["temporary-password-789", PASSWORD]] as const) {
    await page.getByLabel("Current password").fill(current);
    await page.getByLabel("New password").fill(next);
    await page.getByLabel("Repeat the password").fill(next);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status")).toContainText("Password changed");
  }
  await page.goto(`/o/${ACME.slug}`);
  await expect(page).toHaveURL(`/o/${ACME.slug}`);

  const owner = await freshPage(browser);
  await signIn(owner.page, OWNER);
  await owner.page.goto(`/o/${ACME.slug}/settings/audit-log`);
  await owner.page.getByLabel("Action").selectOption({ label: "Security events (sign-ins, passwords, sessions)" });
  const table = owner.page.getByRole("table");
  await expect(table.getByText("security.password_changed").first()).toBeVisible();
  await expect(table.getByText(`account: ${SALES}`).first()).toBeVisible();
  await owner.context.close();
});

test("hostile destinations and odd requests: never off-site, never a 500", async ({ page, request }) => {
  for (const callbackUrl of ["/\t/evil.example", "/%5Cevil.example", "\u0000", "javascript:alert(1)", "https://evil.example/"]) {
    const response = await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    expect(response?.status()).toBe(200);
  }
  await signIn(page, OWNER, { goto: false });
  await expect(page).toHaveURL(`/o/${ACME.slug}`);

  expect((await request.get("/o/%ff")).status()).toBe(404);
  const trace = await request.fetch("/", { method: "TRACE" });
  expect(trace.status()).toBe(405);
  expect(trace.headers()["allow"]).toBe("GET, HEAD, POST, OPTIONS");
});

test("console sessions slide: each read of the session renews its idle lifetime (12 h)", async ({ page }) => {
  await signIn(page, VIEWER);
  const response = await page.request.get("/api/auth/session");
  const cookie = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token"));
  const expires = Date.parse(/Expires=([^;]+)/i.exec(cookie?.value ?? "")?.[1] ?? "");
  expect(Math.abs(expires - (Date.now() + 12 * 3_600_000))).toBeLessThan(5 * 60_000);
});
