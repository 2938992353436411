import { expect, test, type Page } from "@playwright/test";
import { downloadCsv } from "./csv-download";
import { ACME, OWNER, SALES, signIn, VIEWER } from "./demo-users";

/*
 * The unit economics page on the demo organization: three paid orders (the first for a year's
 * seats, the last partly refunded) and 30 days of telemetry from its 20 pilot devices. Other
 * specs add orders and devices to Acme (a 20,000-seat quote, a renewal…), so the figures are
 * checked by how they relate; the exact arithmetic is economics.integration.test.ts's.
 */

const PAGE = `/o/${ACME.slug}/usage/economics`;
const TABLE_HEADER =
  "row,sku_code,sku_name,devices,active_devices_30d,activations_90d,input_tokens_per_device_month,output_tokens_per_device_month," +
  "license_cost_per_device_month,token_cost_per_device_month,devices_in_12_months,license_cost_12_months,token_cost_12_months,currency";

/** "$8.93" → 893 (cents). */
const cents = (text: string | null) => Math.round(Number((text ?? "").replace(/[^\d.]/g, "")) * 100);

function stat(page: Page, label: string) {
  return page.getByRole("region", { name: "What a device costs" }).locator("section").filter({ has: page.getByText(label, { exact: true }) }).locator("p").nth(1);
}

test("sales see what a device costs on its license against token billing, change the token price and export it", async ({ page }) => {
  await signIn(page, SALES);
  await page.goto(`/o/${ACME.slug}/usage`);
  await page.getByRole("link", { name: "Unit economics" }).click();
  await expect(page).toHaveURL(PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Unit economics" })).toBeVisible();

  const license = stat(page, "License per device / month");
  const tokens = stat(page, "Token billing per device / month");
  let licenseText = "";
  await test.step("the headline: seats spread over their terms or the device lifetime, far below the token bill", async () => {
    await expect(license).toHaveText(/^\$\d+\.\d\d$/);
    licenseText = (await license.textContent())!;
    expect(cents(licenseText)).toBeGreaterThan(0);
    // The demo's first order is for a year's seats: the basis names the terms and the 24-month lifetime.
    await expect(page.getByText(/\$\d+\.\d\d per seat on average, paid on \d+ paid orders .* spread over their seats' terms \(perpetual seats over a device lifetime of 24 months\)\./)).toBeVisible();
    await expect(tokens).toHaveText(/^\$\d+\.\d\d$/);
    expect(cents(await tokens.textContent())).toBeGreaterThan(cents(await license.textContent()));
    await expect(stat(page, "Token billing ÷ license")).toHaveText(/^\d+(\.\d)?×$/);
  });

  const chart = page.getByRole("region", { name: "Next 12 months: licenses vs token billing" });
  await test.step("the 12-month chart: both series, per month, with its text alternative", async () => {
    await expect(chart.getByRole("img")).toBeVisible();
    await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /Over the 12 months: \$[\d,.]+ on licenses, \$[\d,.]+ on token billing/);
    await expect(chart.locator(".recharts-legend-item")).toHaveText(["On licenses (amortized)", "On token billing"]);
    await expect(chart.locator(".recharts-bar-rectangle")).toHaveCount(24);
    await expect(chart.getByText("Cost per month (USD)")).toBeVisible();
  });

  const table = page.getByRole("table", { name: "Unit economics per SKU" });
  // The demo's two SKUs (other specs add theirs), then the fleet's totals.
  await expect(table.locator("tbody tr").filter({ hasText: "AUR-1" })).toHaveCount(1);
  await expect(table.locator("tbody tr").filter({ hasText: "PIP-2" })).toHaveCount(1);
  await expect(table.locator("tbody tr").last()).toContainText("Fleet");

  const before = cents(await tokens.textContent());
  const form = page.getByRole("form", { name: "Token price and device lifetime" });
  await test.step("a token price of our own: the token figures follow, the license does not", async () => {
    await expect(form.getByLabel("Input tokens (USD per 1M)")).toHaveValue("2.50");
    await expect(form.getByLabel("Output tokens (USD per 1M)")).toHaveValue("10.00");
    await form.getByLabel("Input tokens (USD per 1M)").fill("-1");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(form.getByText(/A price per million tokens in USD/)).toBeVisible();

    await form.getByLabel("Input tokens (USD per 1M)").fill("5.00");
    await form.getByLabel("Output tokens (USD per 1M)").fill("20.00");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText(/^Your organization's own price\./)).toBeVisible();
    // Both prices doubled: the token bill doubles (each figure rounded once, so within a cent).
    await expect.poll(async () => Math.abs(cents(await tokens.textContent()) - 2 * before)).toBeLessThanOrEqual(1);
    await expect(license).toHaveText(licenseText);
  });

  await test.step("the CSV: stable headers, a row per SKU and the fleet's totals; the projection by month", async () => {
    const [header, ...rows] = await downloadCsv(page.getByRole("region", { name: "Per SKU", exact: true }));
    expect(header).toBe(TABLE_HEADER);
    const codes = rows.map((row) => row.split(",")[1]);
    expect(codes).toContain("AUR-1");
    expect(codes).toContain("PIP-2");
    expect(codes.at(-1)).toBe("");
    const fleet = rows.at(-1)!.split(",");
    expect(fleet[0]).toBe("fleet");
    expect(fleet[8]).toBe(licenseText.slice(1));
    expect(Math.round(Number(fleet[9]) * 100)).toBe(cents(await tokens.textContent()));
    expect(fleet[13]).toBe("USD");

    const [projectionHeader, ...months] = await downloadCsv(chart);
    expect(projectionHeader).toBe("month,devices,license_cost,token_cost,currency");
    expect(months).toHaveLength(12);
    expect(months[0]).toMatch(/^\d{4}-\d{2},\d+,\d+\.\d\d,\d+\.\d\d,USD$/);
  });

  await test.step("back to Anima's default price", async () => {
    await form.getByRole("button", { name: "Reset to Anima's default" }).click();
    await expect(page.getByText(/^Anima's default price: \$2\.50 in \/ \$10\.00 out per million tokens\.$/)).toBeVisible();
    await expect(tokens).toHaveText(`$${(before / 100).toFixed(2)}`);
    await expect(form.getByLabel("Input tokens (USD per 1M)")).toHaveValue("2.50");
  });
});

test("the page is for the members who buy seats; the licenses page links to it", async ({ browser, page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/licenses`);
  await page.getByRole("link", { name: "Unit economics" }).click();
  await expect(page).toHaveURL(PAGE);

  const viewer = await browser.newPage();
  await signIn(viewer, VIEWER);
  await viewer.goto(`/o/${ACME.slug}/usage`);
  await expect(viewer.getByRole("heading", { level: 1, name: "Usage" })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "Unit economics" })).toHaveCount(0);
  await viewer.goto(PAGE);
  await expect(viewer.getByText("Only owners, admins and sales can see unit economics")).toBeVisible();
  await viewer.close();
});
