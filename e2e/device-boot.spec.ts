import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ACME, OWNER, readSeatStat, readStat, signIn } from "./demo-users";

/** The gateway runs beside the console on the next port (playwright.config.ts). */
function gatewayUrl(baseURL: string | undefined): string {
  const console = new URL(baseURL ?? "http://localhost:3210");
  return `http://localhost:${Number(console.port) + 1}`;
}

const detail = (page: import("@playwright/test").Page, label: string) => page.locator(`dt:text-is("${label}") + dd`);

test("a device registered in the console boots through the gateway, takes its seat and shows up active", async ({ page, request, baseURL }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const serial = `BOOT-${stamp}`;
  await signIn(page, OWNER);
  await page.goto(`/o/${ACME.slug}/licenses`);
  const usedBefore = await readSeatStat(page, "Used");

  await test.step("register one device on the Pip bear and download its secret", async () => {
    await page.goto(`/o/${ACME.slug}/skus`);
    await page.getByRole("link", { name: "Pip Talking Bear" }).click();
    await page.getByRole("main").getByRole("link", { name: "Register devices" }).first().click();
    await page.getByText("CSV upload", { exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles({ name: "one.csv", mimeType: "text/csv", buffer: Buffer.from(`serial\r\n${serial}`) });
    await page.getByRole("button", { name: "Register 1 device" }).click();
    await expect(page.getByRole("heading", { name: "1 device registered" })).toBeVisible();
  });
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download factory manifest (CSV)" }).click();
  const [, deviceId, secret] = (await readFile(await (await downloading).path(), "utf8")).trimEnd().split("\r\n")[1]!.split(",");

  const gateway = gatewayUrl(baseURL);
  const boot = await request.post(`${gateway}/trpc/device.boot`, { data: { deviceId, secret, firmware: "3.2.1" } });
  expect(boot.status()).toBe(200);
  const { result } = (await boot.json()) as { result: { data: { license: { status: string }; configVersion: number; config: { agents: { id: string }[] }; session: { token: string } } } };
  expect(result.data.license.status).toBe("active");
  expect(result.data.config.agents.map((a) => a.id)).toContain("kids-companion");
  const config = await request.get(`${gateway}/trpc/device.config`, {
    params: { input: JSON.stringify({ configVersion: result.data.configVersion }) },
    headers: { authorization: `Bearer ${result.data.session.token}` },
  });
  expect((await config.json()).result.data).toEqual({ configVersion: result.data.configVersion, config: null });

  await page.goto(`/o/${ACME.slug}/devices/${deviceId}`);
  await expect(page.getByRole("heading", { level: 1, name: serial })).toBeVisible();
  await expect(detail(page, "Status")).toHaveText("Active");
  await expect(detail(page, "Firmware")).toHaveText("3.2.1");
  await expect(page.getByText(/Holds a seat since/)).toBeVisible();
  await page.goto(`/o/${ACME.slug}/licenses`);
  await expect.poll(() => readSeatStat(page, "Used")).toBe(usedBefore + 1);

  await test.step("its telemetry shows up on the latency page within a minute", async () => {
    const samples = Array.from({ length: 12 }, (_, i) => ({ at: new Date().toISOString(), kind: "voice", e2eMs: 700 + 25 * i, agentId: "kids-companion" }));
    const report = await request.post(`${gateway}/trpc/device.reportTelemetry`, { data: { batchId: randomUUID(), samples }, headers: { authorization: `Bearer ${result.data.session.token}` } });
    expect((await report.json()).result.data).toEqual({ accepted: 12, duplicate: false });
    // Only this device runs firmware 3.2.1: the filtered page counts exactly its interactions.
    await page.goto(`/o/${ACME.slug}/latency?range=1h&firmware=3.2.1`);
    await expect(async () => {
      await page.reload();
      expect(await readStat(page, "Latency summary", "Interactions")).toBe(12);
    }).toPass({ timeout: 60_000, intervals: [2_000] });
  });
});
