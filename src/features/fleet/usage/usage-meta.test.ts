import { describe, expect, it } from "vitest";
import { fillRows } from "../chart-parts";
import { pivotUsage, seriesLabel, type Usage } from "./usage-meta";

const point = (t: string, key: string, interactions: number) => ({ t, key, interactions, minutes: interactions / 2, inputTokens: 0, outputTokens: 0 });
const usage: Usage = {
  resolution: "hour",
  range: { from: "2026-03-04T08:00:00.000Z", to: "2026-03-04T12:00:00.000Z" },
  split: "agent",
  points: [point("2026-03-04T09:00:00.000Z", "story-teller", 4), point("2026-03-04T09:00:00.000Z", "", 1), point("2026-03-04T10:00:00.000Z", "story-teller", 2)],
  totals: { interactions: 7, minutes: 3.5, inputTokens: 0, outputTokens: 0 },
  previous: { range: { from: "2026-03-04T04:00:00.000Z", to: "2026-03-04T08:00:00.000Z" }, totals: null },
};

describe("pivotUsage", () => {
  it("makes one column per series and fills the buckets a series missed with 0", () => {
    const { rows, series } = pivotUsage(usage, "interactions", (key) => seriesLabel("agent", key, new Map(), "Interactions"));
    expect(series).toEqual([
      { dataKey: "s0", label: "No agent named" },
      { dataKey: "s1", label: "story-teller" },
    ]);
    expect(rows.map(({ t, s0, s1 }) => ({ t, s0, s1 }))).toEqual([
      { t: "2026-03-04T09:00:00.000Z", s0: 1, s1: 4 },
      { t: "2026-03-04T10:00:00.000Z", s0: 0, s1: 2 },
    ]);
  });

  it("charts the whole range: the hours nobody reported are rows without values (gaps), not zeros", () => {
    const { rows } = pivotUsage(usage, "interactions", (key) => key);
    const filled = fillRows(usage, rows);
    expect(filled.map(({ t, s0, s1 }) => ({ t: t.slice(11, 16), s0, s1 }))).toEqual([
      { t: "08:00", s0: undefined, s1: undefined },
      { t: "09:00", s0: 1, s1: 4 },
      { t: "10:00", s0: 0, s1: 2 },
      { t: "11:00", s0: undefined, s1: undefined },
    ]);
  });
});

describe("seriesLabel", () => {
  it("names SKUs from the menus and the unsplit series after the metric", () => {
    expect(seriesLabel("sku", "sku_1", new Map([["sku_1", "Pip (PIP-2)"]]), "Interactions")).toBe("Pip (PIP-2)");
    expect(seriesLabel("none", "", new Map(), "Minutes")).toBe("Minutes");
  });
});
