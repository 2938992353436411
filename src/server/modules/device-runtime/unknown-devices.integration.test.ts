/**
 * An unknown deviceId costs what a wrong secret costs: after its first lookup it is answered from
 * a cache of ids known not to exist, with no database query, like a cached device with a wrong
 * secret. Registering a device drops its id from that cache on every gateway at once.
 * (Counted in queries, not timed: timings belong to the benchmarks.)
 */
import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { useInvalidationBus } from "@/server/cache/invalidation-bus";
import { db } from "@/server/db";
import type { AppError } from "@/server/errors";
import { bootableFleet } from "@/testing/gateway-fleet";
import { bootDevice } from "./boot";

/** Ids handed to the next registrations, so a test can try an id before it exists. */
const nextIds = vi.hoisted(() => [] as string[]);
vi.mock("@/server/modules/devices/device-credentials", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/modules/devices/device-credentials")>();
  return { ...original, generateDeviceId: () => nextIds.shift() ?? original.generateDeviceId() };
});

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
const stops: (() => void)[] = [];
afterEach(() => {
  useInvalidationBus(null);
  for (const stop of stops.splice(0)) stop();
  vi.restoreAllMocks();
});
afterAll(async () => {
  await Promise.all([publisher.quit(), subscriber.quit()]);
});

type Boot = typeof bootDevice;
const reason = (boot: Boot, deviceId: string, secret: string) =>
  boot(db, { deviceId, secret }).then(
    () => "ok",
    (error: AppError) => error.reason,
  );

/**
 * Device reads `run` issues. Every query of the process goes through pg.Pool#query (Prisma's
 * adapter and hotPathQuery alike); the device read is the one that joins its SKU and organization.
 */
async function queriesDuring(run: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Pool.prototype, "query");
  try {
    await run();
    const text = (query: unknown) => (typeof query === "string" ? query : (query as pg.QueryConfig).text);
    return spy.mock.calls.filter(([query]) => text(query).includes('FROM "Device" d JOIN "Sku"')).length;
  } finally {
    spy.mockRestore();
  }
}

/** Another gateway process, as far as caches go (fresh module instances, same database). */
async function secondInstance(bus: { client: Redis; channel: string } | null, pollMs: number) {
  vi.resetModules();
  const { bootDevice: otherBoot } = await import("./boot");
  const { startInvalidationFeed } = await import("@/server/cache/invalidation");
  stops.push(startInvalidationFeed(db, pollMs, bus));
  return otherBoot;
}

const freshId = () => `dev_${randomUUID().replaceAll("-", "").slice(0, 20)}`;

describe("unknown devices", () => {
  it("a second boot with the same unknown id issues no query, like a wrong secret for a cached device", async () => {
    const { devices } = await bootableFleet(1);
    const device = devices[0]!;
    expect(await reason(bootDevice, device.id, device.secret)).toBe("ok"); // cached
    const unknown = freshId();

    expect(await queriesDuring(() => reason(bootDevice, unknown, "x"))).toBe(1);
    const wrongSecret = await queriesDuring(async () => expect(await reason(bootDevice, device.id, "wrong")).toBe("INVALID_CREDENTIALS"));
    const unknownAgain = await queriesDuring(async () => expect(await reason(bootDevice, unknown, "x")).toBe("INVALID_CREDENTIALS"));
    expect({ wrongSecret, unknownAgain }).toEqual({ wrongSecret: 0, unknownAgain: 0 });
  });

  it("a device registered a moment after a failed boot with its id boots at once (same process)", async () => {
    const id = freshId();
    expect(await reason(bootDevice, id, "anything")).toBe("INVALID_CREDENTIALS");
    nextIds.push(id);
    const { devices } = await bootableFleet(1);
    expect(devices[0]!.id).toBe(id);
    expect(await reason(bootDevice, id, devices[0]!.secret)).toBe("ok");
  });

  it("…and on another gateway: over Redis at once (its poll would take a minute), without Redis within the poll interval", async () => {
    const channel = `anima-test:${randomUUID()}:cache-invalidation`;
    const overRedis = await secondInstance({ client: subscriber, channel }, 60_000);
    const idA = freshId();
    expect(await reason(overRedis, idA, "x")).toBe("INVALID_CREDENTIALS");
    useInvalidationBus({ client: publisher, channel });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the subscription is in place
    nextIds.push(idA);
    const a = (await bootableFleet(1)).devices[0]!;
    await expect.poll(() => reason(overRedis, idA, a.secret), { timeout: 2_000, interval: 20 }).toBe("ok");

    useInvalidationBus(null);
    const byPoll = await secondInstance(null, 100);
    const idB = freshId();
    expect(await reason(byPoll, idB, "x")).toBe("INVALID_CREDENTIALS");
    nextIds.push(idB);
    const b = (await bootableFleet(1)).devices[0]!;
    await expect.poll(() => reason(byPoll, idB, b.secret), { timeout: 2_000, interval: 20 }).toBe("ok");
  });
});
