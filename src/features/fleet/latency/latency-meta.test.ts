import { describe, expect, it } from "vitest";
import { compareShortfall, latencyAxis, MIN_COMPARE_INTERACTIONS, type Compare } from "./latency-meta";

const side = (value: string, count: number): Compare["a"] => ({
  value,
  kind: "voice",
  sloMs: 1_000,
  resolution: "day",
  range: { from: "2026-03-01T00:00:00.000Z", to: "2026-03-08T00:00:00.000Z" },
  points: [],
  summary: { count, p50: 500, p95: 900, p99: 1_200, withinSlo: 0.97 },
});
const compare = (a: number, b: number): Compare => ({ dimension: "firmware", a: side("1.4.2", a), b: side("1.5.0", b) });

describe("compareShortfall", () => {
  it("names both sample sizes and the minimum when a side is under it", () => {
    expect(compareShortfall(compare(37, 1_204))).toBe("Not enough data (n = 37 vs 1,204; need 100 per side)");
    expect(compareShortfall(compare(5_000, 0))).toBe("Not enough data (n = 5,000 vs 0; need 100 per side)");
  });

  it("lets a comparison with the minimum on both sides through", () => {
    expect(compareShortfall(compare(MIN_COMPARE_INTERACTIONS, MIN_COMPARE_INTERACTIONS))).toBeNull();
    expect(compareShortfall(compare(MIN_COMPARE_INTERACTIONS - 1, 10_000))).not.toBeNull();
  });
});

describe("latencyAxis", () => {
  it("ignores buckets without data rather than reading them as 0 ms", () => {
    const values = [null, 2_400, null, 2_500, undefined, 2_600];
    expect(latencyAxis(values, [1_000]).domain).toEqual(latencyAxis([2_400, 2_500, 2_600], [1_000]).domain);
  });
});
