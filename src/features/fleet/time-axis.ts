import type { RouterOutputs } from "@/lib/trpc";
import { bucketStarts } from "@/shared/time-buckets";

export type Resolution = RouterOutputs["fleet"]["latency"]["resolution"];
/** What a time series response says about its buckets: their size and the range they cover. */
export type SeriesFrame = { resolution: Resolution; range: { from: string; to: string } };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Tick spacings that read well, all aligned on UTC (multiples of them since the epoch). */
const STEPS = [1, 5, 10, 15, 30].map((m) => m * MINUTE_MS).concat([1, 2, 3, 6, 12].map((h) => h * HOUR_MS), [1, 2, 4, 7, 14, 28, 56, 91].map((d) => d * DAY_MS));

const utc = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en", { timeZone: "UTC", hourCycle: "h23", ...options });
const clock = utc({ hour: "2-digit", minute: "2-digit" });
const day = utc({ month: "short", day: "numeric" });
const dayClock = utc({ month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** At most `maxTicks` evenly spaced, round instants (UTC) between `from` and `to`. */
export function timeTicks(from: number, to: number, maxTicks = 8): number[] {
  const span = Math.max(0, to - from);
  const step = STEPS.find((s) => Math.floor(span / s) + 1 <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** A tick label: the clock within a day, the day beyond. All charts read in UTC. */
export function formatTimeTick(ms: number, spanMs: number): string {
  if (spanMs >= 2 * DAY_MS && ms % DAY_MS === 0) return day.format(ms);
  return spanMs <= DAY_MS ? clock.format(ms) : dayClock.format(ms);
}

/** A bucket in a tooltip or summary: "Mar 4, 09:00 UTC", or "Mar 4 (UTC)" for a day. */
export function formatBucket(ms: number, resolution: Resolution): string {
  return resolution === "day" ? `${day.format(ms)} (UTC)` : `${dayClock.format(ms)} UTC`;
}

/** A UTC day ("2026-03-04") as a tick: "Mar 4". */
export const formatDayTick = (isoDay: string) => day.format(Date.parse(isoDay));

export const RESOLUTION_LABELS: Record<Resolution, string> = { minute: "per minute", hour: "per hour", day: "per day" };

const BUCKET_NAMES: Record<Resolution, [string, string]> = { minute: ["minute", "minutes"], hour: ["hour", "hours"], day: ["day", "days"] };

/**
 * " (7 minutes without data)" for a chart's text summary when buckets of its range had no data
 * (drawn as gaps), "" when none: a screen reader learns of the gaps too.
 */
export function gapNote(frame: SeriesFrame, withData: number): string {
  const missing = bucketStarts({ from: Date.parse(frame.range.from), to: Date.parse(frame.range.to) }, frame.resolution).length - withData;
  if (missing <= 0) return "";
  const [one, many] = BUCKET_NAMES[frame.resolution];
  return ` (${missing.toLocaleString("en")} ${missing === 1 ? one : many} without data)`;
}
