/** Alert rules judged from real data: latency from the rollups of ingested telemetry, offline devices, seats; hysteresis, the quiet interval, incidents and events. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { ingestTelemetry } from "@/server/modules/telemetry/ingest";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { activateDevice, callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { evaluateAlerts } from "./evaluate";
import { createAlertRule, setAlertRuleEnabled } from "./rules";

const actor = { type: "system", label: "test" } as const;
const MIN = 60_000;
/** Readings are taken at times an hour back, so every sample is in the past when it is sent. */
const t0 = new Date(Math.floor((Date.now() - 90 * MIN) / MIN) * MIN);
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

async function orgWithSku() {
  const { org, owner } = await createOrgWithMembers();
  const sku = await callerFor(owner.id).sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  return { org, owner, sku };
}

const ruleRow = (id: string) => db.alertRule.findUniqueOrThrow({ where: { id }, select: { state: true, lastValue: true } });
const incidents = (ruleId: string) =>
  db.alertIncident.findMany({ where: { ruleId }, orderBy: { startedAt: "asc" }, select: { startedAt: true, resolvedAt: true, startValue: true, peakValue: true, endValue: true } });
const eventsOf = (orgId: string) => db.event.findMany({ where: { orgId, type: { startsWith: "slo." } }, orderBy: { createdAt: "asc" }, select: { type: true, data: true, createdAt: true } });
const eventTypes = async (orgId: string, prefix: string) => (await db.event.findMany({ where: { orgId, type: { startsWith: prefix } }, orderBy: { createdAt: "asc" } })).map((e) => e.type);

describe("alert rules", () => {
  it("a latency rule fires from the rollups, holds between 90 % of its threshold and the threshold, resolves below, and waits out its quiet interval", async () => {
    const { org, owner, sku } = await orgWithSku();
    const rule = await createAlertRule(db, org.id, actor, {
      kind: "slo_breach",
      name: "Toy voice p95",
      skuId: sku.id,
      interactionKind: "voice",
      threshold: 1000,
      windowMinutes: 10,
      minSample: 20,
      minIntervalMinutes: 15,
      emailUserIds: [owner.id],
    });
    const report = async (minute: number, e2eMs: number, count = 30) => {
      await ingestTelemetry(
        db,
        { orgId: org.id, skuId: sku.id, deviceId: `dev-${minute}`, firmware: "1.0.0", configVersion: 1 },
        { batchId: randomUUID(), samples: Array.from({ length: count }, () => ({ at: at(minute).toISOString(), kind: "voice" as const, e2eMs })) },
      );
      await rollUpAll(db);
    };
    const evaluate = async (minute: number) => {
      await evaluateAlerts(db, at(minute));
      return (await ruleRow(rule.id)).state;
    };

    await report(-2, 1500, 10);
    expect(await evaluate(0)).toBe("ok"); // 10 interactions: too few to judge
    await report(-1, 1500, 20);
    expect(await evaluate(0)).toBe("firing");
    expect(await evaluate(1)).toBe("firing"); // no second announcement while it fires

    await report(9, 950);
    expect(await evaluate(11)).toBe("firing"); // 950 ms: under the threshold, not under 90 % of it
    expect((await ruleRow(rule.id)).lastValue).toBeGreaterThan(900);
    await report(15, 2500);
    await evaluate(16);
    await report(21, 500);
    expect(await evaluate(26)).toBe("ok");

    await report(35, 2000);
    expect(await evaluate(36)).toBe("ok"); // 10 minutes after the last notification (the recovery): quiet
    expect(await evaluate(41)).toBe("firing"); // 15 minutes after it

    const history = await incidents(rule.id);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ startedAt: at(0), resolvedAt: at(26), startValue: expect.closeTo(1500, -2), endValue: expect.closeTo(500, -1) });
    expect(history[0]!.peakValue).toBeCloseTo(2500, -2);
    expect(history[1]).toMatchObject({ startedAt: at(41), resolvedAt: null });

    const events = await eventsOf(org.id);
    expect(events.map((e) => e.type)).toEqual(["slo.breached", "slo.recovered", "slo.breached"]);
    expect(events.map((e) => e.createdAt)).toEqual([at(0), at(26), at(41)]);
    expect(events[0]!.data).toMatchObject({ alertRuleId: rule.id, name: "Toy voice p95", kind: "slo_breach", skuId: sku.id, sku: sku.code, interactionKind: "voice", threshold: 1000, windowMinutes: 10 });
  });

  it("an offline rule judges the share of devices seen in the last day that went unseen, and only with enough devices", async () => {
    const { org, owner, sku } = await orgWithSku();
    await grantSeats(db, org.id, actor, { seats: 10, reason: "alerts test" });
    const { devices } = await callerFor(owner.id).device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: 10 }, (_, i) => ({ serial: `OFF-${i}` })) });
    for (const device of devices) await activateDevice(org.id, device.id);
    const ids = devices.map((d) => d.id);
    const seen = (some: string[], minutesBefore: number) => db.device.updateMany({ where: { id: { in: some } }, data: { lastSeenAt: at(-minutesBefore) } });
    await seen(ids, 1);
    const rule = await createAlertRule(db, org.id, actor, { kind: "offline_spike", name: "Toys offline", skuId: null, threshold: 30, windowMinutes: 30, minSample: 5, minIntervalMinutes: 1, emailUserIds: [] });

    await seen(ids.slice(0, 4), 45);
    await evaluateAlerts(db, at(0));
    expect(await ruleRow(rule.id)).toEqual({ state: "firing", lastValue: 40 });
    await seen(ids.slice(0, 1), 1);
    await evaluateAlerts(db, at(0));
    expect(await ruleRow(rule.id)).toEqual({ state: "firing", lastValue: 30 }); // not under 27 %
    await seen(ids.slice(1, 2), 1);
    await evaluateAlerts(db, at(0));
    expect(await ruleRow(rule.id)).toEqual({ state: "ok", lastValue: 20 });
    expect(await eventTypes(org.id, "alert.")).toEqual(["alert.triggered", "alert.resolved"]);

    await db.alertRule.update({ where: { id: rule.id }, data: { minSample: 11 } });
    await seen(ids, 45);
    await evaluateAlerts(db, at(5));
    expect(await ruleRow(rule.id)).toEqual({ state: "ok", lastValue: null }); // 10 devices < 11: no judgement
  });

  it("a seats rule fires on the pool's use; a disabled rule is not judged and its open incident is closed", async () => {
    const { org, owner, sku } = await orgWithSku();
    await grantSeats(db, org.id, actor, { seats: 10, reason: "alerts test" });
    const { devices } = await callerFor(owner.id).device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: 9 }, (_, i) => ({ serial: `S-${i}` })) });
    const rule = await createAlertRule(db, org.id, actor, { kind: "seats_low", name: "Seats", threshold: 85, minIntervalMinutes: 15, emailUserIds: [] });
    for (const device of devices.slice(0, 8)) await activateDevice(org.id, device.id);
    await evaluateAlerts(db, at(0));
    expect(await ruleRow(rule.id)).toEqual({ state: "ok", lastValue: 80 });
    await activateDevice(org.id, devices[8]!.id);
    await evaluateAlerts(db, at(1));
    expect(await ruleRow(rule.id)).toEqual({ state: "firing", lastValue: 90 });

    await setAlertRuleEnabled(db, org.id, actor, rule.id, false, at(2));
    await grantSeats(db, org.id, actor, { seats: 90, reason: "alerts test" });
    await evaluateAlerts(db, at(3));
    expect(await ruleRow(rule.id)).toEqual({ state: "ok", lastValue: 90 });
    expect(await incidents(rule.id)).toEqual([expect.objectContaining({ startedAt: at(1), resolvedAt: at(2) })]);
    expect(await eventTypes(org.id, "alert.")).toEqual(["alert.triggered"]);
  });
});
