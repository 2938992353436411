/**
 * Cross-instance invalidation, measured: a change made by one instance (this test's module
 * graph) reaches a second gateway instance (a fresh copy of the gateway's modules, with
 * caches and listeners of its own) over Redis, or through the outbox poll without it.
 * Requires the local Redis (CI provides it); each run uses a channel of its own.
 */
import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { callerFor, createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { useInvalidationBus, type InvalidationBus } from "./invalidation-bus";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const channel = `anima-test:${randomUUID()}:cache-invalidation`;
const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
const subscriberBase = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
const stops: (() => void)[] = [];

afterEach(() => {
  useInvalidationBus(null);
  for (const stop of stops.splice(0)) stop();
});
afterAll(async () => {
  await Promise.all([publisher.quit(), subscriberBase.quit()]);
});

/** Another gateway process, as far as caches go: fresh module instances (the database client is a process global and is shared). */
async function secondInstance(bus: InvalidationBus | null, pollMs: number) {
  vi.resetModules();
  const { bootDevice } = await import("@/server/modules/device-runtime/boot");
  const { startInvalidationFeed } = await import("./invalidation");
  const { authenticateApiKey } = await import("@/server/modules/api-keys/api-keys");
  stops.push(startInvalidationFeed(db, pollMs, bus));
  return { bootDevice, authenticateApiKey };
}

async function bootable() {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "X-1" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 1, reason: "bus tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, owner, caller, device: devices[0]! };
}

/** Milliseconds from now until `refused` holds, checked every 5 ms. */
async function msUntil(refused: () => Promise<boolean>, timeoutMs = 5_000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    if (await refused()) return Math.round(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`not refused within ${timeoutMs} ms`);
}

type Boot = Awaited<ReturnType<typeof secondInstance>>["bootDevice"];
const refusedWith = (bootDevice: Boot, device: { id: string; secret: string }, reason: string) => () =>
  bootDevice(db, { deviceId: device.id, secret: device.secret }).then(
    () => false,
    (error: { reason?: string }) => error.reason === reason,
  );

const LONG_POLL_MS = 60_000;
const POLL_MS = 250;

describe("cross-instance cache invalidation", () => {
  it("over Redis, a suspension reaches the other instance in well under a second (its poll would take a minute)", async () => {
    const { org, caller, device } = await bootable();
    const other = await secondInstance({ client: subscriberBase, channel }, LONG_POLL_MS);
    await other.bootDevice(db, { deviceId: device.id, secret: device.secret }); // cached there
    useInvalidationBus({ client: publisher, channel });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the subscription is in place

    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [device.id], action: "suspend" });
    const ms = await msUntil(refusedWith(other.bootDevice, device, "DEVICE_SUSPENDED"));
    console.info(`[propagation] redis: ${ms} ms`);
    expect(ms).toBeLessThan(1_000);
  });

  it("an organization suspension travels the same way (scope org)", async () => {
    const { org, device } = await bootable();
    const other = await secondInstance({ client: subscriberBase, channel }, LONG_POLL_MS);
    await other.bootDevice(db, { deviceId: device.id, secret: device.secret });
    useInvalidationBus({ client: publisher, channel });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const { suspendOrganization } = await import("@/server/modules/operator/org-suspension");
    await suspendOrganization(db, { type: "system", label: "test" }, { orgId: org.id, reason: "bus test" });
    const ms = await msUntil(refusedWith(other.bootDevice, device, "ORGANIZATION_SUSPENDED"));
    console.info(`[propagation] redis, org scope: ${ms} ms`);
    expect(ms).toBeLessThan(1_000);
  });

  it("a message Redis loses is caught by the outbox poll within its interval", async () => {
    const { org, caller, device } = await bootable();
    const other = await secondInstance({ client: subscriberBase, channel }, POLL_MS);
    await other.bootDevice(db, { deviceId: device.id, secret: device.secret });
    // This instance publishes nothing: as if the message were dropped.
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [device.id], action: "revoke" });
    const ms = await msUntil(refusedWith(other.bootDevice, device, "DEVICE_REVOKED"));
    console.info(`[propagation] lost message, poll ${POLL_MS} ms: ${ms} ms`);
    expect(ms).toBeLessThan(POLL_MS + 750);
  });

  it("without Redis, the outbox poll alone carries it within its interval", async () => {
    const { org, caller, device } = await bootable();
    const other = await secondInstance(null, POLL_MS);
    await other.bootDevice(db, { deviceId: device.id, secret: device.secret });
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [device.id], action: "suspend" });
    const ms = await msUntil(refusedWith(other.bootDevice, device, "DEVICE_SUSPENDED"));
    console.info(`[propagation] no redis, poll ${POLL_MS} ms: ${ms} ms`);
    expect(ms).toBeLessThan(POLL_MS + 750);
  });

  it("API keys are not cached: a revoked key is refused by every instance on its next call", async () => {
    const { org, owner } = await createOrgWithMembers();
    const { key, id } = await createKey(org.id, ["*"]);
    const other = await secondInstance(null, LONG_POLL_MS);
    await expect(other.authenticateApiKey(db, key)).resolves.toMatchObject({ orgId: org.id });
    await callerFor(owner.id).apiKey.revoke({ orgSlug: org.slug, apiKeyId: id });
    await expect(other.authenticateApiKey(db, key)).rejects.toMatchObject({ code: "UNAUTHORIZED", reason: "API_KEY_REVOKED" });
  });
});
