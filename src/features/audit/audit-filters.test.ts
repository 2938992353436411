import { describe, expect, it } from "vitest";
import { UTC_ZONE } from "@/lib/time-zone";
import { dayBoundary } from "./audit-filters";

describe("audit date filters", () => {
  it("take the day in the zone times are shown in", () => {
    const shanghai = { id: "Asia/Shanghai", utc: false };
    expect(dayBoundary("2026-03-04", "start", shanghai)?.toISOString()).toBe("2026-03-03T16:00:00.000Z");
    expect(dayBoundary("2026-03-04", "end", shanghai)?.toISOString()).toBe("2026-03-04T15:59:59.999Z");
    expect(dayBoundary("2026-03-04", "start", UTC_ZONE)?.toISOString()).toBe("2026-03-04T00:00:00.000Z");
    expect(dayBoundary("2026-03-04", "end", UTC_ZONE)?.toISOString()).toBe("2026-03-04T23:59:59.999Z");
  });
  it("span 23 hours on the day clocks go forward", () => {
    const newYork = { id: "America/New_York", utc: false };
    const start = dayBoundary("2026-03-08", "start", newYork)!.getTime();
    const end = dayBoundary("2026-03-08", "end", newYork)!.getTime();
    expect((end + 1 - start) / 3_600_000).toBe(23);
  });
  it("ignore an empty or partial date", () => {
    expect(dayBoundary("", "start", UTC_ZONE)).toBeUndefined();
    expect(dayBoundary("2026-03", "end", UTC_ZONE)).toBeUndefined();
  });
});
