import { describe, expect, it } from "vitest";
import { formatBucket, formatTimeTick, timeTicks } from "@/features/fleet/time-axis";
import { formatOffset, isoInZone, timeColumn, utcOfWallTime, UTC_ZONE, wallTimeInZone, zoneLabel, zoneOffsetMinutes } from "./time-zone";

const shanghai = { id: "Asia/Shanghai", utc: false };
const newYork = { id: "America/New_York", utc: false };
const at = (iso: string) => Date.parse(iso);

describe("zone offsets and labels", () => {
  it("reads the offset of a zone at an instant, daylight saving included", () => {
    expect(zoneOffsetMinutes(shanghai, at("2026-03-04T09:00:00Z"))).toBe(480);
    expect(zoneOffsetMinutes(newYork, at("2026-01-15T12:00:00Z"))).toBe(-300);
    expect(zoneOffsetMinutes(newYork, at("2026-07-15T12:00:00Z"))).toBe(-240);
    expect(zoneOffsetMinutes(UTC_ZONE, at("2026-07-15T12:00:00Z"))).toBe(0);
    expect(zoneOffsetMinutes({ id: "Asia/Kolkata", utc: false }, at("2026-07-15T12:00:00Z"))).toBe(330);
  });

  it("names the zone with its offset", () => {
    expect(formatOffset(-330)).toBe("-05:30");
    expect(zoneLabel(shanghai, at("2026-03-04T09:00:00Z"))).toBe("UTC+08:00 Asia/Shanghai");
    expect(zoneLabel(UTC_ZONE)).toBe("UTC");
  });

  it("writes ISO times with the zone's offset", () => {
    expect(isoInZone(at("2026-03-04T09:00:00Z"), shanghai)).toBe("2026-03-04T17:00:00+08:00");
    expect(isoInZone(at("2026-03-04T09:00:00Z"), UTC_ZONE)).toBe("2026-03-04T09:00:00.000Z");
  });

  it("names the zone in the CSV time column", () => {
    const local = timeColumn<{ t: string }>(shanghai);
    expect(local.header).toMatch(/^time \(UTC\+08:00 Asia\/Shanghai\)$/);
    expect(local.value({ t: "2026-03-04T09:00:00.000Z" })).toBe("2026-03-04T17:00:00+08:00");
    expect(timeColumn(UTC_ZONE).header).toBe("time_utc");
  });
});

describe("axes in a zone", () => {
  it("puts a week's ticks on the zone's midnights", () => {
    const ticks = timeTicks(at("2026-03-01T10:00:00Z"), at("2026-03-08T10:00:00Z"), 8, shanghai);
    expect(ticks.every((t) => new Date(t).toISOString().endsWith("T16:00:00.000Z"))).toBe(true);
    expect(formatTimeTick(ticks[0]!, 7 * 86_400_000, shanghai)).toBe("Mar 2");
  });

  it("shows the zone's clock and names it in a tooltip; day buckets stay UTC days", () => {
    expect(formatTimeTick(at("2026-03-04T09:00:00Z"), 86_400_000, shanghai)).toBe("17:00");
    expect(formatBucket(at("2026-03-04T09:00:00Z"), "hour", shanghai)).toBe("Mar 4, 17:00 UTC+08:00 Asia/Shanghai");
    expect(formatBucket(at("2026-03-04T00:00:00Z"), "day", shanghai)).toBe("Mar 4 (UTC day)");
  });
});

describe("custom range inputs in a zone", () => {
  it("shows a UTC range as the zone's wall time and reads it back", () => {
    expect(wallTimeInZone("2026-03-04T16:00", shanghai)).toBe("2026-03-05T00:00");
    expect(utcOfWallTime("2026-03-05T00:00", shanghai)).toBe("2026-03-04T16:00");
    expect(wallTimeInZone("2026-03-04T16:00", UTC_ZONE)).toBe("2026-03-04T16:00");
  });
  it("uses the offset of the day itself across a daylight-saving change", () => {
    // New York is UTC-5 before 2026-03-08 and UTC-4 after.
    expect(utcOfWallTime("2026-03-07T12:00", newYork)).toBe("2026-03-07T17:00");
    expect(utcOfWallTime("2026-03-09T12:00", newYork)).toBe("2026-03-09T16:00");
    expect(wallTimeInZone("2026-03-09T16:00", newYork)).toBe("2026-03-09T12:00");
  });
  it("leaves empty and unreadable values alone", () => {
    expect(wallTimeInZone("", shanghai)).toBe("");
    expect(utcOfWallTime("not a time", shanghai)).toBe("not a time");
  });
});
