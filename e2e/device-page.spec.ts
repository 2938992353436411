import { expect, test } from "@playwright/test";
import { ACME, OWNER, signIn } from "./demo-users";
import { registerAndBoot, reportTelemetry } from "./device-helpers";

/*
 * The device page tells one device's story: booted through the gateway, reporting telemetry,
 * its page shows it online (with the threshold), the config it was given and reports, its
 * timeline and its own latency and usage charts.
 */
test("a booted device's page shows it online, its config given and reported, its timeline and its own charts", async ({ page, request, baseURL }) => {
  const serial = `PAGE-${Date.now().toString(36).toUpperCase()}`;
  await signIn(page, OWNER);
  // Its first boot says it holds config v0 (factory default): it is given the published one.
  const { gateway, deviceId, boot } = await registerAndBoot(page, request, baseURL, serial, "5.0.1", { configVersion: 0 });
  expect(boot.configVersion).toBeGreaterThan(0);
  const now = Date.now();
  await reportTelemetry(request, gateway, boot.session.token, [
    { at: new Date(now - 2_000).toISOString(), kind: "voice", e2eMs: 800, durationMs: 30_000 },
    { at: new Date(now - 1_000).toISOString(), kind: "voice", e2eMs: 1_200, durationMs: 30_000 },
  ]);

  await page.goto(`/o/${ACME.slug}/devices/${deviceId}`);
  await expect(page.getByRole("heading", { level: 1, name: serial })).toBeVisible();

  await test.step("online, with the threshold stated; the config given and the one the device reports", async () => {
    const online = page.getByTestId("online-indicator");
    await expect(online).toContainText("Online");
    await expect(online).toContainText("(online = seen in the last 20 min)");
    // The config given and reported are written behind the boot (the gateway flushes every
    // second), so a fast run can open the page first: reload until the flush has landed.
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(`Given v${boot.configVersion} · Device reports v0 (behind)`)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000, intervals: [1_000] });
  });

  await test.step("the timeline lists the boot, the activation and the registration", async () => {
    const history = page.getByRole("list", { name: "Device history" });
    await expect(history).toContainText("Booted");
    await expect(history).toContainText("firmware 5.0.1 · holds config v0");
    await expect(history).toContainText("Activated");
    await expect(history.getByRole("listitem").last()).toContainText("Registered");
  });

  await test.step("its latency and usage charts show its two interactions once rolled up", async () => {
    const latency = page.getByRole("region", { name: "Device latency" });
    const usage = page.getByRole("region", { name: "Device usage" });
    await expect(async () => {
      await page.reload();
      await expect(usage.getByRole("img")).toHaveAttribute("aria-label", /: 2 in total/, { timeout: 3_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    await expect(latency.getByRole("img")).toHaveAttribute("aria-label", /mean 1,000 ms, worst 1,200 ms; voice SLO 1,000 ms\.$/);
    await expect(latency.locator(".recharts-legend-item")).toHaveText(["Voice mean", "Voice worst"]);
    await expect(latency.getByText("Voice SLO 1.0 s")).toBeVisible();
    await expect(usage).toContainText("2 interactions, 1 min");

    await page.getByLabel("Range").selectOption("30d");
    await expect(usage.getByRole("img")).toHaveAttribute("aria-label", /per day: 2 in total/);
  });

  await page.getByLabel("Range").selectOption("24h");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "/work/shots/dev/device-page-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/work/shots/dev/device-page-390.png", fullPage: true });
});
