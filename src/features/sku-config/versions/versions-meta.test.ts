import { describe, expect, it } from "vitest";
import { deviceConfigFilename, toggleCompared } from "./versions-meta";

describe("toggleCompared", () => {
  it("keeps at most two versions, dropping the oldest tick", () => {
    expect(toggleCompared([], 1)).toEqual([1]);
    expect(toggleCompared([1], 2)).toEqual([1, 2]);
    expect(toggleCompared([1, 2], 3)).toEqual([2, 3]);
    expect(toggleCompared([2, 3], 2)).toEqual([3]);
  });
});

describe("deviceConfigFilename", () => {
  it("names the download after the SKU code and version", () => {
    expect(deviceConfigFilename("PIP-2", 3)).toBe("PIP-2-config-v3.json");
  });
});
