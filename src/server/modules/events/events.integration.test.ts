/** The event outbox: each change announces itself in its own transaction — once, with what receivers need, and never for a change that did not happen. */
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { emitEvent } from "./emit";
import { settleOrder } from "@/server/modules/billing/settle-order";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { activateDevice, callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";

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
    const sales = callerFor(members.SALES!.id);
    const { orderId } = await sales.license.checkout({ orgSlug, packageId: "pkg_starter_100", packages: 1 });
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

  it("seats.low is announced once per threshold crossed, however many callers notice it", async () => {
    const { org, console, sku, orgSlug } = await orgWithSku();
    await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 10, reason: "events test" });
    const { devices } = await console.device.register({ orgSlug, skuId: sku.id, devices: Array.from({ length: 7 }, (_, i) => ({ serial: `LOW-${i}` })) });
    for (const device of devices) await activateDevice(org.id, device.id);
    await Promise.all([refreshUtilizationAlert(db, org.id), refreshUtilizationAlert(db, org.id), refreshUtilizationAlert(db, org.id)]);
    const low = (await events(org.id)).filter((e) => e.type === "seats.low");
    expect(low.map((e) => e.data)).toEqual([{ level: 70, seatsUsed: 7, seatsTotal: 10 }]);
  });
});
