import { describe, expect, it } from "vitest";
import { jitteredRetryAfter } from "@/server/modules/gateway/rate-limits";
import { createOverloadGuard } from "./overload";

describe("load shedding", () => {
  it("admits up to the in-flight limit, sheds beyond it, and admits again once requests finish", () => {
    const guard = createOverloadGuard({ maxInFlight: 2 });
    expect([guard.admit(), guard.admit(), guard.admit()]).toEqual([null, null, "in-flight"]);
    guard.release();
    expect(guard.admit()).toBeNull();
    guard.stop();
  });

  it("reports idle only once every admitted request has finished", async () => {
    const guard = createOverloadGuard({ maxInFlight: 10 });
    await guard.idle();
    guard.admit();
    guard.admit();
    let idle = false;
    const waiting = guard.idle().then(() => (idle = true));
    guard.release();
    await Promise.resolve();
    expect(idle).toBe(false);
    guard.release();
    await waiting;
    expect(idle).toBe(true);
    guard.stop();
  });

  it("sheds when the event loop lags beyond the threshold", async () => {
    const guard = createOverloadGuard({ maxLagMs: 20 });
    const until = Date.now() + 1300;
    while (Date.now() < until) {
      /* block the loop: the sampler sees the lag once it runs */
      await new Promise((resolve) => setImmediate(resolve));
      const spin = Date.now() + 60;
      while (Date.now() < spin);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(guard.admit()).toBe("event-loop-lag");
    guard.stop();
  });

  it("spreads Retry-After between the delay and twice it", () => {
    expect(jitteredRetryAfter(1000, () => 0)).toBe(1);
    expect(jitteredRetryAfter(1000, () => 0.99)).toBe(2);
    expect(jitteredRetryAfter(10_000, () => 0.5)).toBe(15);
  });
});
