import { describe, expect, it } from "vitest";
import { deltaTone, describeDelta, formatPercentChange, periodDelta, previousWindowLabel } from "./period-delta";

describe("periodDelta", () => {
  it("is the relative change against the previous window", () => {
    expect(periodDelta(112, 100)).toEqual({ kind: "change", percent: 12 });
    expect(periodDelta(50, 200)).toEqual({ kind: "change", percent: -75 });
    expect(periodDelta(0, 0)).toEqual({ kind: "change", percent: 0 });
  });

  it("says when there is nothing to compare with", () => {
    expect(periodDelta(40, null)).toEqual({ kind: "no-previous" });
    expect(periodDelta(40, 0)).toEqual({ kind: "no-previous" });
    expect(periodDelta(null, 12)).toEqual({ kind: "none" });
  });
});

describe("words", () => {
  it("rounds to whole percents from 10 % and signs with a true minus", () => {
    expect(formatPercentChange(12.4)).toBe("+12 %");
    expect(formatPercentChange(-3.44)).toBe("−3.4 %");
    expect(formatPercentChange(0.04)).toBe("0 %");
    expect(formatPercentChange(48_200)).toBe("+48,200 %");
  });

  it("names the previous window by its length", () => {
    expect(previousWindowLabel(7 * 86_400_000)).toBe("previous 7 days");
    expect(previousWindowLabel(86_400_000)).toBe("previous 24 hours");
    expect(previousWindowLabel(3_600_000)).toBe("previous 1 hour");
    expect(previousWindowLabel(15 * 60_000)).toBe("previous 15 minutes");
    expect(previousWindowLabel(1_234)).toBe("previous period");
  });

  it("describes the change, a missing previous window, or nothing", () => {
    expect(describeDelta(periodDelta(112, 100), "previous 7 days")).toBe("+12 % vs previous 7 days");
    expect(describeDelta(periodDelta(5, null), "previous 7 days")).toBe("no data in previous 7 days");
    expect(describeDelta(periodDelta(null, null), "previous 7 days")).toBe("—");
  });
});

describe("deltaTone", () => {
  it("reads latency up as bad, usage up as good, and tiny changes as none", () => {
    expect(deltaTone(periodDelta(1200, 1000), "bad")).toBe("bad");
    expect(deltaTone(periodDelta(800, 1000), "bad")).toBe("good");
    expect(deltaTone(periodDelta(120, 100), "good")).toBe("good");
    expect(deltaTone(periodDelta(120, 100), "neutral")).toBe("neutral");
    expect(deltaTone(periodDelta(1002, 1000), "bad")).toBe("neutral");
    expect(deltaTone(periodDelta(5, null), "bad")).toBe("neutral");
  });
});
