/*
 * Time buckets of the fleet charts, in UTC: a minute, an hour and a day are fixed lengths
 * of epoch milliseconds, so there is no daylight-saving hour to skip or repeat.
 */

import { DAY_MS, HOUR_MS, MINUTE_MS } from "./time";

export type BucketResolution = "minute" | "hour" | "day";

export const BUCKET_MS: Record<BucketResolution, number> = { minute: MINUTE_MS, hour: HOUR_MS, day: DAY_MS };

/** The start of the UTC bucket holding `ms`. */
export const bucketStart = (ms: number, resolution: BucketResolution) => Math.floor(ms / BUCKET_MS[resolution]) * BUCKET_MS[resolution];

/** The range [from, to) in epoch milliseconds. */
export type TimeRange = { from: number; to: number };

/** The start of every bucket that overlaps [from, to), oldest first; none for an empty range. */
export function bucketStarts({ from, to }: TimeRange, resolution: BucketResolution): number[] {
  const starts: number[] = [];
  for (let t = bucketStart(from, resolution); t < to; t += BUCKET_MS[resolution]) starts.push(t);
  return starts;
}

/**
 * One row per bucket of the range, oldest first: a bucket with data keeps its row, a bucket
 * without gets `empty(start)` — a row without values, which a chart draws as a gap rather
 * than a line across time nobody measured. Rows outside the range are kept, in order.
 */
export function fillBuckets<T extends { ts: number }, E extends { ts: number }>(
  rows: readonly T[],
  range: TimeRange,
  resolution: BucketResolution,
  empty: (start: number) => E,
): (T | E)[] {
  const byStart = new Map(rows.map((row) => [row.ts, row]));
  const filled: (T | E)[] = bucketStarts(range, resolution).map((start) => byStart.get(start) ?? empty(start));
  const placed = new Set(filled.map((row) => row.ts));
  const outside = rows.filter((row) => !placed.has(row.ts));
  return outside.length === 0 ? filled : [...filled, ...outside].sort((a, b) => a.ts - b.ts);
}
