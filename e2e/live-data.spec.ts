import { expect, test } from "@playwright/test";
import { ACME, OWNER, parseCount, signIn } from "./demo-users";
import { registerAndBoot } from "./device-helpers";

test("the dashboard re-reads its figures while open and says how fresh they are", async ({ page, context, request, baseURL }) => {
  test.setTimeout(120_000);
  // A controllable clock (it runs on by itself; fastForward jumps ahead and fires due timers).
  await page.clock.install();
  await signIn(page, OWNER);
  await expect(page).toHaveURL(`/o/${ACME.slug}`);
  const devicesTile = page.getByRole("listitem").filter({ has: page.getByLabel("Devices", { exact: true }) });
  const devices = devicesTile.getByRole("link").first();
  await expect(devices).toHaveText(/\d/);
  const before = parseCount(await devices.textContent());
  await expect(page.getByTestId("updated-ago")).toContainText(/Updated (just now|\d+ s ago)/);

  await page.clock.fastForward(12_000);
  await expect(page.getByTestId("updated-ago")).toContainText(/Updated 1[2-4] s ago/);

  // A device registered elsewhere shows up without a reload once the refresh interval passes.
  const elsewhere = await context.newPage();
  await registerAndBoot(elsewhere, request, baseURL, `LIVE-${Date.now()}`, "1.4.2");
  await elsewhere.close();
  await expect(devices).toHaveText(before.toLocaleString("en"));
  await page.clock.fastForward(31_000);
  await expect(devices).toHaveText((before + 1).toLocaleString("en"));
  await expect(page.getByTestId("updated-ago")).toContainText(/Updated (just now|\d s ago)/);
});
