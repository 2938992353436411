import { describe, expect, it } from "vitest";
import { binOf, binValue, MAX_BIN, MAX_RELATIVE_ERROR, quantile } from "./histogram";

describe("latency histogram bins", () => {
  it("every value maps to a bin whose middle is within the documented error", () => {
    expect(MAX_RELATIVE_ERROR).toBeLessThan(0.02);
    for (let ms = 1; ms <= 600_000; ms = Math.ceil(ms * 1.013)) {
      expect(Math.abs(binValue(binOf(ms)) - ms) / ms).toBeLessThanOrEqual(MAX_RELATIVE_ERROR + 1e-9);
    }
    expect(binOf(0)).toBe(0);
    expect(binOf(600_000)).toBe(MAX_BIN);
    expect(MAX_BIN).toBeLessThan(32_767); // fits the smallint column
  });

  it("merging histograms is adding counts; quantiles read the merged counts", () => {
    const a = new Map([[binOf(100), 90]]);
    const b = new Map([[binOf(1000), 10]]);
    const merged = new Map([...a, ...b]);
    expect(quantile(merged, 0.5)).toBeCloseTo(binValue(binOf(100)));
    expect(quantile(merged, 0.95)).toBeCloseTo(binValue(binOf(1000)));
    expect(quantile(new Map(), 0.5)).toBeNull();
  });
});
