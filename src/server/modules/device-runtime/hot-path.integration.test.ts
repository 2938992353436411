/** The boot path's caches and batched writes: what a change elsewhere does, and when. */
import { describe, expect, it } from "vitest";
import { startInvalidationFeed } from "@/server/cache/invalidation";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { bootDevice } from "./boot";
import { flushLastSeen, noteSeen } from "./last-seen";
import { loadDevice } from "./load";

async function fleet(count: number) {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `H-${i}` })) });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: count, reason: "hot path tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, caller, sku, devices };
}

const POLL_MS = 100;

const until = async (check: () => Promise<boolean>, timeoutMs = 3_000) => {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("condition not met in time");
};

describe("gateway hot path", () => {
  it("changes made in this process apply to the next boot at once: publish, secret rotation, suspension, session policy", async () => {
    const { caller, org, sku, devices } = await fleet(1);
    const [device] = devices;
    expect(await bootDevice(db, { deviceId: device!.id, secret: device!.secret })).toMatchObject({ configVersion: 1 });

    await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 1, lineup: { agents: [{ agentId: "kids-companion" }] } });
    await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 2 });
    expect(await bootDevice(db, { deviceId: device!.id, secret: device!.secret, configVersion: 1 })).toMatchObject({ configVersion: 2, config: { version: 2 } });

    await caller.organization.setSessionPolicy({ orgSlug: org.slug, sessionTtlSeconds: 300 });
    expect((await bootDevice(db, { deviceId: device!.id, secret: device!.secret })).session.expiresIn).toBe(300);

    const { secret } = await caller.device.rotateSecret({ orgSlug: org.slug, deviceId: device!.id });
    await expect(bootDevice(db, { deviceId: device!.id, secret: device!.secret })).rejects.toMatchObject({ reason: "INVALID_CREDENTIALS" });
    await expect(bootDevice(db, { deviceId: device!.id, secret })).resolves.toMatchObject({ deviceId: device!.id });

    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [device!.id], action: "suspend" });
    await expect(bootDevice(db, { deviceId: device!.id, secret })).rejects.toMatchObject({ reason: "DEVICE_SUSPENDED" });
  });

  it("a change committed by another process (outbox row, no local notice) reaches this one within the poll interval", async () => {
    const { devices } = await fleet(1);
    const [device] = devices;
    await bootDevice(db, { deviceId: device!.id, secret: device!.secret });
    // Another instance suspends the device: the database changes, this process hears nothing directly.
    await db.$transaction([
      db.device.update({ where: { id: device!.id }, data: { status: "suspended" } }),
      db.cacheInvalidation.create({ data: { scope: "device", key: device!.id } }),
    ]);
    // Served from the cache until this process reads the outbox...
    await expect(bootDevice(db, { deviceId: device!.id, secret: device!.secret })).resolves.toMatchObject({ deviceId: device!.id });
    // ...then refused, within a few poll intervals of the feed.
    const stopFeed = startInvalidationFeed(db, POLL_MS);
    try {
      const waited = await until(() => bootDevice(db, { deviceId: device!.id, secret: device!.secret }).then(() => false, (e: { reason?: string }) => e.reason === "DEVICE_SUSPENDED"));
      expect(waited).toBeLessThan(10 * POLL_MS);
    } finally {
      stopFeed();
    }
  });

  it("last-seen is written in one batch per flush, at most once a minute per device, firmware changes always", async () => {
    const { org, devices } = await fleet(30);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await db.device.updateMany({ where: { orgId: org.id }, data: { lastSeenAt: hourAgo, firmware: "1.0.0" } });
    const seenRecently = () => db.device.count({ where: { orgId: org.id, lastSeenAt: { gt: new Date(Date.now() - 60_000) } } });
    const now = new Date();
    const seen = (id: string, lastSeenAt: Date) => ({ id, orgId: org.id, lastSeenAt, firmware: "1.0.0", configGiven: 3, configReported: 3 });
    for (const d of devices) noteSeen(seen(d.id, hourAgo), { firmware: "1.0.0", configGiven: 3, configReported: 3 }, now);
    expect(await seenRecently()).toBe(0); // a boot answers without writing
    await flushLastSeen(db);
    expect(await seenRecently()).toBe(30);

    await db.device.updateMany({ where: { orgId: org.id }, data: { lastSeenAt: hourAgo } });
    const justSeen = new Date(now.getTime() - 10_000);
    noteSeen(seen(devices[0]!.id, justSeen), { firmware: "1.0.0", configGiven: 3, configReported: 3 }, now); // seen 10 s ago: skipped
    noteSeen(seen(devices[1]!.id, justSeen), { firmware: "1.1.0" }, now); // new firmware: written
    await flushLastSeen(db);
    expect(await seenRecently()).toBe(1);
    expect(await db.device.findUniqueOrThrow({ where: { id: devices[1]!.id } })).toMatchObject({ firmware: "1.1.0", lastSeenAt: now });
    expect(await db.device.findUniqueOrThrow({ where: { id: devices[0]!.id } })).toMatchObject({ firmware: "1.0.0", lastSeenAt: hourAgo });

    // A config the device did not hold yet is written at once, like new firmware.
    noteSeen(seen(devices[2]!.id, justSeen), { configGiven: 4, configReported: 3 }, now);
    await flushLastSeen(db);
    expect(await db.device.findUniqueOrThrow({ where: { id: devices[2]!.id } })).toMatchObject({ configGiven: 4, configReported: 3, lastSeenAt: now });
  });

  it("boots are sampled through the same flush: at most one per device per hour", async () => {
    const { org, devices } = await fleet(2);
    const [a, b] = [devices[0]!, devices[1]!];
    const hour = Date.UTC(2026, 0, 5, 10);
    const at = (minutes: number) => new Date(hour + minutes * 60_000);
    const view = (id: string) => ({ id, orgId: org.id, lastSeenAt: null, firmware: null, configGiven: null, configReported: null });
    noteSeen(view(a.id), { firmware: "2.0.0", configGiven: 5, configReported: 4, boot: true }, at(1));
    noteSeen(view(b.id), { configGiven: 5 }, at(1)); // a refresh: seen, not a boot
    await flushLastSeen(db);
    noteSeen(view(a.id), { firmware: "2.0.0", boot: true }, at(30)); // same hour: not sampled again
    await flushLastSeen(db);
    noteSeen(view(a.id), { firmware: "2.0.0", boot: true }, at(70)); // next hour: sampled
    await flushLastSeen(db);
    const boots = await db.deviceBoot.findMany({ where: { orgId: org.id }, orderBy: { at: "asc" } });
    expect(boots.map((boot) => [boot.deviceId, boot.at.toISOString(), boot.firmware, boot.configVersion])).toEqual([
      [a.id, at(1).toISOString(), "2.0.0", 4],
      [a.id, at(70).toISOString(), "2.0.0", null],
    ]);
  });

  it("a boot in an hour this gateway already sampled is not sent to the database again", async () => {
    const { devices } = await fleet(1);
    const id = devices[0]!.id;
    const hour = Date.UTC(2026, 0, 6, 10);
    const at = (minutes: number) => new Date(hour + minutes * 60_000);
    noteSeen((await loadDevice(db, id))!, { boot: true }, at(1));
    await flushLastSeen(db);
    expect(await db.deviceBoot.count({ where: { deviceId: id } })).toBe(1);

    const cached = (await loadDevice(db, id))!;
    expect(cached.bootSampledHour).toBe(hour / 3_600_000);
    await db.deviceBoot.deleteMany({ where: { deviceId: id } }); // were the boot sent again, it would come back
    noteSeen(cached, { boot: true }, at(30)); // stale (29 min), so the sighting is written — without a boot sample
    await flushLastSeen(db);
    expect(await db.deviceBoot.count({ where: { deviceId: id } })).toBe(0);
    expect((await db.device.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(at(30));
  });

  it("outbox rows carry a UTC creation time the feed's window can compare", async () => {
    const row = await db.cacheInvalidation.create({ data: { scope: "sku", key: "probe" } });
    expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(5_000);
  });
});
