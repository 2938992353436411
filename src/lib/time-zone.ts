/*
 * The time zone times are shown in: the viewer's own (the browser's) or UTC. Pure helpers;
 * the choice itself lives in `useTimeZone()` (src/lib/use-time-zone.ts).
 */

export type TimeZoneMode = "local" | "utc";

/** A zone to format times in: its IANA id ("UTC" for UTC) and whether it is UTC. */
export type TimeZone = { id: string; utc: boolean };

export const UTC_ZONE: TimeZone = { id: "UTC", utc: true };

/** The browser's zone ("Asia/Shanghai"), or UTC when it cannot tell or is UTC itself. */
export function browserTimeZone(): TimeZone {
  const id = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return !id || id === "UTC" || id === "Etc/UTC" ? UTC_ZONE : { id, utc: false };
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `ms`, in minutes (+480 for Asia/Shanghai). */
export function zoneOffsetMinutes(zone: TimeZone, ms: number): number {
  if (zone.utc) return 0;
  let format = offsetFormats.get(zone.id);
  if (!format) {
    format = new Intl.DateTimeFormat("en", { timeZone: zone.id, timeZoneName: "longOffset" });
    offsetFormats.set(zone.id, format);
  }
  const name = format.formatToParts(ms).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** "+08:00", "-05:30", "+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** How an axis, tooltip or export names the zone: "UTC", or "UTC+08:00 Asia/Shanghai" (offset at `at`). */
export function zoneLabel(zone: TimeZone, at: number = Date.now()): string {
  return zone.utc ? "UTC" : `UTC${formatOffset(zoneOffsetMinutes(zone, at))} ${zone.id}`;
}

/** An instant as ISO 8601 in the zone: "2026-03-04T17:00:00+08:00" (UTC keeps "…Z"). */
export function isoInZone(ms: number, zone: TimeZone): string {
  if (zone.utc) return new Date(ms).toISOString();
  const offset = zoneOffsetMinutes(zone, ms);
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${formatOffset(offset)}`;
}

/**
 * The CSV column of a series' bucket times: `time_utc` (ISO, "Z") in UTC, else
 * `time (UTC+08:00 Asia/Shanghai)` with each value carrying its offset — the file says
 * which zone its times are in either way.
 */
export function timeColumn<T extends { t: string }>(zone: TimeZone) {
  return { header: zone.utc ? "time_utc" : `time (${zoneLabel(zone)})`, value: (row: T) => isoInZone(Date.parse(row.t), zone) };
}

/**
 * A UTC "YYYY-MM-DDTHH:mm" (how URLs keep a custom range, so shared links mean the same
 * instants to everyone) as that instant's wall time in the zone, for a datetime-local input.
 * Anything that is not such a value is returned as it is (an empty input stays empty).
 */
export function wallTimeInZone(utcInput: string, zone: TimeZone): string {
  const ms = Date.parse(`${utcInput}Z`);
  if (zone.utc || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(utcInput) || Number.isNaN(ms)) return utcInput;
  return new Date(ms + zoneOffsetMinutes(zone, ms) * 60_000).toISOString().slice(0, 16);
}

/** The reverse of wallTimeInZone: a wall time typed in the zone, as the UTC value for the URL. */
export function utcOfWallTime(wallInput: string, zone: TimeZone): string {
  const wallMs = Date.parse(`${wallInput}Z`);
  if (zone.utc || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wallInput) || Number.isNaN(wallMs)) return wallInput;
  // The offset depends on the instant and the instant on the offset: a second step settles it at DST changes.
  const guess = wallMs - zoneOffsetMinutes(zone, wallMs) * 60_000;
  return new Date(wallMs - zoneOffsetMinutes(zone, guess) * 60_000).toISOString().slice(0, 16);
}
