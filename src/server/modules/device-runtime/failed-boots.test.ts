/** The failed-boot guard on its own: counters keyed by address and by deviceId, a fake clock, a stub credential check. */
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { createFailedBootGuard } from "./failed-boots";
import { memoryCounter } from "./window-counter";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const SECRET = "the-real-secret";

function setup({ perAddress = 10, perDevice = 100 } = {}) {
  let clock = 1_000_000;
  const now = () => clock;
  const guard = createFailedBootGuard({ perAddress, perDevice, byAddress: memoryCounter(MINUTE, 1_000, now), byDevice: memoryCounter(HOUR, 1_000, now), now });
  let checks = 0;
  /** Boots `deviceId` from `address` with `secret`: "ok", or the error's reason. */
  const boot = (address: string | null, secret: string, deviceId = "dev_target") =>
    guard
      .authenticate(address, deviceId, async () => {
        checks++;
        if (secret !== SECRET) throw new AppError("UNAUTHORIZED", "Unknown device or wrong secret.", { reason: "INVALID_CREDENTIALS" });
        return "ok";
      })
      .catch((error: AppError) => error.reason);
  return { boot, advance: (ms: number) => (clock += ms), checks: () => checks };
}

const tally = (answers: (string | undefined)[]) => answers.reduce<Record<string, number>>((all, a) => ({ ...all, [a ?? "?"]: (all[a ?? "?"] ?? 0) + 1 }), {});

describe("failed boots", () => {
  it("a stranger failing 1,000 times from one address is blocked there (429, credentials no longer checked); the real device elsewhere boots", async () => {
    const { boot, checks } = setup();
    const answers = [];
    for (let i = 0; i < 1_000; i++) answers.push(await boot("203.0.113.66", `guess-${i}`));
    expect(tally(answers)).toEqual({ INVALID_CREDENTIALS: 10, RATE_LIMITED: 990 });
    expect(checks()).toBe(11); // the 11th failure blocked the address; later attempts cost nothing
    expect(await boot("198.51.100.7", SECRET)).toBe("ok");
    expect(await boot("203.0.113.66", "guess")).toBe("RATE_LIMITED");
  });

  it("from many addresses: past the per-device ceiling further failures are 429, the right credentials still boot, from any address", async () => {
    const { boot } = setup();
    const answers = [];
    for (let i = 0; i < 1_000; i++) answers.push(await boot(`10.0.${Math.floor(i / 5)}.1`, `guess-${i}`)); // 200 addresses × 5: none blocked
    expect(tally(answers)).toEqual({ INVALID_CREDENTIALS: 100, RATE_LIMITED: 900 });
    expect(await boot("198.51.100.7", SECRET)).toBe("ok");
    expect(await boot("10.0.0.1", SECRET)).toBe("ok"); // an address the botnet used, not blocked
    expect(await boot("10.0.0.1", "guess")).toBe("RATE_LIMITED");
    // Other devices are not concerned.
    expect(await boot("10.0.0.1", "guess", "dev_other")).toBe("INVALID_CREDENTIALS");
  });

  it("an address is blocked for the rest of its window, then counted afresh", async () => {
    const { boot, advance } = setup({ perAddress: 3 });
    for (let i = 0; i < 4; i++) await boot("203.0.113.5", "guess", `dev_${i}`);
    expect(await boot("203.0.113.5", SECRET)).toBe("RATE_LIMITED"); // strict: the whole address
    advance(MINUTE);
    expect(await boot("203.0.113.5", SECRET)).toBe("ok");
    expect(await boot("203.0.113.5", "guess")).toBe("INVALID_CREDENTIALS");
  });

  it("without an address (a direct call) only the per-device count applies; other errors are not counted", async () => {
    const { boot } = setup({ perDevice: 2 });
    expect([await boot(null, "a"), await boot(null, "b"), await boot(null, "c")]).toEqual(["INVALID_CREDENTIALS", "INVALID_CREDENTIALS", "RATE_LIMITED"]);
    expect(await boot(null, SECRET)).toBe("ok");

    const guard = createFailedBootGuard({ perAddress: 1, perDevice: 1, byAddress: memoryCounter(MINUTE, 10), byDevice: memoryCounter(HOUR, 10) });
    const unavailable = () => guard.authenticate("203.0.113.9", "dev_x", () => Promise.reject(new AppError("SERVICE_UNAVAILABLE", "down", { reason: "UNAVAILABLE" })));
    for (let i = 0; i < 3; i++) await expect(unavailable()).rejects.toMatchObject({ reason: "UNAVAILABLE" });
  });

  it("the 429 carries a Retry-After of at least the time left in the window", async () => {
    const clock = { at: 0 };
    const guard = createFailedBootGuard({ perAddress: 1, perDevice: 100, byAddress: memoryCounter(MINUTE, 10, () => clock.at), byDevice: memoryCounter(HOUR, 10, () => clock.at), now: () => clock.at });
    const fail = () => guard.authenticate("203.0.113.1", "dev_t", () => Promise.reject(new AppError("UNAUTHORIZED", "no", { reason: "INVALID_CREDENTIALS" }))).catch((e: AppError) => e);
    await fail();
    clock.at = 20_000;
    const limited = await fail();
    expect(limited).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "RATE_LIMITED" });
    expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(40);
  });
});

describe("memoryCounter", () => {
  it("counts per key in fixed windows and forgets the least recently hit keys beyond its bound", async () => {
    let at = 0;
    const counter = memoryCounter(1_000, 2, () => at);
    expect(await counter.hit("a")).toEqual({ count: 1, msBeforeReset: 1_000 });
    at = 400;
    expect(await counter.hit("a")).toEqual({ count: 2, msBeforeReset: 600 });
    await counter.hit("b");
    await counter.hit("c"); // evicts "a"
    expect((await counter.hit("a")).count).toBe(1);
    at = 5_000;
    expect((await counter.hit("c")).count).toBe(1);
  });
});
