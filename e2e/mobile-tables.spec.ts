import { expect, test } from "@playwright/test";
import { ACME, OWNER, signIn } from "./demo-users";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone, wide tables say they scroll and keep their actions in reach", async ({ page }) => {
  await signIn(page, OWNER);

  await test.step("the audit log shows a scroll cue until its last column is in view", async () => {
    await page.goto(`/o/${ACME.slug}/settings/audit-log`);
    const region = page.getByRole("region", { name: "Audit log (scrolls sideways)" });
    await expect(region).toBeVisible();
    const cue = page.getByTestId("scroll-cue");
    await expect(cue).toHaveText("Scroll for more");
    await page.screenshot({ path: "/tmp/e-audit-390.png" });
    await region.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await expect(cue).toHaveCount(0);
    // The document itself never scrolls sideways: only the table's own box does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  await test.step("a member's Remove button is on screen without scrolling the table", async () => {
    await page.goto(`/o/${ACME.slug}/settings/members`);
    const remove = page.getByRole("table", { name: "Members" }).getByRole("button", { name: /^Remove / }).first();
    await expect(remove).toBeInViewport();
    const box = await remove.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: "/tmp/e-members-390.png" });
  });
});
