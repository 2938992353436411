import { describe, expect, it } from "vitest";
import { alertLevel, crossedAlertThreshold } from "./utilization";

describe("utilization alerts", () => {
  it("reports the highest threshold reached", () => {
    expect(alertLevel(0, 100)).toBe(0);
    expect(alertLevel(69, 100)).toBe(0);
    expect(alertLevel(70, 100)).toBe(70);
    expect(alertLevel(95, 100)).toBe(90);
    expect(alertLevel(100, 100)).toBe(100);
    expect(alertLevel(120, 100)).toBe(100);
    expect(alertLevel(0, 0)).toBe(0);
    expect(alertLevel(3, 0)).toBe(100);
  });

  it("fires only on the activation that crosses a threshold upwards", () => {
    expect(crossedAlertThreshold(69, 70, 100)).toBe(70);
    expect(crossedAlertThreshold(70, 71, 100)).toBeNull();
    expect(crossedAlertThreshold(89, 90, 100)).toBe(90);
    expect(crossedAlertThreshold(9, 10, 10)).toBe(100);
    expect(crossedAlertThreshold(10, 9, 10)).toBeNull();
  });
});
