import { expect, test } from "@playwright/test";
import { ACME, OWNER, signIn } from "./demo-users";

/*
 * Integrators find the manufacturer API reference from Settings → API keys: Scalar renders the
 * OpenAPI document the API serves, inside the console's Content-Security-Policy.
 */
test("the API reference opens from Settings → API keys and renders the OpenAPI document", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
  });
  page.on("pageerror", (error) => blocked.push(error.message));
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/settings/api-keys`);
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL("/docs/api");
  await expect(page.getByRole("heading", { name: "Anima manufacturer API", exact: true }).first()).toBeVisible({ timeout: 20_000 });
  const sidebar = page.getByRole("complementary", { name: /Sidebar/ });
  await sidebar.getByRole("button", { name: "Open Group - devices" }).click();
  await sidebar.getByRole("link", { name: /Register devices of a SKU by serial/ }).click();
  const operation = page.getByRole("main").getByRole("heading", { name: "Register devices of a SKU by serial" });
  await expect(operation).toBeVisible();
  // The scope and the example come from the router (meta), the schema from its zod input.
  await expect(page.getByText("Scope devices:write (or *).").first()).toBeVisible();
  await expect(page.getByText("PIP-000001").first()).toBeVisible();
  expect(blocked).toEqual([]);

  const document = await page.request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
