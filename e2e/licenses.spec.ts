import { expect, test, type Page } from "@playwright/test";

const DEMO = { email: "demo@anima.dev", password: "anima-demo-2026", slug: "acme" };

async function openLicenses(page: Page, slug: string) {
  const nav = page.getByRole("navigation", { name: "Console" });
  await nav.getByRole("link", { name: "Licenses" }).click();
  await expect(page).toHaveURL(`/o/${slug}/licenses`);
  await expect(page.getByRole("heading", { level: 1, name: "Licenses" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Licenses" })).toHaveAttribute("aria-current", "page");
}

test("a new organization without seats sees where seats come from and an empty ledger", async ({ page }) => {
  const stamp = Date.now();
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Lena Licenses");
  await page.getByLabel("Work email").fill(`lena-${stamp}@example.com`);
  await page.getByLabel("Password").fill("lena-password-123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/orgs/new");
  await page.getByLabel("Organization name").fill(`Seatless ${stamp}`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(`/o/seatless-${stamp}`);

  await openLicenses(page, `seatless-${stamp}`);
  await expect(page.getByText("One seat per device, consumed when the device first activates.")).toBeVisible();
  await expect(page.getByText("No seats yet")).toBeVisible();
  await expect(page.getByText(/A contract grant from Anima \(operator\)/)).toBeVisible();
  // Nothing to buy yet, so nothing pretends to sell.
  await expect(page.getByRole("main").getByRole("button", { name: /buy|purchase/i })).toHaveCount(0);
  await expect(page.getByRole("progressbar", { name: "Seat utilization" })).toHaveCount(0);
  await expect(page.getByText("No seat changes yet")).toBeVisible();
  await expect(page.getByRole("table", { name: "Seat ledger" })).toHaveCount(0);
});

test("the demo organization shows its granted seats and the grant in the ledger", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/o/${DEMO.slug}`);
  await expect(page.getByText("seats available · 0 of 100 used")).toBeVisible();

  await openLicenses(page, DEMO.slug);
  await expect(page.getByRole("progressbar", { name: "Seat utilization" })).toHaveAttribute("aria-valuemax", "100");
  const ledger = page.getByRole("table", { name: "Seat ledger" });
  await expect(ledger.getByRole("row").filter({ hasText: "Demo pilot contract" })).toContainText("+100 seats");
});
