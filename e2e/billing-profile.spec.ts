import { expect, test } from "@playwright/test";
import { ACME, SALES, VIEWER, signIn } from "./demo-users";
import { signUpAndConfirm } from "./mailbox";

test("a new organization fills in its billing profile before the Buy buttons open", async ({ page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const org = { name: `Lumen Wear ${stamp}`, slug: `lumen-wear-${stamp}` };
  await signUpAndConfirm(page, { name: "Bea Buyer", email: `buyer-${stamp}@example.com`, password: "buyer-password-123" });
  await page.getByLabel("Organization name").fill(org.name);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(`/o/${org.slug}`);

  await test.step("the Buy buttons wait for billing details", async () => {
    await page.goto(`/o/${org.slug}/licenses`);
    const notice = page.getByRole("note", { name: "Billing details needed" });
    await expect(notice).toContainText("Add your billing details first");
    const usd = page.getByRole("article", { name: "Device licenses USD" });
    await expect(usd.getByRole("button", { name: /^Buy/ })).toBeDisabled();
    await notice.getByRole("link", { name: "Fill in the billing profile" }).click();
    await expect(page).toHaveURL(`/o/${org.slug}/settings/billing`);
  });

  const form = page.getByRole("form", { name: "Billing profile" });
  await test.step("bad input is refused field by field", async () => {
    await form.getByLabel("Legal name").fill("Lumen Wear GmbH");
    await form.getByLabel("Address", { exact: true }).fill("Torstraße 1");
    await form.getByLabel("City").fill("Berlin");
    await form.getByLabel("Country").selectOption("DE");
    await form.getByLabel("Tax ID").fill("DE 136 695 977");
    await form.getByLabel("Billing email").fill("finance@lumen");
    await form.getByRole("button", { name: "Save billing profile" }).click();
    await expect(form.getByLabel("Tax ID")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText(/not a valid USt ID Nr\. for DE/)).toBeVisible();
    await expect(form.getByText("Enter a valid email address.")).toBeVisible();
    await expect(form.getByText("Check the highlighted fields.")).toBeVisible();
  });

  await test.step("fixed, it saves — the tax ID as invoices print it", async () => {
    await form.getByLabel("Tax ID").fill("DE 136 695 976");
    await form.getByLabel("Billing email").fill("finance@lumen.example");
    await form.getByRole("button", { name: "Save billing profile" }).click();
    await expect(form.getByRole("status")).toHaveText("Billing profile saved: you can buy seats now.");
    await expect(form.getByLabel("Tax ID")).toHaveValue("DE136695976");
    await page.reload();
    await expect(page.getByRole("form", { name: "Billing profile" }).getByLabel("Legal name")).toHaveValue("Lumen Wear GmbH");
  });

  await test.step("the Buy buttons are open", async () => {
    await page.goto(`/o/${org.slug}/licenses`);
    // Only the package in the profile's currency is offered now.
    await expect(page.getByRole("article", { name: "Device licenses USD" }).getByRole("button", { name: /^Buy/ })).toBeEnabled();
    await expect(page.getByRole("article", { name: /^Device licenses (EUR|CNY)$/ })).toHaveCount(0);
    // A German company with a VAT number, invoiced from Ireland: no VAT, reverse charge.
    await expect(page.getByRole("article", { name: "Device licenses USD" }).getByTestId("order-price")).toContainText("No VAT: reverse charge");
    await expect(page.getByRole("note", { name: "Billing details needed" })).toHaveCount(0);
  });
});

test("sales keep the demo's billing profile; viewers are told it is not theirs", async ({ browser, page }) => {
  await signIn(page, SALES);
  await page.goto(`/o/${ACME.slug}/settings/billing`);
  const form = page.getByRole("form", { name: "Billing profile" });
  await expect(form.getByLabel("Legal name")).toHaveValue("Acme Devices (Shenzhen) Co., Ltd.");
  await expect(form.getByLabel("Country")).toHaveValue("CN");
  await expect(form.getByLabel("Tax ID")).toHaveValue("91440300MA5F1K2L3H");

  const viewer = await browser.newPage();
  await signIn(viewer, VIEWER);
  await viewer.goto(`/o/${ACME.slug}/settings/billing`);
  await expect(viewer.getByText("Only owners, admins and sales see billing details")).toBeVisible();
  await expect(viewer.getByRole("form", { name: "Billing profile" })).toHaveCount(0);
  await viewer.close();
});
