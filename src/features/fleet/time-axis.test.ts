import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { UTC_ZONE } from "@/lib/time-zone";
import { CATALOGS } from "@/messages";
import type { ChartText } from "./chart-text";
import { formatBucket, formatTimeTick, gapNote, resolutionLabel, timeTicks } from "./time-axis";

const at = (iso: string) => Date.parse(iso);

describe("timeTicks", () => {
  it("spaces an hour of minutes by ten minutes", () => {
    const ticks = timeTicks(at("2026-03-04T09:03:00Z"), at("2026-03-04T10:03:00Z"));
    expect(ticks.map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(["09:10", "09:20", "09:30", "09:40", "09:50", "10:00"]);
  });

  it("puts a week of hours on UTC midnights", () => {
    const ticks = timeTicks(at("2026-03-01T10:00:00Z"), at("2026-03-08T10:00:00Z"));
    expect(ticks).toHaveLength(7);
    expect(ticks.every((t) => t % 86_400_000 === 0)).toBe(true);
  });

  it("never returns more ticks than asked", () => {
    for (const days of [1, 7, 30, 90, 400]) expect(timeTicks(0, days * 86_400_000).length).toBeLessThanOrEqual(8);
  });
});

describe("formatTimeTick", () => {
  it("shows the clock within a day and the date beyond", () => {
    expect(formatTimeTick(at("2026-03-04T09:00:00Z"), 86_400_000)).toBe("09:00");
    expect(formatTimeTick(at("2026-03-04T00:00:00Z"), 7 * 86_400_000)).toBe("Mar 4");
    expect(formatTimeTick(at("2026-03-04T12:00:00Z"), 2 * 86_400_000)).toBe("Mar 4, 12:00");
  });
});

describe("formatBucket", () => {
  it("names the bucket in UTC", () => {
    expect(formatBucket(at("2026-03-04T09:00:00Z"), "hour")).toBe("Mar 4, 09:00 UTC");
    expect(formatBucket(at("2026-03-04T00:00:00Z"), "day")).toBe("Mar 4 (UTC day)");
  });
});

describe("in Simplified Chinese", () => {
  const zh: ChartText = { locale: "zh-CN", t: createTranslator({ locale: "zh-CN", messages: CATALOGS["zh-CN"], namespace: "fleet" }) };

  it("labels ticks and buckets with Chinese dates", () => {
    expect(formatTimeTick(at("2026-03-04T09:00:00Z"), 86_400_000, UTC_ZONE, "zh-CN")).toBe("09:00");
    expect(formatTimeTick(at("2026-03-04T00:00:00Z"), 7 * 86_400_000, UTC_ZONE, "zh-CN")).toBe("3月4日");
    expect(formatBucket(at("2026-03-04T09:00:00Z"), "hour", UTC_ZONE, zh)).toBe("3月4日 09:00 UTC");
    expect(formatBucket(at("2026-03-04T00:00:00Z"), "day", UTC_ZONE, zh)).toBe("3月4日（UTC 日）");
  });

  it("says how a series is bucketed and how many buckets had no data", () => {
    const frame = { resolution: "hour" as const, range: { from: "2026-03-04T08:00:00.000Z", to: "2026-03-04T12:00:00.000Z" } };
    expect(resolutionLabel("hour", zh)).toBe("每小时");
    expect(gapNote(frame, 1, zh)).toBe(" (3 小时无数据)");
    expect(gapNote(frame, 1)).toBe(" (3 hours without data)");
  });
});
