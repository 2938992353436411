import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { ACME } from "./demo-users";

/** The gateway runs beside the console on the next port (playwright.config.ts). */
export function gatewayUrl(baseURL: string | undefined): string {
  const console = new URL(baseURL ?? "http://localhost:3210");
  return `http://localhost:${Number(console.port) + 1}`;
}

export type BootResult = { license: { status: string }; configVersion: number; config: { agents: { id: string }[] }; session: { token: string } };

/**
 * Registers devices on a SKU through the console (signed in as an owner or developer) and
 * reads their ids and secrets from the factory manifest, as a factory would.
 */
export async function registerDevices(page: Page, skuName: string, serials: string[]): Promise<{ deviceId: string; secret: string }[]> {
  await page.goto(`/o/${ACME.slug}/skus`);
  await page.getByRole("link", { name: skuName }).click();
  await page.getByRole("main").getByRole("link", { name: "Register devices" }).first().click();
  await page.getByText("CSV upload", { exact: true }).click();
  await page.locator('input[type="file"]').setInputFiles({ name: "devices.csv", mimeType: "text/csv", buffer: Buffer.from(["serial", ...serials].join("\r\n")) });
  const noun = serials.length === 1 ? "device" : "devices";
  await page.getByRole("button", { name: `Register ${serials.length} ${noun}` }).click();
  await expect(page.getByRole("heading", { name: `${serials.length} ${noun} registered` })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download factory manifest (CSV)" }).click();
  const rows = (await readFile(await (await downloading).path(), "utf8")).trimEnd().split("\r\n").slice(1);
  return rows.map((row) => {
    const [, deviceId, secret] = row.split(",");
    return { deviceId: deviceId!, secret: secret! };
  });
}

/** Boots a device through the gateway on `firmware` and returns its answer (200 expected). */
export async function bootDevice(request: APIRequestContext, gateway: string, device: { deviceId: string; secret: string }, firmware: string, boot: Record<string, unknown> = {}) {
  const booted = await request.post(`${gateway}/trpc/device.boot`, { data: { ...device, firmware, ...boot } });
  expect(booted.status(), `device.boot answered ${booted.status()}: ${(await booted.text()).slice(0, 300)}`).toBe(200);
  const { result } = (await booted.json()) as { result: { data: BootResult } };
  return result.data;
}

/**
 * Registers one device on the Pip bear through the console (signed in as the owner), downloads
 * its secret from the factory manifest and boots it through the gateway on `firmware`.
 */
export async function registerAndBoot(
  page: Page,
  request: APIRequestContext,
  baseURL: string | undefined,
  serial: string,
  firmware: string,
  /** more fields of the boot input, e.g. the `configVersion` the device holds */
  boot: Record<string, unknown> = {},
) {
  const [device] = await registerDevices(page, "Pip Talking Bear", [serial]);
  const gateway = gatewayUrl(baseURL);
  return { gateway, deviceId: device!.deviceId, boot: await bootDevice(request, gateway, device!, firmware, boot) };
}

/**
 * Reports one telemetry batch as the booted device and checks it was accepted whole. Like a
 * device, it retries the same batch (idempotent by id) when the gateway sheds load (429/503,
 * honouring Retry-After, a few times at most); any other answer fails with its body.
 */
export async function reportTelemetry(request: APIRequestContext, gateway: string, token: string, samples: readonly Record<string, unknown>[]) {
  const data = { batchId: randomUUID(), samples };
  for (let attempt = 1; ; attempt++) {
    const report = await request.post(`${gateway}/trpc/device.reportTelemetry`, { data, headers: { authorization: `Bearer ${token}` } });
    const body = (await report.json()) as { result?: { data: unknown } };
    if ((report.status() === 429 || report.status() === 503) && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(report.headers()["retry-after"] ?? 1), 5) * 1_000));
      continue;
    }
    expect(body.result?.data, `device.reportTelemetry answered ${report.status()}: ${JSON.stringify(body).slice(0, 300)}`).toEqual({ accepted: samples.length, duplicate: false });
    return;
  }
}
