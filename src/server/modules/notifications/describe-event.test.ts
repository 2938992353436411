import { describe, expect, it } from "vitest";
import { describeEvent } from "./describe-event";

const data = {
  name: "Voice p95", interactionKind: "voice", value: 1234.6, threshold: 1000, alertRuleId: "r1", sku: "GLASS-1", configVersion: 7, toVersion: 8, skuId: "s1",
  level: 90, seatsUsed: 900, seatsTotal: 1000, seats: 1200, days: 7, seatsAdded: 1000, seatsRemoved: 1, serial: "SN-1", deviceId: "d1",
};

/** Each event type with its English line, word for word as the bell always showed it. */
const ENGLISH: [string, string][] = [
  ["slo.breached", "Voice p95: voice p95 1,235 ms is over 1000 ms"],
  ["slo.recovered", "Voice p95 resolved: p95 back to 1,235 ms"],
  ["alert.triggered", "Voice p95 is firing (1,235 %)"],
  ["alert.resolved", "Voice p95 resolved (1,235 %)"],
  ["config.published", "GLASS-1 config version 7 is live"],
  ["rollout.started", "GLASS-1 version 8 started rolling out"],
  ["rollout.completed", "GLASS-1 version 8 reached every device"],
  ["rollout.rolled_back", "GLASS-1 version 8 was rolled back by its latency gate"],
  ["rollout.aborted", "GLASS-1 version 8 rollout was aborted"],
  ["seats.low", "90 % of license seats are in use (900 of 1000)"],
  ["seats.expiring", "1200 license seats expire in 7 days: renew them"],
  ["seats.expired", "1200 license seats expired: devices using them are in their grace period"],
  ["seats.reclaimed", "1200 devices lost their license seat after the grace period"],
  ["order.paid", "Order paid: 1000 seats added"],
  ["order.refunded", "Order refunded: 1 seats removed"],
  ["device.suspended", "Device SN-1 was suspended"],
  ["device.revoked", "Device SN-1 was revoked"],
  ["api_key.created", "API key “Voice p95” was created"],
];

describe("describeEvent", () => {
  it("in English, reads every event as before and points to its page", () => {
    for (const [type, title] of ENGLISH) expect(describeEvent(type, data).title).toBe(title);
    expect(describeEvent("seats.expiring", { ...data, days: 1 }).title).toBe("1200 license seats expire in 1 day: renew them");
    expect(describeEvent("slo.breached", data).path).toBe("/alerts/r1");
    expect(describeEvent("rollout.started", data).path).toBe("/skus/s1/config/rollouts");
    expect(describeEvent("device.revoked", data).path).toBe("/devices/d1");
    expect(describeEvent("device.activated", data)).toEqual({ title: "device.activated", path: "" });
  });

  it("in Chinese, words every event from the catalog", () => {
    const zh = (type: string, values = data) => describeEvent(type, values, "zh-CN").title;
    for (const [type, english] of ENGLISH) expect(zh(type)).not.toBe(english);
    expect(zh("slo.breached")).toBe("Voice p95：语音 p95 1,235 ms，超过 1000 ms");
    expect(zh("seats.expiring", { ...data, days: 1 })).toBe("1200 个许可证席位将在 1 天后到期，请续订");
    expect(zh("order.paid")).toBe("订单已付款：已添加 1000 个席位");
    expect(zh("api_key.created")).toBe("已创建 API 密钥“Voice p95”");
    expect(describeEvent("order.paid", data, "zh-CN").path).toBe("/licenses");
  });
});
