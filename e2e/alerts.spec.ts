import { expect, test, type Page } from "@playwright/test";
import { ACME, OWNER, signIn, VIEWER } from "./demo-users";
import { waitForMail } from "./mailbox";

/** The worker judges rules every 5 s here (ALERTS_EVERY_SECONDS in playwright.config.ts). */
const JUDGED = { timeout: 30_000 };

async function shots(page: Page, name: string) {
  if (!process.env.E2E_SHOTS_DIR) return;
  await page.screenshot({ path: `${process.env.E2E_SHOTS_DIR}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${process.env.E2E_SHOTS_DIR}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("an owner adds an alert rule; it fires, rings the bell and mails them; edited, it resolves; its history shows both; then it is deleted", async ({ page }) => {
  const name = `Seats watch ${Date.now()}`;
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}`);
  await page.getByRole("navigation").getByRole("link", { name: "Alerts" }).click();
  await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();

  await test.step("a rule without a name is refused next to the field, and nothing is added", async () => {
    await page.getByRole("button", { name: "New rule" }).click();
    const dialog = page.getByRole("dialog", { name: "New alert rule" });
    await dialog.getByLabel("Kind").selectOption({ label: "License seats low" });
    await dialog.getByRole("button", { name: "Create rule" }).click();
    await expect(dialog.getByText("Give the rule a name.")).toBeVisible();
  });

  await test.step("a seats rule at 1 % mailing the owner is created and judged within seconds: it fires", async () => {
    const dialog = page.getByRole("dialog", { name: "New alert rule" });
    await dialog.getByLabel("Name").fill(name);
    // The demo uses 20 of a few hundred seats (other specs may buy more): above 1 %.
    await dialog.getByLabel(/Fire when seats used above/).fill("1");
    await dialog.getByRole("checkbox", { name: new RegExp(OWNER) }).check();
    await shots(page, "alert-rule-form");
    await dialog.getByRole("button", { name: "Create rule" }).click();
    await expect(dialog).toHaveCount(0);
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row.getByText("license seats used above 1 %")).toBeVisible();
    await expect(row.getByText("Firing", { exact: true })).toBeVisible(JUDGED);
    await expect(row.getByText("1 member")).toBeVisible();
    await waitForMail(OWNER, new RegExp(`${name} is firing`));
  });

  await test.step("the bell counts it as unread; opening it leads to the rule's history", async () => {
    const bell = page.getByRole("button", { name: /Notifications: \d+ unread/ }).first();
    await expect(bell).toBeVisible(JUDGED);
    await bell.click();
    const item = page.getByRole("menuitem", { name: new RegExp(`${name} is firing`) });
    await expect(item).toBeVisible();
    await shots(page, "notification-bell");
    await item.click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await expect(page.getByRole("table", { name: "Times the rule fired" }).getByText("still firing")).toBeVisible();
    await expect(page.getByRole("button", { name: /Notifications: \d+ unread/ })).toHaveCount(0);
  });

  await test.step("raised to 95 %, it resolves at the next judgement, and the history shows the period", async () => {
    await page.getByRole("link", { name: "Alerts" }).first().click();
    await page.getByRole("button", { name: `Edit ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Edit “${name}”` });
    await expect(dialog.getByLabel("Kind")).toBeDisabled();
    await dialog.getByLabel(/Fire when seats used above/).fill("95");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row.getByText("OK", { exact: true })).toBeVisible(JUDGED);
    await shots(page, "alerts");
    await row.getByRole("link", { name }).click();
    const history = page.getByRole("table", { name: "Times the rule fired" });
    await expect(history.getByRole("row")).toHaveCount(2);
    await expect(history.getByText("still firing")).toHaveCount(0);
    await expect(page.getByText("1 period")).toBeVisible();
    await shots(page, "alert-history");
  });

  await test.step("deleted after confirming", async () => {
    await page.getByRole("link", { name: "Alerts" }).first().click();
    await page.getByRole("button", { name: `Delete ${name}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete rule" }).click();
    await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  });
});

test("a viewer reads the alert rules but cannot add one", async ({ page }) => {
  await signIn(page, VIEWER);
  await page.goto(`/o/${ACME.slug}/alerts`);
  await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
  await expect(page.getByRole("table", { name: "Alert rules" }).or(page.getByText("No alert rules yet"))).toBeVisible();
  await expect(page.getByRole("button", { name: "New rule" })).toHaveCount(0);
});
