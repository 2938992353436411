import { expect, test } from "@playwright/test";
import { ACME, OWNER, signIn, VIEWER } from "./demo-users";

test("an owner sets how long device session tokens live; out-of-range values are refused", async ({ page }) => {
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/settings`);
  const form = page.getByRole("form", { name: "Device sessions" });
  const lifetime = form.getByLabel("Token lifetime (seconds)");
  await expect(lifetime).toHaveValue("900");

  await lifetime.fill("30");
  await form.getByRole("button", { name: "Save lifetime" }).click();
  await expect(form.getByText("The token lifetime is at least 60 seconds.")).toBeVisible();

  await lifetime.fill("300");
  await form.getByRole("button", { name: "Save lifetime" }).click();
  await expect(form.getByRole("status")).toHaveText("Token lifetime saved.");
  await page.reload();
  await expect(page.getByRole("form", { name: "Device sessions" }).getByLabel("Token lifetime (seconds)")).toHaveValue("300");
});

test("a viewer reads the token lifetime but cannot change it", async ({ page }) => {
  await signIn(page, VIEWER);
  await page.goto(`/o/${ACME.slug}/settings`);
  const form = page.getByRole("form", { name: "Device sessions" });
  await expect(form.getByLabel("Token lifetime (seconds)")).toHaveAttribute("readonly", "");
  await expect(form.getByRole("button", { name: "Save lifetime" })).toHaveCount(0);
});
