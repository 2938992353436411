import { describe, expect, it } from "vitest";
import { actorLabel, describeChange, formatCount, formatPercent, utilization } from "./license-meta";

describe("utilization", () => {
  it("turns amber at 70% and red at 90%", () => {
    expect(utilization({ seatsTotal: 1000, seatsUsed: 699 }).level).toBe("normal");
    expect(utilization({ seatsTotal: 1000, seatsUsed: 700 }).level).toBe("warning");
    expect(utilization({ seatsTotal: 1000, seatsUsed: 899 }).level).toBe("warning");
    expect(utilization({ seatsTotal: 1000, seatsUsed: 900 }).level).toBe("critical");
  });

  it("is exhausted once every seat is used, and not before", () => {
    expect(utilization({ seatsTotal: 1000, seatsUsed: 999 }).exhausted).toBe(false);
    expect(utilization({ seatsTotal: 1000, seatsUsed: 1000 }).exhausted).toBe(true);
    expect(utilization({ seatsTotal: 1000, seatsUsed: 1050 })).toEqual({ percent: 105, level: "critical", exhausted: true });
  });

  it("treats an empty pool as empty and a refunded-to-zero pool in use as full", () => {
    expect(utilization({ seatsTotal: 0, seatsUsed: 0 })).toEqual({ percent: 0, level: "normal", exhausted: false });
    expect(utilization({ seatsTotal: 0, seatsUsed: 3 })).toEqual({ percent: 100, level: "critical", exhausted: true });
  });
});

describe("formatPercent", () => {
  it("rounds down and never shows a sliver as 0%", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.1)).toBe("<1%");
    expect(formatPercent(99.9)).toBe("99%");
    expect(formatPercent(100)).toBe("100%");
  });
});

describe("formatCount", () => {
  it("groups digits in English unless the console's language says otherwise", () => {
    expect(formatCount(1000)).toBe("1,000");
    expect(formatCount(1000, "zh-CN")).toBe("1,000");
    expect(formatCount(1234567, "de")).toBe("1.234.567");
  });
});

describe("describeChange", () => {
  it("describes seats added, removed, used and released", () => {
    expect(describeChange({ kind: "grant", totalDelta: 1000, usedDelta: 0 })).toEqual([{ key: "added", count: 1000 }]);
    expect(describeChange({ kind: "refund", totalDelta: -250, usedDelta: 0 })).toEqual([{ key: "removed", count: 250 }]);
    expect(describeChange({ kind: "activation", totalDelta: 0, usedDelta: 1 })).toEqual([{ key: "used", count: 1 }]);
    expect(describeChange({ kind: "adjustment", totalDelta: 5, usedDelta: -2 })).toEqual([
      { key: "added", count: 5 },
      { key: "released", count: 2 },
    ]);
    expect(describeChange({ kind: "rma_transfer", totalDelta: 0, usedDelta: 0 })).toEqual([{ key: "moved", count: 0 }]);
    expect(describeChange({ kind: "adjustment", totalDelta: 0, usedDelta: 0 })).toEqual([{ key: "none", count: 0 }]);
  });
});

describe("actorLabel", () => {
  it("names system actors and keeps people as they are", () => {
    expect(actorLabel("operator-cli")).toEqual({ key: "operator" });
    expect(actorLabel("device-activation")).toEqual({ key: "automatic" });
    expect(actorLabel("API key")).toEqual({ key: "apiKey" });
    expect(actorLabel("Dana Demo")).toEqual({ name: "Dana Demo" });
  });
});
