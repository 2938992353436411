import { expect, test } from "@playwright/test";
import { ACME, OWNER, signIn, VIEWER } from "./demo-users";

/** The mail sink's HTTP port answers any POST with 200: a receiver on this machine (playwright.config.ts). */
const RECEIVER = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210) + 2}/anima-hooks`;

test("an owner adds a webhook endpoint, sends a test event and sees it delivered in the log, then deletes it", async ({ page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/settings/webhooks`);
  await expect(page.getByRole("heading", { name: "Add an endpoint" })).toBeVisible();

  await test.step("a URL that is not http(s) is refused next to the field", async () => {
    await page.getByLabel("Endpoint URL").fill("ftp://erp.example.com/events");
    await page.getByRole("checkbox", { name: /device\.revoked/ }).check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("A webhook URL must use https (or http for local tests).")).toBeVisible();
    await expect(page.getByText("No endpoints yet")).toBeVisible();
  });

  await test.step("add it: the signing secret is shown once", async () => {
    await page.getByLabel("Endpoint URL").fill(RECEIVER);
    await page.getByLabel("Description").fill("ERP order sync");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = page.getByRole("dialog", { name: "Endpoint added" });
    await expect(dialog.getByLabel("Signing secret")).toHaveValue(/^whsec_/);
    await dialog.getByRole("button", { name: "I have copied the secret" }).click();
    await expect(dialog).toHaveCount(0);
  });

  const endpoints = page.getByRole("table", { name: "Webhook endpoints" });
  await expect(endpoints.getByRole("button", { name: RECEIVER, exact: true })).toBeVisible();
  await expect(endpoints.getByText("Enabled", { exact: true })).toBeVisible();

  await test.step("a test event shows up in the delivery log, delivered", async () => {
    await page.getByRole("button", { name: `Send a test event to ${RECEIVER}` }).click();
    const log = page.getByRole("table", { name: "Deliveries" });
    await expect(log.getByText("webhook.test")).toBeVisible();
    // The worker sends it within seconds; the log re-reads itself every 5 s.
    await expect(log.getByText("Delivered", { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(log.getByText(/^200/)).toBeVisible();
    if (process.env.E2E_SHOTS_DIR) {
      await page.screenshot({ path: `${process.env.E2E_SHOTS_DIR}/webhooks-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${process.env.E2E_SHOTS_DIR}/webhooks-390.png`, fullPage: true });
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  await test.step("delete it after confirming", async () => {
    await page.getByRole("button", { name: `Delete ${RECEIVER}` }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete endpoint" }).click();
    await expect(page.getByText("No endpoints yet")).toBeVisible();
  });
});

test("a viewer is told who manages webhooks", async ({ page }) => {
  await signIn(page, VIEWER);
  await page.goto(`/o/${ACME.slug}/settings/webhooks`);
  await expect(page.getByText("Only owners, admins and developers manage webhooks")).toBeVisible();
});
