import { expect, type Page } from "@playwright/test";
import { ACME } from "./demo-users";

/** Creates a talking-toy SKU (microphone and speaker, no camera) and opens its composer. */
export async function createToySku(page: Page, stamp: string) {
  const sku = { name: `E2E Bear ${stamp}`, code: `BEAR-${stamp}` };
  await page.goto(`/o/${ACME.slug}/skus/new`);
  await page.getByLabel("Name", { exact: true }).fill(sku.name);
  await page.getByLabel("Code", { exact: true }).fill(sku.code);
  await page.getByLabel("Kind", { exact: true }).selectOption("toy");
  await page.getByLabel("Microphone", { exact: true }).check();
  await page.getByLabel("Speaker", { exact: true }).check();
  await page.getByRole("button", { name: "Create SKU" }).click();
  await expect(page.getByRole("heading", { level: 1, name: sku.name })).toBeVisible();
  await page.getByRole("link", { name: "Configure agents" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Agent configuration" })).toBeVisible();
  await expect(page.getByText("No agents yet")).toBeVisible();
  return { ...sku, url: page.url() };
}
