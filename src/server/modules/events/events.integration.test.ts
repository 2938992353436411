/** The event outbox: each change announces itself in its own transaction — once, with what receivers need, and never for a change that did not happen. */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { emitEvent } from "./emit";
import { EVENT_RETENTION_DAYS, pruneEvents } from "./prune";
import { settleOrder } from "@/server/modules/billing/settle-order";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { activateDevices } from "@/server/modules/licenses/activate-devices";
import { activateDevice, callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT, giveBillingProfile } from "@/testing/factories";

const events = (orgId: string) => db.event.findMany({ where: { orgId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, type: true, data: true } });
const types = async (orgId: string) => (await events(orgId)).map((event) => event.type);

async function orgWithSku() {
  const { org, owner, members } = await createOrgWithMembers(["SALES"]);
  const console = callerFor(owner.id);
  const sku = await console.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  return { org, owner, members, console, sku, orgSlug: org.slug };
}

describe("the event outbox", () => {
  it("an event is written with its change or not at all", async () => {
    const { org } = await createOrgWithMembers();
    const failing = db.$transaction(async (tx) => {
      await emitEvent(tx, { orgId: org.id, type: "config.published", data: { configVersion: 9 } });
      throw new Error("the change failed after announcing itself");
    });
    await expect(failing).rejects.toThrow("the change failed");
    expect(await types(org.id)).toEqual([]);
    await db.$transaction((tx) => emitEvent(tx, { orgId: org.id, type: "config.published", data: { configVersion: 9 } }));
    expect(await types(org.id)).toEqual(["config.published"]);
  });

  it("a publish announces config.published; a staged one rollout.started, then each change of the rollout; a refused one nothing", async () => {
    const { org, console, sku, orgSlug } = await orgWithSku();
    await console.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "no-such-agent" }] } });
    await expectTRPCError(console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 1 }), "BAD_REQUEST");
    expect(await types(org.id)).toEqual([]);

    await console.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 1, lineup: { agents: [{ agentId: "story-teller" }] } });
    await console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2, note: "first" });
    const [published] = await events(org.id);
    expect(published).toMatchObject({ id: expect.stringMatching(/^evt_[0-9a-f]{32}$/), type: "config.published", data: { skuId: sku.id, sku: sku.code, configVersion: 1, note: "first", rolledBackFrom: null } });

    await console.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 2, lineup: { agents: [{ agentId: "kids-companion" }] } });
    const { rolloutId } = await console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 3, rollout: { steps: [10, 100], stepMinutes: 60 } });
    await console.rollout.pause({ orgSlug, rolloutId: rolloutId! });
    await console.rollout.resume({ orgSlug, rolloutId: rolloutId! });
    await console.rollout.promote({ orgSlug, rolloutId: rolloutId! });
    await console.rollout.promote({ orgSlug, rolloutId: rolloutId! });
    await expectTRPCError(console.rollout.abort({ orgSlug, rolloutId: rolloutId! }), "CONFLICT");
    expect(await types(org.id)).toEqual(["config.published", "rollout.started", "rollout.paused", "rollout.resumed", "rollout.promoted", "rollout.completed"]);
    expect((await events(org.id)).at(-1)!.data).toEqual({ rolloutId, skuId: sku.id, sku: sku.code, fromVersion: 1, toVersion: 2, status: "completed", percent: 100, reason: null });
  });

  it("suspending and revoking devices announce each device once; resuming, and changes that do not apply, announce nothing", async () => {
    const { org, console, sku, orgSlug } = await orgWithSku();
    const { devices } = await console.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "EV-1" }, { serial: "EV-2" }] });
    const ids = devices.map((d) => d.id);
    await console.device.changeStatus({ orgSlug, deviceIds: ids, action: "suspend" });
    await console.device.changeStatus({ orgSlug, deviceIds: ids, action: "suspend" });
    await console.device.changeStatus({ orgSlug, deviceIds: [ids[0]!], action: "resume" });
    await console.device.changeStatus({ orgSlug, deviceIds: [ids[1]!], action: "revoke" });
    const all = await events(org.id);
    expect(all.map((e) => e.type)).toEqual(["device.suspended", "device.suspended", "device.revoked"]);
    expect(all.map((e) => e.data)).toEqual(
      expect.arrayContaining([
        { deviceId: ids[0], serial: "EV-1", skuId: sku.id, from: "provisioned" },
        { deviceId: ids[1], serial: "EV-2", skuId: sku.id, from: "suspended" },
      ]),
    );
  });

  it("an API key announces itself without its secret; a paid order and its refund each announce once", async () => {
    const { org, console, members, orgSlug } = await orgWithSku();
    const { key } = await console.apiKey.create({ orgSlug, name: "ERP", scopes: ["licenses:read"] });
    await giveBillingProfile(org.id, members.SALES!.id);
    const sales = callerFor(members.SALES!.id);
    const { orderId } = await sales.license.checkout({ orgSlug, packageId: "pkg_seats_usd", seats: 100 });
    await sales.license.completeLocalCheckout({ orgSlug, orderId, outcome: "paid" });
    await db.$transaction((tx) => settleOrder(tx, orderId, { amountRefunded: 10_000 }));
    await db.$transaction((tx) => settleOrder(tx, orderId, { amountRefunded: 10_000 })); // the same report again

    const all = await events(org.id);
    expect(all.map((e) => e.type)).toEqual(["api_key.created", "order.paid", "order.refunded"]);
    expect(JSON.stringify(all[0]!.data)).not.toContain(key);
    expect(all[0]!.data).toMatchObject({ name: "ERP", scopes: ["licenses:read"], prefix: expect.stringMatching(/^anima_sk_/) });
    expect(all[1]!.data).toMatchObject({ orderId, seats: 100, seatsAdded: 100, currency: "usd" });
    expect(all[2]!.data).toMatchObject({ orderId, amountRefunded: 10_000 });
  });

  it("a group activation announces device.activated once for each device it activated: not for one refused a seat, nor for one already active", async () => {
    const { org, console, sku, orgSlug } = await orgWithSku();
    await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 2, reason: "events test" });
    const { devices } = await console.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "ACT-1" }, { serial: "ACT-2" }, { serial: "ACT-3" }] });
    const [first, second, third] = devices.map((d) => d.id) as [string, string, string];
    const at = new Date("2026-12-24T23:59:58.123Z");
    await db.$transaction((tx) => activateDevices(tx, org.id, [{ deviceId: first, at }]));
    const outcome = await db.$transaction((tx) =>
      activateDevices(tx, org.id, [
        { deviceId: first, at },
        { deviceId: second, firmware: "2.1.0", at },
        { deviceId: third, at },
      ]),
    );
    expect([...outcome.exhausted]).toEqual([third]);
    const activated = (await events(org.id)).filter((e) => e.type === "device.activated");
    expect(activated.map((e) => e.data)).toEqual(
      expect.arrayContaining([
        { deviceId: first, serial: "ACT-1", skuId: sku.id, firmware: null, activatedAt: at.toISOString() },
        { deviceId: second, serial: "ACT-2", skuId: sku.id, firmware: "2.1.0", activatedAt: at.toISOString() },
      ]),
    );
    expect(activated).toHaveLength(2);
    // Ids lead with the time in ms, so they land at the right edge of the primary key's index.
    for (const { id } of activated) {
      expect(id).toMatch(/^evt_[0-9a-f]{32}$/);
      expect(Math.abs(parseInt(id.slice(4, 16), 16) - Date.now())).toBeLessThan(60_000);
    }
  });

  it("seats.low is announced once per threshold crossed, however many callers notice it", async () => {
    const { org, console, sku, orgSlug } = await orgWithSku();
    await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 10, reason: "events test" });
    const { devices } = await console.device.register({ orgSlug, skuId: sku.id, devices: Array.from({ length: 7 }, (_, i) => ({ serial: `LOW-${i}` })) });
    for (const device of devices) await activateDevice(org.id, device.id);
    await Promise.all([refreshUtilizationAlert(db, org.id), refreshUtilizationAlert(db, org.id), refreshUtilizationAlert(db, org.id)]);
    const low = (await events(org.id)).filter((e) => e.type === "seats.low");
    expect(low.map((e) => e.data)).toEqual([{ level: 70, seatsUsed: 7, seatsTotal: 10 }]);
  });

  it("retention drops events past their days, with their webhook deliveries, and keeps the rest", async () => {
    const { org } = await createOrgWithMembers();
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    await db.$transaction(async (tx) => {
      await emitEvent(tx, { orgId: org.id, type: "config.published", data: { configVersion: 1 }, at: daysAgo(EVENT_RETENTION_DAYS + 1) });
      await emitEvent(tx, { orgId: org.id, type: "config.published", data: { configVersion: 2 }, at: daysAgo(EVENT_RETENTION_DAYS - 1) });
    });
    const endpoint = await db.webhookEndpoint.create({ data: { orgId: org.id, url: "https://erp.example.com/hook", events: ["config.published"] } });
    const [old] = await events(org.id);
    await db.webhookDelivery.create({ data: { orgId: org.id, endpointId: endpoint.id, eventId: old!.id, status: "delivered" } });
    expect(await pruneEvents(db)).toBeGreaterThanOrEqual(1);
    expect((await events(org.id)).map((e) => e.data)).toEqual([{ configVersion: 2 }]);
    expect(await db.webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
  });
});
