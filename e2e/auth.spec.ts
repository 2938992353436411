import { expect, test, type Page } from "@playwright/test";

const DEMO = { email: "demo@anima.dev", password: "anima-demo-2026", orgName: "Acme Devices", slug: "acme" };

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the demo user signs in and lands on the Acme Devices dashboard", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(`/o/${DEMO.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: DEMO.orgName })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Console" });
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Settings" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: /Invite your team/ })).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await signIn(page, DEMO.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect email or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a signed-out visit to a console page goes through sign-in and back", async ({ page }) => {
  await page.goto(`/o/${DEMO.slug}/settings/members`);
  await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(`/o/${DEMO.slug}/settings/members`)}`);
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/o/${DEMO.slug}/settings/members`);
  await expect(page.getByRole("table", { name: "Members" }).getByRole("cell", { name: DEMO.email })).toBeVisible();
});

test("someone who is not a member of an organization gets a 404", async ({ page }) => {
  const email = `outsider-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Oscar Outsider");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill("outsider-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  // No organization yet: the front door sends new users to create one.
  await expect(page).toHaveURL("/orgs/new");

  const response = await page.goto(`/o/${DEMO.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(DEMO.orgName)).toHaveCount(0);
});

test("the audit log lists changes and filters them by action", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page).toHaveURL(`/o/${DEMO.slug}`);

  // Record a second kind of entry so that filtering has something to hide.
  await page.goto(`/o/${DEMO.slug}/settings/members`);
  await page.getByLabel("Email", { exact: true }).fill(`audit-${Date.now()}@example.com`);
  await page.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByLabel("Invite link")).toBeVisible();

  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("table", { name: "Audit log" });
  // Newest first: the invitation just sent opens the log (the organization's creation, 45 days
  // back in the demo's history, is pages further).
  await expect(log.getByRole("row").nth(1).getByRole("cell", { name: "invitation.created" })).toBeVisible();

  await page.getByLabel("Action").selectOption("invitation.created");
  await expect(log.getByRole("cell", { name: "org.created" })).toHaveCount(0);
  await expect(log.getByRole("cell", { name: "invitation.created" }).first()).toBeVisible();

  await page.getByLabel("Action").selectOption("org.created");
  await expect(log.getByRole("cell", { name: "org.created" })).toHaveCount(1);
  await expect(log.getByRole("cell", { name: "invitation.created" })).toHaveCount(0);
  await expect(page.getByText("Page 1 of 1")).toBeVisible();
});
