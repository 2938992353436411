import { expect, test, type Page } from "@playwright/test";
import { ACME, OWNER, readSeatStat, signIn, VIEWER } from "./demo-users";
import { signUpAndConfirm } from "./mailbox";

async function openLicenses(page: Page, slug: string) {
  const nav = page.getByRole("navigation", { name: "Console" });
  await nav.getByRole("link", { name: "Licenses" }).click();
  await expect(page).toHaveURL(`/o/${slug}/licenses`);
  await expect(page.getByRole("heading", { level: 1, name: "Licenses" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Licenses" })).toHaveAttribute("aria-current", "page");
}

test("a new organization's owner sees where seats come from, the packages to buy, and empty orders and ledger", async ({ page }) => {
  const stamp = Date.now();
  await signUpAndConfirm(page, { name: "Lena Licenses", email: `lena-${stamp}@example.com`, password: "lena-password-123" });
  await page.getByLabel("Organization name").fill(`Seatless ${stamp}`);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(`/o/seatless-${stamp}`);

  await openLicenses(page, `seatless-${stamp}`);
  await expect(page.getByText("One seat per device, consumed when the device first activates.")).toBeVisible();
  await expect(page.getByText("No seats yet")).toBeVisible();
  await expect(page.getByText(/A contract grant from Anima \(operator\)/)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Seat utilization" })).toHaveCount(0);

  // An owner may buy: every package on offer has its price and a Buy button, in test mode
  // here — waiting for the billing profile a new organization has not filled in yet
  // (e2e/billing-profile.spec.ts fills it in).
  const buy = page.getByRole("region", { name: "Buy seats" });
  await expect(buy.getByText("Test mode — local payments, no real charge")).toBeVisible();
  // Before the billing profile names a currency, the catalog shows every currency's package.
  for (const currency of ["USD", "EUR", "CNY"]) await expect(buy.getByRole("article", { name: `Device licenses ${currency}` })).toBeVisible();
  const usd = buy.getByRole("article", { name: "Device licenses USD" });
  await expect(usd.getByRole("table")).toContainText("1,000 – 9,999 seats$3.00");
  await expect(usd.getByTestId("order-price")).toHaveText("100 seats × $4.00 = $400.00");
  await expect(buy.getByRole("note", { name: "Billing details needed" })).toBeVisible();
  await expect(usd.getByRole("button", { name: /^Buy/ })).toBeDisabled();
  await expect(page.getByRole("region", { name: "Orders" }).getByText("No orders yet")).toBeVisible();

  await expect(page.getByText("No seat changes yet")).toBeVisible();
  await expect(page.getByRole("table", { name: "Seat ledger" })).toHaveCount(0);
});

test("the demo organization shows its seats in use and the grant in the ledger", async ({ page }) => {
  await signIn(page, OWNER);
  await expect(page).toHaveURL(`/o/${ACME.slug}`);
  // Other specs buy, grant and activate for Acme, so only the 20 seeded activations are a floor.
  await expect(page.getByText(/seats available · [\d,]+ of [\d,]+ used/)).toBeVisible();

  await openLicenses(page, ACME.slug);
  const used = await readSeatStat(page, "Used");
  expect(used).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole("progressbar", { name: "Seat utilization" })).toHaveAttribute("aria-valuenow", String(used));
  const ledger = page.getByRole("table", { name: "Seat ledger" });
  const grant = ledger.getByRole("row").filter({ hasText: "Demo pilot contract" });
  // The grant is the ledger's oldest entry: other specs' activations and purchases (a retried
  // spec boots one more device) push it onto a later page of 25. Page on until it shows.
  const paged = page.locator("div").filter({ has: ledger }).filter({ has: page.getByRole("navigation", { name: "Pagination" }) }).last();
  const pageOf = paged.getByText(/^Page \d+ of \d+$/);
  await expect(ledger.getByRole("row").nth(1)).toBeVisible();
  for (let turns = 0; turns < 10 && (await grant.count()) === 0; turns++) {
    const next = paged.getByRole("button", { name: "Next" });
    if (await next.isDisabled()) break;
    const before = await pageOf.textContent();
    await next.click();
    await expect(pageOf).not.toHaveText(before!);
    await expect(paged).toHaveAttribute("aria-busy", "false");
  }
  await expect(grant).toContainText("+100 seats");
});

test("a viewer sees the balance and the ledger but cannot buy and sees no orders", async ({ page }) => {
  await signIn(page, VIEWER);
  await expect(page).toHaveURL(`/o/${ACME.slug}`);
  await openLicenses(page, ACME.slug);

  await expect(page.getByRole("region", { name: "Seat balance" }).getByText("Total seats")).toBeVisible();
  await expect(page.getByRole("table", { name: "Seat ledger" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("button", { name: /^Buy/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Buy seats" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Orders" })).toHaveCount(0);
});
