import { expect, test, type Page } from "@playwright/test";
import { ACME, detail, OWNER, readSeatStat, signIn } from "./demo-users";

// Seeded: the first 20 serials in order (AUR1-00001 … PIP2-00008) are activated and hold seats.
const RETURNED = "AUR1-00001";
const REPLACEMENT = "PIP2-00020";

async function openDevice(page: Page, serial: string) {
  await page.goto(`/o/${ACME.slug}/devices?q=${serial}`);
  await page.getByRole("table", { name: "Devices" }).getByRole("link", { name: serial }).click();
  await expect(page.getByRole("heading", { level: 1, name: serial })).toBeVisible();
}

test("an RMA moves the seat of a returned device to its replacement", async ({ page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/licenses`);
  const transfersBefore = await readSeatStat(page, "Transfers (RMA)");

  await openDevice(page, RETURNED);
  await expect(detail(page, "License seat")).toContainText("Holds a seat since");

  await test.step("replace it with a device that never booted", async () => {
    await page.getByRole("button", { name: "Replace device (RMA)" }).click();
    const dialog = page.getByRole("dialog", { name: `Replace ${RETURNED}` });
    await dialog.getByLabel("Replacement serial").fill(REPLACEMENT);
    await dialog.getByRole("radio", { name: new RegExp(REPLACEMENT) }).check();
    await dialog.getByLabel("Reason").fill("RMA-E2E-0001 cracked hinge");
    await dialog.getByRole("button", { name: `Move seat to ${REPLACEMENT}` }).click();
    await expect(dialog).toHaveCount(0);
  });

  await expect(page.getByRole("status").filter({ hasText: `Seat moved to ${REPLACEMENT}; ${RETURNED} is revoked.` })).toBeVisible();
  await expect(detail(page, "Status")).toHaveText("Revoked");
  await expect(detail(page, "RMA")).toHaveText(`Replaced by ${REPLACEMENT}`);
  await expect(page.getByRole("button", { name: "Replace device (RMA)" })).toHaveCount(0);

  await detail(page, "RMA").getByRole("link", { name: REPLACEMENT }).click();
  await expect(page.getByRole("heading", { level: 1, name: REPLACEMENT })).toBeVisible();
  await expect(detail(page, "RMA")).toHaveText(`Replacement for ${RETURNED}`);
  await expect(detail(page, "License seat")).toContainText("Holds a seat since");

  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Licenses" }).click();
  await expect.poll(() => readSeatStat(page, "Transfers (RMA)")).toBe(transfersBefore + 1);
  const transfer = page.getByRole("table", { name: "Seat ledger" }).getByRole("row").filter({ hasText: "RMA transfer" });
  await expect(transfer.first()).toContainText(new RegExp(`${RETURNED}\\s*→\\s*${REPLACEMENT}`));
  await expect(transfer.first()).toContainText("RMA-E2E-0001 cracked hinge");
});
