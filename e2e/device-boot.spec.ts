import { expect, test } from "@playwright/test";
import { ACME, OWNER, readSeatStat, readStat, signIn } from "./demo-users";
import { registerAndBoot, reportTelemetry } from "./device-helpers";

const detail = (page: import("@playwright/test").Page, label: string) => page.locator(`dt:text-is("${label}") + dd`);

test("a device registered in the console boots through the gateway, takes its seat and shows up active", async ({ page, request, baseURL }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const serial = `BOOT-${stamp}`;
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/licenses`);
  const usedBefore = await readSeatStat(page, "Used");

  const { gateway, deviceId, boot } = await test.step("register one device on the Pip bear and boot it", () => registerAndBoot(page, request, baseURL, serial, "3.2.1"));
  expect(boot.license.status).toBe("active");
  expect(boot.config.agents.map((a) => a.id)).toContain("kids-companion");
  const config = await request.get(`${gateway}/trpc/device.config`, {
    params: { input: JSON.stringify({ configVersion: boot.configVersion }) },
    headers: { authorization: `Bearer ${boot.session.token}` },
  });
  expect((await config.json()).result.data).toEqual({ configVersion: boot.configVersion, config: null });

  await page.goto(`/o/${ACME.slug}/devices/${deviceId}`);
  await expect(page.getByRole("heading", { level: 1, name: serial })).toBeVisible();
  await expect(detail(page, "Status")).toHaveText("Active");
  await expect(detail(page, "Firmware")).toHaveText("3.2.1");
  await expect(page.getByText(/Holds a seat since/)).toBeVisible();
  await page.goto(`/o/${ACME.slug}/licenses`);
  await expect.poll(() => readSeatStat(page, "Used")).toBe(usedBefore + 1);

  await test.step("its telemetry shows up on the latency page within a minute", async () => {
    const samples = Array.from({ length: 12 }, (_, i) => ({ at: new Date().toISOString(), kind: "voice", e2eMs: 700 + 25 * i, agentId: "kids-companion" }));
    await reportTelemetry(request, gateway, boot.session.token, samples);
    // Only this device runs firmware 3.2.1: the filtered page counts exactly its interactions.
    await page.goto(`/o/${ACME.slug}/latency?range=1h&firmware=3.2.1`);
    await expect(async () => {
      await page.reload();
      expect(await readStat(page, "Latency summary", "Interactions")).toBe(12);
    }).toPass({ timeout: 60_000, intervals: [2_000] });
  });
});
