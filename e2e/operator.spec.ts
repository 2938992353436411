import { expect, test } from "@playwright/test";
import { ACME, OPERATOR, OWNER, parseCount, signIn } from "./demo-users";

test("an operator grants seats to an organization and adds a package to the catalog", async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  await page.goto("/operator");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Foperator/);
  await signIn(page, OPERATOR, { goto: false });
  await expect(page).toHaveURL("/operator");
  await expect(page.getByRole("heading", { level: 1, name: "Operator" })).toBeVisible();

  await test.step("grant 50 seats to Acme Devices", async () => {
    await page.getByLabel("Search organizations").fill("acme");
    const acme = page.getByRole("table", { name: "Organizations" }).getByRole("row").filter({ hasText: ACME.name });
    await expect(acme).toHaveCount(1);
    const seats = acme.getByRole("cell").nth(2);
    const totalBefore = parseCount((await seats.textContent())?.split("/")[1] ?? "");
    const totalAfter = (totalBefore + 50).toLocaleString("en");

    await acme.getByRole("button", { name: `Grant seats to ${ACME.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Grant seats to ${ACME.name}` });
    await dialog.getByRole("button", { name: "Grant seats" }).click();
    await expect(dialog.getByText("Give a reason (at least 3 characters), e.g. the contract.")).toBeVisible();
    await dialog.getByLabel("Seats").fill("50");
    await dialog.getByLabel("Reason").fill(`E2E contract top-up ${stamp}`);
    await dialog.getByRole("button", { name: "Grant seats" }).click();
    await expect(dialog.getByRole("status")).toContainText(`New balance: ${totalAfter} seats total`);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(seats).toContainText(`/ ${totalAfter}`);
  });

  await test.step("create a package, then take it off sale", async () => {
    const name = `E2E Fleet ${stamp}`;
    await page.getByRole("button", { name: "New package" }).click();
    const dialog = page.getByRole("dialog", { name: "New package" });
    await dialog.getByRole("button", { name: "Create package" }).click();
    await expect(dialog.getByText("Name must be 2 to 80 characters.")).toBeVisible();
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Tier 1: from seats").fill("500");
    await dialog.getByLabel("Tier 1: price per seat in minor units").fill("350");
    await expect(dialog.getByRole("group", { name: "Volume tiers" })).toContainText("$3.50");
    await dialog.getByRole("button", { name: "Add tier" }).click();
    await dialog.getByLabel("Tier 2: from seats").fill("5000");
    await dialog.getByLabel("Tier 2: price per seat in minor units").fill("380");
    await dialog.getByLabel("Term (months)").fill("12");
    await dialog.getByRole("button", { name: "Create package" }).click();
    // A tier must be cheaper per seat than the one before it.
    await expect(dialog.getByText("Tier 2 must cost less per seat than tier 1.")).toBeVisible();
    await dialog.getByLabel("Tier 2: price per seat in minor units").fill("290");
    await dialog.getByRole("button", { name: "Create package" }).click();
    await expect(dialog).toHaveCount(0);

    const row = page.getByRole("table", { name: "Packages" }).getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("500 – 4,999: $3.50");
    await expect(row).toContainText("5,000 or more: $2.90");
    await expect(row).toContainText("12 months");
    await expect(row).toContainText("Active");
    await row.getByRole("button", { name: `Deactivate ${name}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate package" }).click();
    await expect(row).toContainText("Inactive");
    await expect(row.getByRole("button", { name: `Activate ${name}` })).toBeVisible();
  });
});

test("an operator sets, changes and removes a country's tax rate", async ({ page }) => {
  await signIn(page, OPERATOR);
  await page.goto("/operator");
  const section = page.getByRole("region", { name: "Tax rates" });
  await expect(section.getByRole("table", { name: "Tax rates" })).toContainText("Germany");

  await section.getByRole("button", { name: "Set a rate" }).click();
  const dialog = page.getByRole("dialog", { name: "Set a tax rate" });
  await dialog.getByLabel("Country").fill("NZ");
  await dialog.getByLabel("Tax name").fill("GST");
  await dialog.getByLabel("Rate (%)").fill("150");
  await dialog.getByRole("button", { name: "Save rate" }).click();
  await expect(dialog.getByText("The rate is a percentage from 0 to 50, with at most two decimals.")).toBeVisible();
  await dialog.getByLabel("Rate (%)").fill("15");
  await dialog.getByRole("button", { name: "Save rate" }).click();
  await expect(dialog).toHaveCount(0);

  // Countries sort by code, ten to a page: page on to New Zealand.
  const row = section.getByRole("row").filter({ hasText: "New Zealand" });
  await expect(section.getByText(/^Page 1 of \d+$/)).toBeVisible();
  for (let shown = 1; (await row.count()) === 0; shown++) {
    expect(shown, "New Zealand within five pages").toBeLessThan(6);
    await section.getByRole("button", { name: "Next" }).click();
    await expect(section.getByText(new RegExp(`^Page ${shown + 1} of \\d+$`))).toBeVisible();
  }
  await expect(row).toContainText("GST");
  await expect(row).toContainText("15 %");
  await row.getByRole("button", { name: "Edit the NZ rate" }).click();
  const edit = page.getByRole("dialog", { name: "Tax rate for NZ" });
  await expect(edit.getByLabel("Country")).toBeDisabled();
  await edit.getByLabel("Rate (%)").fill("12.5");
  await edit.getByRole("button", { name: "Save rate" }).click();
  await expect(row).toContainText("12.5 %");

  await row.getByRole("button", { name: "Remove the NZ rate" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove rate" }).click();
  await expect(section.getByRole("row").filter({ hasText: "New Zealand" })).toHaveCount(0);
});

test("the operator page does not exist for members who are not operators", async ({ page }) => {
  await signIn(page, OWNER);
  const response = await page.goto("/operator");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // Nor is it offered in the account menu.
  await page.goto(`/o/${ACME.slug}`);
  await page.getByRole("button", { name: /^Account:/ }).click();
  await expect(page.getByRole("menuitem", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: "Operator" })).toHaveCount(0);
});

test("an operator looks into an organization read-only, and its owner sees the visit in the audit log", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const reason = `Ticket ${Date.now().toString(36)}: devices not booting`;
  await signIn(page, OPERATOR);
  const gone = await page.goto(`/o/${ACME.slug}/devices`);
  expect(gone?.status()).toBe(404);

  await test.step("open the view with a reason", async () => {
    await page.goto("/operator");
    await page.getByLabel("Search organizations").fill("acme");
    const acme = page.getByRole("table", { name: "Organizations" }).getByRole("row").filter({ hasText: ACME.name });
    await acme.getByRole("button", { name: `View ${ACME.name} read-only` }).click();
    const dialog = page.getByRole("dialog", { name: `View ${ACME.name} read-only` });
    await dialog.getByRole("button", { name: "Open read-only view" }).click();
    await expect(dialog.getByText("Give a reason of at least 5 characters, e.g. the support ticket.")).toBeVisible();
    await dialog.getByLabel("Reason").fill(reason);
    await dialog.getByRole("button", { name: "Open read-only view" }).click();
    await expect(page).toHaveURL(`/o/${ACME.slug}`);
  });

  await test.step("every page says it is read-only and offers no writes", async () => {
    const banner = page.getByRole("region", { name: "Operator view" });
    await expect(banner).toContainText(`Read-only operator view of ${ACME.name}`);
    await page.goto(`/o/${ACME.slug}/devices`);
    await expect(page.getByRole("heading", { level: 1, name: "Devices" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Devices" }).getByRole("row").nth(1)).toBeVisible();
    await expect(page.getByRole("link", { name: "Register devices" })).toHaveCount(0);
    await expect(banner).toBeVisible();
  });

  await test.step("end the view: the organization is closed again", async () => {
    await page.getByRole("region", { name: "Operator view" }).getByRole("button", { name: "End view" }).click();
    await expect(page).toHaveURL("/operator");
    expect((await page.goto(`/o/${ACME.slug}`))?.status()).toBe(404);
  });

  await test.step("the owner reads who looked and why", async () => {
    const owner = await browser.newPage();
    await signIn(owner, OWNER);
    await owner.goto(`/o/${ACME.slug}/settings/audit-log`);
    const opened = owner.getByRole("row").filter({ hasText: "Anima operator opened a read-only view" }).first();
    await expect(opened).toContainText(reason);
    await expect(owner.getByRole("row").filter({ hasText: "Anima operator ended the read-only view" }).first()).toBeVisible();
    await owner.close();
  });
});
