import { describe, expect, it } from "vitest";
import { customRangeError, DEFAULT_FLEET_PARAMS, filtersFor, readFleetParams, writeFleetParams } from "./fleet-params";

const NOW = Date.parse("2026-03-04T12:00:00Z");

describe("fleet params in the URL", () => {
  it("reads defaults from an empty query and writes nothing for them", () => {
    expect(readFleetParams(new URLSearchParams())).toEqual(DEFAULT_FLEET_PARAMS);
    expect(writeFleetParams(DEFAULT_FLEET_PARAMS).toString()).toBe("");
  });

  it("round-trips a filtered view, the no-agent filter included", () => {
    const params = { ...DEFAULT_FLEET_PARAMS, range: "custom" as const, from: "2026-03-01T00:00", to: "2026-03-02T00:00", firmware: "1.5.0", configVersion: "3", agent: "", kind: "video" as const };
    expect(readFleetParams(writeFleetParams(params))).toEqual(params);
  });

  it("ignores unknown values and a broken custom range", () => {
    const params = readFleetParams(new URLSearchParams("range=custom&from=yesterday&kind=smell&split=all&cfg=v2"));
    expect(params).toMatchObject({ range: "7d", from: "", kind: "voice", split: "none", configVersion: "" });
  });
});

describe("customRangeError", () => {
  it("accepts a start before the end and refuses the rest", () => {
    expect(customRangeError("2026-03-01T00:00", "2026-03-01T01:00")).toBeNull();
    expect(customRangeError("2026-03-01T01:00", "2026-03-01T01:00")).toBe("order");
    expect(customRangeError("", "2026-03-01T01:00")).toBe("missing");
    expect(customRangeError("2024-01-01T00:00", "2026-03-01T00:00")).toBe("tooLong");
  });
});

describe("filtersFor", () => {
  it("ends a preset now and reads a custom range as UTC", () => {
    expect(filtersFor({ ...DEFAULT_FLEET_PARAMS, range: "24h" }, NOW)).toEqual({ from: "2026-03-03T12:00:00.000Z", to: "2026-03-04T12:00:00.000Z" });
    const custom = filtersFor({ ...DEFAULT_FLEET_PARAMS, range: "custom", from: "2026-03-01T08:30", to: "2026-03-01T09:30", skuId: "s1", configVersion: "4", agent: "" }, NOW);
    expect(custom).toEqual({ from: "2026-03-01T08:30:00.000Z", to: "2026-03-01T09:30:00.000Z", skuId: "s1", agentId: "", configVersion: 4 });
  });
});
