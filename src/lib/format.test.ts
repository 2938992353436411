import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./format";

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
