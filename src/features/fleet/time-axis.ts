import type { RouterOutputs } from "@/lib/trpc";
import { UTC_ZONE, zoneLabel, zoneOffsetMinutes, type TimeZone } from "@/lib/time-zone";
import { bucketStarts } from "@/shared/time-buckets";
import { MINUTE_MS, HOUR_MS, DAY_MS } from "@/shared/time";
import { ENGLISH_CHART_TEXT, type ChartText } from "./chart-text";

export type Resolution = RouterOutputs["fleet"]["latency"]["resolution"];
/** What a time series response says about its buckets: their size and the range they cover. */
export type SeriesFrame = { resolution: Resolution; range: { from: string; to: string } };

/** Tick spacings that read well, aligned on the zone's wall clock (multiples of them since its epoch). */
const STEPS = [1, 5, 10, 15, 30].map((m) => m * MINUTE_MS).concat([1, 2, 3, 6, 12].map((h) => h * HOUR_MS), [1, 2, 4, 7, 14, 28, 56, 91].map((d) => d * DAY_MS));

const formats = new Map<string, { clock: Intl.DateTimeFormat; day: Intl.DateTimeFormat; dayClock: Intl.DateTimeFormat }>();
/** The clock, day and day-with-clock formats of a zone in a language ("Mar 4, 09:00"; zh-CN "3月4日 09:00"). */
function formatsFor(zone: TimeZone, locale: string) {
  const key = `${zone.id}|${locale}`;
  let found = formats.get(key);
  if (!found) {
    const make = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: zone.id, hourCycle: "h23", ...options });
    found = { clock: make({ hour: "2-digit", minute: "2-digit" }), day: make({ month: "short", day: "numeric" }), dayClock: make({ month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }) };
    formats.set(key, found);
  }
  return found;
}
/** UTC days ("2026-03-04" rows) are always named in UTC: they are UTC days on the server. */
const utcDay = (locale: string) => formatsFor(UTC_ZONE, locale).day;

/**
 * At most `maxTicks` evenly spaced instants between `from` and `to`, round on the zone's
 * clock (midnights and whole hours there). The offset is the one at `from`: a range across a
 * daylight-saving change keeps its ticks evenly spaced, an hour off round after the change.
 */
export function timeTicks(from: number, to: number, maxTicks = 8, zone: TimeZone = UTC_ZONE): number[] {
  const span = Math.max(0, to - from);
  const step = STEPS.find((s) => Math.floor(span / s) + 1 <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const offset = zoneOffsetMinutes(zone, from) * MINUTE_MS;
  const ticks: number[] = [];
  for (let t = Math.ceil((from + offset) / step) * step - offset; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** A tick label in the zone: the clock within a day, the day beyond. */
export function formatTimeTick(ms: number, spanMs: number, zone: TimeZone = UTC_ZONE, locale = "en"): string {
  const { clock, day, dayClock } = formatsFor(zone, locale);
  if (spanMs >= 2 * DAY_MS && (ms + zoneOffsetMinutes(zone, ms) * MINUTE_MS) % DAY_MS === 0) return day.format(ms);
  return spanMs <= DAY_MS ? clock.format(ms) : dayClock.format(ms);
}

/**
 * A bucket in a tooltip or summary: "Mar 4, 09:00 UTC" or "Mar 4, 17:00 UTC+08:00 Asia/Shanghai";
 * a day bucket is a UTC day whatever the zone: "Mar 4 (UTC day)".
 */
export function formatBucket(ms: number, resolution: Resolution, zone: TimeZone = UTC_ZONE, { locale, t }: ChartText = ENGLISH_CHART_TEXT): string {
  return resolution === "day" ? t("time.utcDay", { day: utcDay(locale).format(ms) }) : `${formatsFor(zone, locale).dayClock.format(ms)} ${zoneLabel(zone, ms)}`;
}

/** A UTC day ("2026-03-04") as a tick: "Mar 4" (zh-CN "3月4日"). */
export const formatDayTick = (isoDay: string, locale = "en") => utcDay(locale).format(Date.parse(isoDay));

/** "per hour" (zh-CN "每小时"): how a series is bucketed, for descriptions and summaries. */
export const resolutionLabel = (resolution: Resolution, { t }: ChartText = ENGLISH_CHART_TEXT) => t(`resolution.${resolution}`);

/**
 * " (7 minutes without data)" for a chart's text summary when buckets of its range had no data
 * (drawn as gaps), "" when none: a screen reader learns of the gaps too.
 */
export function gapNote(frame: SeriesFrame, withData: number, { t }: ChartText = ENGLISH_CHART_TEXT): string {
  const missing = bucketStarts({ from: Date.parse(frame.range.from), to: Date.parse(frame.range.to) }, frame.resolution).length - withData;
  if (missing <= 0) return "";
  return ` (${t(`gap.${frame.resolution}`, { count: missing })})`;
}
