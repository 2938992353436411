import { describe, expect, it } from "vitest";
import { actorLabel, describeChange, formatPercent, utilization } from "./license-meta";

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

describe("describeChange", () => {
  it("describes seats added, removed, used and released", () => {
    expect(describeChange({ kind: "grant", totalDelta: 1000, usedDelta: 0 })).toBe("+1,000 seats");
    expect(describeChange({ kind: "refund", totalDelta: -250, usedDelta: 0 })).toBe("−250 seats");
    expect(describeChange({ kind: "activation", totalDelta: 0, usedDelta: 1 })).toBe("1 seat used");
    expect(describeChange({ kind: "adjustment", totalDelta: 5, usedDelta: -2 })).toBe("+5 seats, 2 seats released");
    expect(describeChange({ kind: "rma_transfer", totalDelta: 0, usedDelta: 0 })).toBe("Seat moved");
  });
});

describe("actorLabel", () => {
  it("names system actors and keeps people as they are", () => {
    expect(actorLabel("operator-cli")).toBe("Anima (operator)");
    expect(actorLabel("Dana Demo")).toBe("Dana Demo");
  });
});
