import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

const DEMO = { email: "demo@anima.dev", password: "anima-demo-2026", slug: "acme" };

async function signIn(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.email);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/o/${DEMO.slug}`);
}

/** Creates a SKU through the form and ends on its detail page. */
async function createSku(page: Page, name: string, code: string) {
  await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "SKUs" }).click();
  await page.getByRole("link", { name: "New SKU" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByLabel("Kind", { exact: true }).selectOption("glasses");
  await page.getByLabel("Camera", { exact: true }).check();
  await page.getByRole("button", { name: "Create SKU" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The SKU list link in the sidebar stays highlighted on the detail page.
  await expect(page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "SKUs" })).toHaveAttribute("aria-current", "page");
}

async function uploadCsv(page: Page, text: string) {
  await page.getByText("CSV upload", { exact: true }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: "devices.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
}

/** The value next to a label in a detail list (<dt>label</dt><dd>value</dd>). */
const detail = (page: Page, label: string) => page.locator(`dt:text-is("${label}") + dd`);

test("a CSV of 500 devices is registered, its manifest downloaded, and one device suspended and resumed", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36).toUpperCase();
  const sku = { name: `E2E Glasses ${stamp}`, code: `E2E-${stamp}` };
  const serials = Array.from({ length: 500 }, (_, i) => `SN-${stamp}-${String(i).padStart(4, "0")}`);
  const csv = ["serial,label,batch", ...serials.map((serial, i) => `${serial},Unit ${i},LOT-${stamp}`)].join("\r\n");

  await signIn(page);
  await test.step("create a SKU", () => createSku(page, sku.name, sku.code));

  await test.step("upload a CSV and preview it", async () => {
    await page.getByRole("main").getByRole("link", { name: "Register devices" }).first().click();
    await expect(page).toHaveURL(/\/devices\/register\?skuId=/);
    await expect(page.getByLabel("SKU", { exact: true }).locator("option:checked")).toHaveText(`${sku.name} (${sku.code})`);
    await uploadCsv(page, csv);
    const summary = page.getByLabel("File summary");
    await expect(summary).toContainText("Valid500");
    await expect(summary).toContainText("With errors0");
    await expect(page.getByText("Preview: first 50 of 500 rows")).toBeVisible();
    await expect(page.getByRole("table", { name: "CSV preview" }).getByRole("row")).toHaveCount(51);
  });

  await test.step("register and download the factory manifest", async () => {
    await page.getByRole("button", { name: "Register 500 devices" }).click();
    await expect(page.getByRole("heading", { name: "500 devices registered" })).toBeVisible({ timeout: 30_000 });
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download factory manifest (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^anima-manifest-${sku.code}-.+\\.csv$`));
    const lines = (await readFile(await download.path(), "utf8")).trimEnd().split("\r\n");
    expect(lines).toHaveLength(501);
    expect(lines[0]).toBe("serial,deviceId,secret,label,batch,tags");
    const rows = lines.slice(1).map((line) => line.split(","));
    expect(rows.map((row) => row[0])).toEqual(serials);
    for (const [, deviceId, secret, label, batch, tags] of rows) {
      expect(deviceId).toMatch(/^dev_[a-z0-9]{20}$/);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(label).toMatch(/^Unit \d+$/);
      expect(batch).toBe(`LOT-${stamp}`);
      expect(tags).toBe("");
    }
    await expect(page.getByText("Manifest downloaded.")).toBeVisible();
  });

  const target = serials[123]!;
  await test.step("find one device by serial", async () => {
    await page.getByRole("navigation", { name: "Console" }).getByRole("link", { name: "Devices" }).click();
    await expect(page).toHaveURL(`/o/${DEMO.slug}/devices`);
    await page.getByLabel("Search", { exact: true }).fill(target);
    const table = page.getByRole("table", { name: "Devices" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${target}`));
    await table.getByRole("link", { name: target }).click();
    await expect(page.getByRole("heading", { level: 1, name: target })).toBeVisible();
    await expect(detail(page, "Status")).toHaveText("Provisioned");
    await expect(detail(page, "Label")).toHaveText("Unit 123");
  });

  await test.step("suspend it, then resume it", async () => {
    await page.getByRole("button", { name: "Suspend", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Suspend device" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Device suspended." })).toBeVisible();
    await expect(detail(page, "Status")).toHaveText("Suspended");
    await expect(page.getByRole("list", { name: "Device history" })).toContainText("Suspended");

    await page.getByRole("button", { name: "Resume", exact: true }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Resume device" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Device resumed." })).toBeVisible();
    await expect(detail(page, "Status")).toHaveText("Provisioned");
    const history = page.getByRole("list", { name: "Device history" }).getByRole("listitem");
    await expect(history).toHaveCount(3);
    await expect(history.last()).toContainText("Registered");
  });
});

test("a CSV with a duplicate serial and an invalid serial shows both errors by row and cannot be registered", async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  await signIn(page);
  await createSku(page, `E2E Errors ${stamp}`, `ERR-${stamp}`);
  await page.getByRole("main").getByRole("link", { name: "Register devices" }).first().click();

  // Row numbers are the file's lines: the header is row 1.
  await uploadCsv(page, ["serial,label,batch", `DUP-${stamp},first,`, `OK-${stamp},,`, `DUP-${stamp},second,`, "bad serial!,,"].join("\n"));

  const errors = page.getByRole("list", { name: "Rows with errors" });
  await expect(errors.getByRole("listitem")).toHaveCount(3);
  await expect(errors.getByRole("listitem").filter({ hasText: /^Row 2 / })).toContainText(`Duplicate serial "DUP-${stamp}": also on row 4.`);
  await expect(errors.getByRole("listitem").filter({ hasText: /^Row 4 / })).toContainText(`Duplicate serial "DUP-${stamp}": also on row 2.`);
  await expect(errors.getByRole("listitem").filter({ hasText: /^Row 5 / })).toContainText("Serials start with a letter or digit");
  await expect(page.getByLabel("File summary")).toContainText("With errors3");
  await expect(page.getByRole("button", { name: "Register 4 devices" })).toBeDisabled();
});
