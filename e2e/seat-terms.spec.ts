import { expect, test } from "@playwright/test";
import { ACME, readSeatStat, SALES, signIn, VIEWER } from "./demo-users";

/*
 * Seat terms: the demo bought 200 seats for a year. Sales renews them in one click — a checkout
 * of the same seats — and the pool stays level while the renewed term runs on from the old end.
 */
const licenses = `/o/${ACME.slug}/licenses`;

test("sales renews a seat term in one click; the pool stays level and the term runs on", async ({ page }) => {
  await signIn(page, SALES);
  await page.goto(licenses);
  const terms = page.getByRole("region", { name: "Seat terms", exact: true });
  await expect(terms).toContainText("30 days of grace");
  const table = terms.getByRole("table", { name: "Seat terms" });
  const renewable = table.getByRole("row").filter({ has: page.getByRole("button", { name: "Renew 200 seats for 12 months" }) }).first();
  await expect(renewable).toContainText("Device licenses, 1 year");
  await expect(renewable).toContainText("Active");
  const renewedBefore = await table.getByRole("row").filter({ hasText: "Renewed" }).count();
  const totalBefore = await readSeatStat(page, "Total seats");

  await renewable.getByRole("button", { name: "Renew 200 seats for 12 months" }).click();
  await expect(page).toHaveURL(new RegExp(`${licenses}/checkout/[^/?]+$`));
  await expect(page.getByRole("main")).toContainText("200 seats");
  await page.getByRole("button", { name: "Pay $300.00" }).click();

  await expect(page).toHaveURL(new RegExp(`${licenses}/orders/[^/?]+$`));
  await expect(page.getByRole("status").filter({ hasText: /Payment received: 200 seats renewed until \w{3} \d{1,2}, \d{4}\./ })).toBeVisible();

  await page.goto(licenses);
  await expect(table.getByRole("row").filter({ hasText: "Renewed" })).toHaveCount(renewedBefore + 1);
  expect(await readSeatStat(page, "Total seats")).toBe(totalBefore);
  // The ledger shows the renewal: the new seats in, the replaced term's seats out.
  const ledger = page.getByRole("table", { name: "Seat ledger" });
  await expect(ledger.getByRole("row").filter({ hasText: "Term ended" }).first()).toContainText("−200 seats");
});

test("a viewer reads the seat terms but cannot renew", async ({ page }) => {
  await signIn(page, VIEWER);
  await page.goto(licenses);
  const terms = page.getByRole("region", { name: "Seat terms", exact: true });
  await expect(terms.getByRole("table", { name: "Seat terms" })).toContainText("Device licenses, 1 year");
  await expect(terms.getByRole("button", { name: /^Renew/ })).toHaveCount(0);
});
