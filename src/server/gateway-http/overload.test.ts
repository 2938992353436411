import { describe, expect, it } from "vitest";
import { jitteredRetryAfter } from "@/server/modules/device-runtime/rate-limits";
import { createOverloadGuard } from "./overload";

describe("load shedding", () => {
  it("admits up to the in-flight limit, sheds beyond it, and admits again once requests finish", () => {
    const guard = createOverloadGuard({ maxInFlight: 2 });
    expect([guard.shedReason(), guard.shedReason(), guard.shedReason()]).toEqual([null, null, "in-flight"]);
    guard.release();
    expect(guard.shedReason()).toBeNull();
    guard.stop();
  });

  it("reports idle only once every admitted request has finished", async () => {
    const guard = createOverloadGuard({ maxInFlight: 10 });
    await guard.idle();
    guard.shedReason();
    guard.shedReason();
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

  it("gives a request waiting for a group commit's place under the limit back, but not under the ceiling", async () => {
    const guard = createOverloadGuard({ maxInFlight: 70 }); // the adaptive limit starts at 64
    let admitted = 0;
    while (guard.shedReason() === null) admitted++;
    expect(admitted).toBe(64);
    let commit!: () => void;
    const group = new Promise<void>((resolve) => (commit = resolve));
    const parked = Array.from({ length: 10 }, () => guard.park(group));
    expect(guard.stats()).toMatchObject({ inFlight: 54, parked: 10 });
    let more = 0;
    while (guard.shedReason() === null) more++;
    expect(more).toBe(6); // 60 at work + 10 parked reach the ceiling
    commit();
    await Promise.all(parked);
    // Back at work, beyond the limit: they were admitted already.
    expect(guard.stats()).toMatchObject({ inFlight: 70, parked: 0 });
    guard.stop();
  });

  it("is not idle while a request waits for a group commit", async () => {
    const guard = createOverloadGuard({ maxInFlight: 10 });
    guard.shedReason();
    let commit!: () => void;
    const parked = guard.park(new Promise<void>((resolve) => (commit = resolve)));
    let idle = false;
    const waiting = guard.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    commit();
    await parked;
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
    expect(guard.shedReason()).toBe("event-loop-lag");
    guard.stop();
  });

  it("lowers the in-flight limit when admitted requests run slower than the target, and raises it while they are fast", () => {
    let clock = 0;
    const guard = createOverloadGuard({ maxInFlight: 512, targetLatencyMs: 100, now: () => clock });
    const fill = () => {
      let admitted = 0;
      while (guard.shedReason() === null) admitted++;
      return admitted;
    };
    expect(fill()).toBe(64); // starts low: a storm on a fresh process is not admitted 512 deep
    for (let i = 0; i < 64; i++) guard.release(300);
    clock += 300;
    fill(); // the window closes on this admission: its requests were slow
    expect(guard.stats().limit).toBe(48);
    for (let i = 0; i < 48; i++) guard.release(20);
    clock += 300;
    fill();
    expect(guard.stats().limit).toBe(51); // fast while full: up by a sixteenth
    guard.stop();
  });

  it("never lowers the limit below the floor that keeps the database pool busy", () => {
    let clock = 0;
    const guard = createOverloadGuard({ targetLatencyMs: 10, now: () => clock });
    for (let round = 0; round < 20; round++) {
      while (guard.shedReason() === null);
      while (guard.stats().inFlight > 0) guard.release(1000);
      clock += 300;
    }
    guard.shedReason();
    expect(guard.stats().limit).toBe(16);
    guard.stop();
  });

  it("spreads shed clients' Retry-After over the time needed to serve everyone already waiting, at twice the rate served, capped", () => {
    let clock = 0;
    // Before anything is measured, the floor: 10 admitted at a 100 ms target, 100 a second.
    const guard = createOverloadGuard({ maxInFlight: 10, targetLatencyMs: 100, maxRetryAfterS: 60, now: () => clock });
    const longest = (times: number) => Array.from({ length: times }, () => guard.retryAfterSeconds(() => 0.999)).reduce((a, b) => Math.max(a, b));
    expect(guard.retryAfterSeconds(() => 0)).toBe(1);
    expect(guard.retryAfterSeconds(() => 0.999)).toBe(2); // nobody waiting yet: 1–2 s
    expect(longest(998)).toBe(11); // 1,000 waiting at 100/s: 10 s to serve them
    expect(guard.retryAfterSeconds(() => 0.999)).toBe(12);

    // Served 500 in a 250 ms window: 2,000/s, promised at 4,000/s: the same 1,000 waiting take a quarter of a second.
    for (let i = 0; i < 500; i++) {
      expect(guard.shedReason()).toBeNull();
      guard.release(5);
    }
    clock += 250;
    guard.shedReason();
    guard.release(5);
    expect(guard.retryAfterSeconds(() => 0.999)).toBe(2);
    expect(longest(10_998)).toBe(4); // 12,000 waiting at 4,000/s: 3 s (at the rate served alone, 6 s)

    // Everyone told to come back within 12 s is due: nobody is waiting any more.
    clock += 13_000;
    expect(guard.retryAfterSeconds(() => 0.999)).toBe(2);
    expect(longest(300_000)).toBe(60); // however many, at most maxRetryAfterS
    guard.stop();
  });

  it("spreads rate-limit Retry-After between the delay and twice it", () => {
    expect(jitteredRetryAfter(1000, () => 0)).toBe(1);
    expect(jitteredRetryAfter(1000, () => 0.99)).toBe(2);
    expect(jitteredRetryAfter(10_000, () => 0.5)).toBe(15);
  });
});
