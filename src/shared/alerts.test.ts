/** The one rule that moves an alert: fire above the threshold (not within the quiet interval), resolve below 90 % of it, hold between. */
import { describe, expect, it } from "vitest";
import { alertTransition } from "./alerts";

const now = new Date("2026-12-04T12:00:00Z");
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const ok = { state: "ok" as const, threshold: 1000, minIntervalMinutes: 15, lastNotifiedAt: null };
const firing = { ...ok, state: "firing" as const, lastNotifiedAt: minutesAgo(1) };

describe("alertTransition", () => {
  it("fires only above the threshold", () => {
    expect(alertTransition(ok, 1000, now)).toBeNull();
    expect(alertTransition(ok, 1001, now)).toBe("fire");
  });

  it("holds a firing alert between 90 % of the threshold and the threshold, and resolves below it", () => {
    expect(alertTransition(firing, 1500, now)).toBeNull();
    expect(alertTransition(firing, 950, now)).toBeNull();
    expect(alertTransition(firing, 900, now)).toBeNull();
    expect(alertTransition(firing, 899, now)).toBe("resolve");
  });

  it("does not fire again within the minimum interval of the last notification", () => {
    expect(alertTransition({ ...ok, lastNotifiedAt: minutesAgo(14) }, 2000, now)).toBeNull();
    expect(alertTransition({ ...ok, lastNotifiedAt: minutesAgo(15) }, 2000, now)).toBe("fire");
  });

  it("changes nothing without a reading", () => {
    expect(alertTransition(ok, null, now)).toBeNull();
    expect(alertTransition(firing, null, now)).toBeNull();
  });
});
