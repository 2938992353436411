import { describe, expect, it } from "vitest";
import { agoText } from "./updated-ago";

describe("agoText", () => {
  it("says how long ago in the largest unit that reads naturally", () => {
    expect(agoText(1_500)).toBe("just now");
    expect(agoText(12_400)).toBe("12 s ago");
    expect(agoText(3 * 60_000 + 5_000)).toBe("3 min ago");
    expect(agoText(2 * 3_600_000 + 1)).toBe("2 h ago");
    expect(agoText(-5_000)).toBe("just now");
  });
});
