import { expect, test } from "@playwright/test";
import { ACME, readSeatStat, SALES, signIn } from "./demo-users";

const licenses = `/o/${ACME.slug}/licenses`;

test("a sales member buys 1,000 seats through the test-mode checkout", async ({ page }) => {
  await signIn(page, SALES);
  await page.goto(licenses);
  const totalBefore = await readSeatStat(page, "Total seats");
  // The local payments mode is always labelled as a test: nothing is charged.
  await expect(page.getByRole("region", { name: "Buy seats" })).toContainText("Test mode — local payments, no real charge");

  const growth = page.getByRole("article", { name: "Growth" });
  await growth.getByLabel("Quantity").fill("0");
  await expect(growth.getByText("Buy at least 1 package.")).toBeVisible();
  await expect(growth.getByRole("button", { name: /^Buy/ })).toBeDisabled();
  await growth.getByLabel("Quantity").fill("1");
  await expect(growth).toContainText("Total: 1,000 seats · $3,000.00");
  await growth.getByRole("button", { name: /^Buy/ }).click();

  await test.step("pay on the local checkout page", async () => {
    await expect(page).toHaveURL(new RegExp(`^.*${licenses}/checkout/[^/?]+$`));
    await expect(page.getByRole("note", { name: "Test mode" })).toContainText("Local payments mode — no card is charged.");
    await expect(page.getByRole("main")).toContainText("1,000 seats");
    await page.getByRole("button", { name: "Pay $3,000.00" }).click();
  });

  const orderId = await test.step("land on the paid order", async () => {
    await expect(page).toHaveURL(new RegExp(`${licenses}/orders/[^/?]+$`));
    await expect(page.getByRole("status").filter({ hasText: "1,000 seats added to your pool" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Growth × 1" })).toBeVisible();
    return new URL(page.url()).pathname.split("/").pop()!;
  });

  await page.getByRole("link", { name: "Back to Licenses" }).click();
  await expect(page).toHaveURL(licenses);
  await expect.poll(() => readSeatStat(page, "Total seats")).toBe(totalBefore + 1000);
  const order = page.getByRole("table", { name: "Orders" }).getByRole("row").filter({ has: page.locator(`a[href$="/orders/${orderId}"]`) });
  await expect(order).toContainText("Growth × 1");
  await expect(order).toContainText("$3,000.00");
  await expect(order).toContainText("Paid");
  const purchase = page.getByRole("table", { name: "Seat ledger" }).getByRole("row").filter({ hasText: "Purchase" }).filter({ hasText: orderId });
  await expect(purchase).toContainText("+1,000 seats");
  await purchase.getByRole("link", { name: /^Order/ }).click();
  await expect(page).toHaveURL(`${licenses}/orders/${orderId}`);
});

test("cancelling a local checkout takes no payment and shows the order as cancelled, not expired", async ({ page }) => {
  await signIn(page, SALES);
  await page.goto(licenses);
  const totalBefore = await readSeatStat(page, "Total seats");

  await page.getByRole("article", { name: "Starter" }).getByRole("button", { name: /^Buy/ }).click();
  await expect(page).toHaveURL(new RegExp(`${licenses}/checkout/[^/?]+$`));
  const orderId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page).toHaveURL(`${licenses}?checkout=cancelled`);
  const notice = page.getByRole("status").filter({ hasText: "Checkout cancelled — no payment was taken." });
  await expect(notice).toBeVisible();
  const order = page.getByRole("table", { name: "Orders" }).getByRole("row").filter({ has: page.locator(`a[href$="/orders/${orderId}"]`) });
  await expect(order).toContainText("Starter × 1");
  await expect(order).toContainText("Cancelled");
  await expect(order).not.toContainText("Expired");
  expect(await readSeatStat(page, "Total seats")).toBe(totalBefore);

  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(licenses);
});
