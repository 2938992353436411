/** The Redis-shared failure counter against the local Redis (CI provides it); each run uses keys of its own. */
import { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { memoryCounter, redisCounter } from "./window-counter";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const first = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
const second = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
// Nothing listens on port 1: every command fails at once, as during a Redis outage.
const broken = new Redis({ port: 1, enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
const prefix = `anima-test:${randomUUID()}:failed`;

afterAll(async () => {
  await Promise.all([first.quit(), second.quit()]);
  broken.disconnect();
});

describe("redisCounter", () => {
  it("is shared by every instance and starts afresh when its window ends", async () => {
    const a = redisCounter(first, prefix, 300, memoryCounter(300, 10));
    const b = redisCounter(second, prefix, 300, memoryCounter(300, 10));
    expect((await a.hit("203.0.113.1")).count).toBe(1);
    expect((await b.hit("203.0.113.1")).count).toBe(2);
    const third = await a.hit("203.0.113.1");
    expect(third.count).toBe(3);
    expect(third.msBeforeReset).toBeGreaterThan(0);
    expect(third.msBeforeReset).toBeLessThanOrEqual(300);
    expect((await b.hit("203.0.113.2")).count).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await b.hit("203.0.113.1")).count).toBe(1);
  });

  it("counts in process while Redis is unreachable", async () => {
    const counter = redisCounter(broken, prefix, 60_000, memoryCounter(60_000, 10));
    expect((await counter.hit("dev_x")).count).toBe(1);
    expect((await counter.hit("dev_x")).count).toBe(2);
  });
});
