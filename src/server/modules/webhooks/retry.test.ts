import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextAttemptAt } from "./retry";

const now = new Date("2026-12-04T12:00:00Z");
const delay = (attempts: number, random: number) => (nextAttemptAt(attempts, now, random)?.getTime() ?? Number.NaN) - now.getTime();

describe("webhook retries", () => {
  it("retry first within a minute, then further apart, jittered by at most 20 %", () => {
    expect(delay(1, 0)).toBe(24_000);
    expect(delay(1, 0.999_999)).toBeLessThanOrEqual(36_000);
    expect(delay(2, 0.5)).toBe(300_000);
    for (let attempts = 2; attempts < MAX_ATTEMPTS; attempts++) expect(delay(attempts, 0.5)).toBeGreaterThan(delay(attempts - 1, 0.5));
  });

  it("make 8 attempts over about a day, then stop", () => {
    expect(MAX_ATTEMPTS).toBe(8);
    let total = 0;
    for (let attempts = 1; attempts < MAX_ATTEMPTS; attempts++) total += delay(attempts, 0.5);
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(26);
    expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeNull();
  });
});
