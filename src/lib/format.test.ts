import { describe, expect, it } from "vitest";
import { formatDuration, formatRelativeTime } from "./format";

describe("formatRelativeTime", () => {
  const now = new Date("2026-03-04T12:00:00Z");
  it("picks the largest sensible unit", () => {
    expect(formatRelativeTime(new Date("2026-03-04T11:59:30Z"), now)).toBe("30 seconds ago");
    expect(formatRelativeTime(new Date("2026-03-04T11:55:00Z"), now)).toBe("5 minutes ago");
    expect(formatRelativeTime(new Date("2026-03-04T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatRelativeTime(new Date("2026-03-03T12:00:00Z"), now)).toBe("yesterday");
    expect(formatRelativeTime(new Date("2025-12-04T12:00:00Z"), now)).toBe("3 months ago");
    expect(formatRelativeTime(new Date("2024-03-04T12:00:00Z"), now)).toBe("2 years ago");
  });
});

describe("formatDuration", () => {
  it("says a span in its largest sensible units", () => {
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(12 * 60_000)).toBe("12 min");
    expect(formatDuration(185 * 60_000)).toBe("3 h 5 min");
    expect(formatDuration(120 * 60_000)).toBe("2 h");
    expect(formatDuration(52 * 3_600_000)).toBe("2 d 4 h");
  });
});

describe("in Simplified Chinese", () => {
  it("says relative times in Chinese", () => {
    const now = new Date("2026-03-04T12:00:00Z");
    expect(formatRelativeTime(new Date("2026-03-04T11:55:00Z"), now, "zh-CN")).toBe("5分钟前");
    expect(formatRelativeTime(new Date("2026-03-03T12:00:00Z"), now, "zh-CN")).toBe("昨天");
    expect(formatRelativeTime(new Date("2024-03-04T12:00:00Z"), now, "zh-CN")).toBe("2年前");
  });

  it("says durations in Chinese units, without spaces", () => {
    expect(formatDuration(45_000, "zh-CN")).toBe("45秒");
    expect(formatDuration(12 * 60_000, "zh-CN")).toBe("12分钟");
    expect(formatDuration(185 * 60_000, "zh-CN")).toBe("3小时5分钟");
    expect(formatDuration(52 * 3_600_000, "zh-CN")).toBe("2天4小时");
  });
});
