import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText } from "../src/testing/pdf-text";
import { ACME, readSeatStat, SALES, signIn } from "./demo-users";

const licenses = `/o/${ACME.slug}/licenses`;

test("a sales member buys 1,000 seats through the test-mode checkout", async ({ page }) => {
  await signIn(page, SALES);
  await page.goto(licenses);
  const totalBefore = await readSeatStat(page, "Total seats");
  // The local payments mode is always labelled as a test: nothing is charged.
  await expect(page.getByRole("region", { name: "Buy seats" })).toContainText("Test mode — local payments, no real charge");

  const usd = page.getByRole("article", { name: "Device licenses USD" });
  const seats = usd.getByLabel("Seats");
  await seats.fill("99");
  await expect(usd.getByText("Orders of this package start at 100 seats.")).toBeVisible();
  await expect(usd.getByRole("button", { name: /^Buy/ })).toBeDisabled();

  await test.step("the price follows the seat count live, at its volume tier", async () => {
    const price = usd.getByTestId("order-price");
    await seats.fill("500");
    await expect(price.locator("p").first()).toHaveText("500 seats × $4.00 = $2,000.00");
    // Acme buys from Shenzhen, where the operator set no tax rate.
    await expect(price).toContainText("No tax is charged in your country.");
    await expect(usd.locator("tr[aria-current=true]")).toContainText("100 – 999 seats");
    // Across the cliff below 1,000 seats, the card offers the larger order that costs no more.
    await seats.fill("800");
    await expect(usd).toContainText("1,000 seats cost $3,000.00, no more than these.");
    await usd.getByRole("button", { name: "Buy 1,000 instead" }).click();
    await expect(seats).toHaveValue("1000");
    await expect(price.locator("p").nth(0)).toHaveText("1,000 seats × $3.00 = $3,000.00");
    await expect(price.locator("p").nth(1)).toHaveText("You save $1,000.00 (25 %) against $4.00 per seat.");
    await expect(usd.locator("tr[aria-current=true]")).toContainText("1,000 – 9,999 seats");
  });
  await usd.getByRole("button", { name: "Buy 1,000 seats" }).click();

  await test.step("pay on the local checkout page", async () => {
    await expect(page).toHaveURL(new RegExp(`^.*${licenses}/checkout/[^/?]+$`));
    await expect(page.getByRole("note", { name: "Test mode" })).toContainText("Local payments mode — no card is charged.");
    await expect(page.getByRole("main")).toContainText("1,000 seats");
    await page.getByRole("button", { name: "Pay $3,000.00" }).click();
  });

  const orderId = await test.step("land on the paid order", async () => {
    await expect(page).toHaveURL(new RegExp(`${licenses}/orders/[^/?]+$`));
    await expect(page.getByRole("status").filter({ hasText: "1,000 seats added to your pool" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Device licenses · 1,000 seats" })).toBeVisible();
    return new URL(page.url()).pathname.split("/").pop()!;
  });

  await test.step("download the numbered invoice as a PDF", async () => {
    const link = page.getByRole("link", { name: /^Invoice TEST-INV-\d{6}/ });
    const number = (await link.textContent())!.match(/TEST-INV-\d{6}/)![0];
    const downloading = page.waitForEvent("download");
    await link.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const text = await pdfText(await readFile(await download.path()));
    expect(text).toContain(number);
    expect(text).toContain("Acme Devices (Shenzhen) Co., Ltd.");
    expect(text).toMatch(/1,000\s+\$3\.00\s+\$3,000\.00/);
    expect(text).toMatch(/Total\s+\$3,000\.00/);
    expect(text).toContain("TEST MODE");
  });

  await page.getByRole("link", { name: "Back to Licenses" }).click();
  await expect(page).toHaveURL(licenses);
  await expect.poll(() => readSeatStat(page, "Total seats")).toBe(totalBefore + 1000);
  const order = page.getByRole("table", { name: "Orders" }).getByRole("row").filter({ has: page.locator(`a[href$="/orders/${orderId}"]`) });
  await expect(order).toContainText("Device licenses · 1,000 seats");
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

  await page.getByRole("article", { name: "Device licenses USD" }).getByRole("button", { name: "Buy 100 seats" }).click();
  await expect(page).toHaveURL(new RegExp(`${licenses}/checkout/[^/?]+$`));
  const orderId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("button", { name: "Cancel" }).click();

  await expect(page).toHaveURL(`${licenses}?checkout=cancelled`);
  const notice = page.getByRole("status").filter({ hasText: "Checkout cancelled — no payment was taken." });
  await expect(notice).toBeVisible();
  const order = page.getByRole("table", { name: "Orders" }).getByRole("row").filter({ has: page.locator(`a[href$="/orders/${orderId}"]`) });
  await expect(order).toContainText("Device licenses · 100 seats");
  await expect(order).toContainText("Cancelled");
  await expect(order).not.toContainText("Expired");
  expect(await readSeatStat(page, "Total seats")).toBe(totalBefore);

  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(licenses);
});
