import { expect, test, type Page } from "@playwright/test";
import { ACME, OWNER, signIn } from "./demo-users";

/** The seeded Pip Talking Bear (PIP-2): 20 devices, live config Kids' companion + Story teller. */
async function openPip(page: Page) {
  await page.goto(`/o/${ACME.slug}/skus`);
  await page.getByRole("table", { name: "SKUs" }).getByRole("link", { name: "Pip Talking Bear" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pip Talking Bear" })).toBeVisible();
}

const capabilityBadges = (page: Page) => page.getByRole("list", { name: "Capabilities" }).first();

test("removing a capability the live config needs is refused, naming the agents; nothing is saved", async ({ page }) => {
  await signIn(page, OWNER);
  await openPip(page);
  await expect(capabilityBadges(page)).toContainText("Microphone");

  await page.getByRole("button", { name: "Edit" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit Pip Talking Bear" });
  const save = dialog.getByRole("button", { name: "Save changes" });
  // Nothing changed yet: Save is off and says why.
  await expect(save).toBeDisabled();
  await expect(save).toHaveAttribute("title", "Nothing to save: no field has changed.");

  await dialog.getByLabel("Name", { exact: true }).fill("Pip Talking Bear 3");
  await dialog.getByLabel("Microphone", { exact: true }).uncheck();
  await save.click();
  const message = "Microphone is needed by the live config: Kids' companion. Publish a config without it first.";
  const capabilities = dialog.getByRole("group", { name: "Capabilities" });
  await expect(capabilities.getByRole("alert")).toHaveText(message);
  await expect(capabilities).toHaveAccessibleDescription(message);
  await page.screenshot({ path: "/tmp/e-capability-guard-desktop.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(capabilities.getByRole("alert")).toBeVisible();
  await page.screenshot({ path: "/tmp/e-capability-guard-390.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  // Neither the capability nor the name changed.
  await expect(page.getByRole("heading", { level: 1, name: "Pip Talking Bear" })).toBeVisible();
  await expect(capabilityBadges(page)).toContainText("Microphone");
});

test("Delete is off while the SKU has devices, and says why", async ({ page }) => {
  await signIn(page, OWNER);
  await openPip(page);
  const remove = page.getByRole("button", { name: "Delete" });
  const why = "Delete is unavailable while the SKU has 20 devices. Archive it instead.";
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAttribute("title", why);
  await expect(remove).toHaveAccessibleDescription(why);
  // Focusable, so keyboard users reach the reason too; a click opens nothing.
  await remove.focus();
  await expect(remove).toBeFocused();
  await remove.click({ force: true });
  await expect(page.getByText("Delete Pip Talking Bear?")).toHaveCount(0);
  await page.screenshot({ path: "/tmp/e-sku-detail-desktop.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/e-sku-detail-390.png", fullPage: true });
});
