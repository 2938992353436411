/**
 * No lockout by strangers, at the module level: `bootDevice` with the client address a gateway
 * would pass, the default limits, a real database. Many source addresses are easy here (over
 * HTTP see src/server/gateway-http/failed-boots.integration.test.ts).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { env } from "@/server/env";
import type { AppError } from "@/server/errors";
import { bootableFleet } from "@/testing/gateway-fleet";
import { bootDevice } from "./boot";

const PER_ADDRESS = env.GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE;
const PER_DEVICE = env.GATEWAY_FAILED_AUTH_PER_DEVICE_PER_HOUR;
const DEVICE_BUDGET = env.GATEWAY_DEVICE_RATE_PER_MINUTE;

/** Boots and answers "ok" or the refusal's reason. */
const boot = (deviceId: string, secret: string, address: string) =>
  bootDevice(db, { deviceId, secret }, { address }).then(
    () => "ok",
    (error: AppError) => error.reason,
  );

async function failures(deviceId: string, addressOf: (attempt: number) => string) {
  const answers: Record<string, number> = {};
  for (let i = 0; i < 1_000; i++) {
    const reason = await boot(deviceId, `guess-${i}`, addressOf(i));
    answers[reason ?? "?"] = (answers[reason ?? "?"] ?? 0) + 1;
  }
  return answers;
}

/** The device boots as often as its own budget allows: a stranger spent none of it. */
async function expectFullBudget(device: { id: string; secret: string }, address: string) {
  const answers = [];
  for (let i = 0; i < DEVICE_BUDGET; i++) answers.push(await boot(device.id, device.secret, address));
  expect(answers).toEqual(Array(DEVICE_BUDGET).fill("ok"));
  expect(await boot(device.id, device.secret, address)).toBe("RATE_LIMITED"); // and the budget itself still holds
}

describe("failed boots do not lock the device out", () => {
  it("a stranger failing 1,000 times from one address: 429 after the per-address limit, while the real device boots its whole budget", async () => {
    expect(PER_ADDRESS).toBeLessThan(1_000);
    const { devices } = await bootableFleet(1);
    const device = devices[0]!;
    expect(await failures(device.id, () => "203.0.113.66")).toEqual({ INVALID_CREDENTIALS: PER_ADDRESS, RATE_LIMITED: 1_000 - PER_ADDRESS });
    await expectFullBudget(device, "198.51.100.7");
    expect(await boot(device.id, "another guess", "203.0.113.66")).toBe("RATE_LIMITED");
  });

  it("1,000 failures from 100 addresses: further failures are 429 past the per-device ceiling, and the real device still boots its whole budget", async () => {
    expect(PER_DEVICE).toBeLessThan(1_000);
    const { devices } = await bootableFleet(1);
    const device = devices[0]!;
    const botnet = (i: number) => `10.1.${i % 100}.7`; // 10 failures each: no address reaches its limit
    expect(await failures(device.id, botnet)).toEqual({ INVALID_CREDENTIALS: PER_DEVICE, RATE_LIMITED: 1_000 - PER_DEVICE });
    await expectFullBudget(device, botnet(3)); // even from an address the botnet used
    expect(await boot(device.id, "another guess", "198.51.100.8")).toBe("RATE_LIMITED");
  });

  it("a suspended device is told so on every boot, however many: its budget is spent after the status check", async () => {
    const { devices, caller, org } = await bootableFleet(1);
    const device = devices[0]!;
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [device.id], action: "suspend" });
    const answers = new Set<string | undefined>();
    for (let i = 0; i < DEVICE_BUDGET + 10; i++) answers.add(await boot(device.id, device.secret, "198.51.100.9"));
    expect([...answers]).toEqual(["DEVICE_SUSPENDED"]);
  });

  it("an unknown deviceId is counted the same way, so the 429 does not reveal which ids exist", async () => {
    expect(await failures("dev_nobody00000000000000", (i) => `10.2.${i % 100}.7`)).toEqual({ INVALID_CREDENTIALS: PER_DEVICE, RATE_LIMITED: 1_000 - PER_DEVICE });
  });
});
