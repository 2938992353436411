import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../src/testing/pdf-text";
import { ACME, OPERATOR, OWNER, readSeatStat, SALES, signIn } from "./demo-users";

/*
 * Pay by invoice, end to end: sales drafts a quote for a large bundle; the owner accepts it,
 * which issues the invoice with its due date; Anima's operator records the bank transfer;
 * the owner finds the seats in the pool and downloads the invoice.
 */

async function download(page: Page, name: RegExp): Promise<{ file: string; text: string }> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name }).first().click();
  const file = await downloading;
  return { file: file.suggestedFilename(), text: await pdfText(await readFile(await file.path())) };
}

test("sales drafts a quote, the owner accepts, the operator records the transfer, the owner downloads the invoice", async ({ browser }) => {
  const salesPage = await (await browser.newContext()).newPage();
  await signIn(salesPage, SALES);
  await salesPage.goto(`/o/${ACME.slug}/licenses`);

  const { quoteUrl, quoteNumber } = await test.step("sales drafts a quote for 20,000 seats", async () => {
    await salesPage.getByRole("region", { name: "Quotes" }).getByRole("button", { name: "New quote" }).click();
    const dialog = salesPage.getByRole("dialog", { name: "New quote" });
    await dialog.getByLabel("Seats").fill("50");
    await expect(dialog.getByTestId("quote-price")).toHaveText("Quotes start at 100 seats.");
    await dialog.getByLabel("Seats").fill("20000");
    await dialog.getByLabel("Payment terms (days)").fill("45");
    await dialog.getByLabel("Terms", { exact: true }).fill("Two deliveries: October and November");
    // Acme buys from Shenzhen: no tax is set for China.
    await expect(dialog.getByTestId("quote-price")).toHaveText("20,000 seats × $2.00 = $40,000.00 → $40,000.00");
    await dialog.getByRole("button", { name: "Create quote" }).click();
    await expect(salesPage.getByRole("heading", { level: 1, name: /^Quote Q-[0-9A-F]{8}$/ })).toBeVisible();
    await expect(salesPage.getByText("Waiting for the organization's owner to accept it.")).toBeVisible();
    await expect(salesPage.getByRole("button", { name: "Accept quote" })).toHaveCount(0);
    const pdf = await download(salesPage, /^Download PDF$/);
    expect(pdf.file).toMatch(/^Q-[0-9A-F]{8}\.pdf$/);
    expect(pdf.text).toContain("QUOTE");
    expect(pdf.text).toMatch(/Total\s+\$40,000\.00/);
    expect(pdf.text).toContain("within 45 days");
    return { quoteUrl: salesPage.url(), quoteNumber: pdf.file.replace(/\.pdf$/, "") };
  });

  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, OWNER);
  await ownerPage.goto(`/o/${ACME.slug}/licenses`);
  const seatsBefore = await readSeatStat(ownerPage, "Total seats");

  const invoiceNumber = await test.step("the owner accepts: an order due by bank transfer, with its invoice", async () => {
    await ownerPage.goto(quoteUrl);
    await ownerPage.getByRole("button", { name: "Accept quote" }).click();
    const confirm = ownerPage.getByRole("alertdialog");
    await expect(confirm).toContainText("Your organization commits to pay $40,000.00 by bank transfer within 45 days of the invoice");
    await confirm.getByRole("button", { name: "Accept and owe $40,000.00" }).click();
    await expect(ownerPage).toHaveURL(/\/licenses\/orders\/[^/?]+$/);
    await expect(ownerPage.getByText(/^Awaiting your bank transfer of \$40,000\.00 by .+, quoting invoice TEST-INV-\d{6}\./)).toBeVisible();
    const invoice = await download(ownerPage, /^Invoice TEST-INV-\d{6}/);
    expect(invoice.text).toMatch(/Payment due by \d{4}-\d{2}-\d{2} by bank transfer, quoting TEST-INV-\d{6}/);
    return invoice.file.replace(/\.pdf$/, "");
  });

  await test.step("the operator finds the invoice awaiting its transfer and marks it paid", async () => {
    const operatorPage = await (await browser.newContext()).newPage();
    await signIn(operatorPage, OPERATOR);
    await operatorPage.goto("/operator");
    const row = operatorPage.getByRole("table", { name: "Awaiting bank transfer" }).getByRole("row").filter({ hasText: invoiceNumber });
    await expect(row).toContainText("$40,000.00");
    await row.getByRole("button", { name: `Mark ${invoiceNumber} paid` }).click();
    await operatorPage.getByRole("alertdialog").getByRole("button", { name: "Mark paid" }).click();
    await expect(row).toHaveCount(0);
  });

  await test.step("the owner sees the seats and downloads the paid order's invoice", async () => {
    await ownerPage.reload();
    await expect(ownerPage.getByText("Payment received: 20,000 seats added to your pool.")).toBeVisible();
    const invoice = await download(ownerPage, /^Invoice TEST-INV-\d{6}/);
    expect(invoice.file).toBe(`${invoiceNumber}.pdf`);
    expect(invoice.text).toMatch(/Total\s+\$40,000\.00/);
    await ownerPage.goto(`/o/${ACME.slug}/licenses`);
    await expect.poll(() => readSeatStat(ownerPage, "Total seats")).toBe(seatsBefore + 20_000);
    await expect(ownerPage.getByRole("table", { name: "Quotes" }).getByRole("row").filter({ hasText: quoteNumber })).toContainText("Accepted");
  });
});
