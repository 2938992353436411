/*
 * What the device page states about a device, shared by the server and the page.
 */

/**
 * A device counts as online when it was seen (booted or refreshed its session) this recently.
 * A device refreshes its session at 70–85 % of the token lifetime — every 10.5–12.75 min
 * with the default 15 min — so a running device is seen at least every ~13 min; 20 min leaves
 * room for one late or failed refresh before it reads as offline.
 */
export const ONLINE_THRESHOLD_MS = 20 * 60_000;

export const isOnline = (lastSeenAt: Date | null, now: number) => lastSeenAt !== null && now - lastSeenAt.getTime() <= ONLINE_THRESHOLD_MS;

/** The windows of the device page's charts: hourly buckets for a day or a week, daily for 30 days. */
export const DEVICE_WINDOWS = ["24h", "7d", "30d"] as const;
export type DeviceWindow = (typeof DEVICE_WINDOWS)[number];
export const DEVICE_WINDOW_MS: Record<DeviceWindow, number> = { "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000 };
export const DEVICE_WINDOW_LABELS: Record<DeviceWindow, string> = { "24h": "Last 24 hours", "7d": "Last 7 days", "30d": "Last 30 days" };

/** How the config a device holds compares with the one it was given. */
export type ConfigState = "unknown" | "current" | "behind" | "ahead";

export function configState(given: number | null, reported: number | null): ConfigState {
  if (given === null || reported === null) return "unknown";
  return reported === given ? "current" : reported < given ? "behind" : "ahead";
}
