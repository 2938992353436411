import type { ReactNode } from "react";
import { Legend, Tooltip, XAxis, YAxis, type AxisDomain, type DotItemDotProps, type DotType } from "recharts";
import { AXIS_LABEL_STYLE, AXIS_PROPS, LEGEND_PROPS, TOOLTIP_PROPS } from "./chart-theme";
import { UTC_ZONE, zoneLabel, type TimeZone } from "@/lib/time-zone";
import { fillBuckets } from "@/shared/time-buckets";
import { ENGLISH_CHART_TEXT, type ChartText } from "./chart-text";
import { formatCount } from "./fleet-format";
import { formatBucket, formatDayTick, formatTimeTick, timeTicks, type Resolution, type SeriesFrame } from "./time-axis";

/*
 * Shared pieces of the fleet charts, as functions returning recharts elements (recharts
 * reads its children directly, so these are called rather than rendered as components).
 */

/** A row of a time series: its bucket (ISO and epoch ms) and, when the bucket had data, its values. */
export type TimeRow<T> = { t: string; ts: number } & Partial<T>;

/**
 * One row per bucket of the series' whole range (`rows` carry `ts`, the bucket start): a
 * bucket without data is a row without values, which recharts draws as a gap
 * (`connectNulls` stays off) — never a line bridging time in which nothing was measured.
 */
export function fillRows<T extends { t: string; ts: number }>(frame: SeriesFrame, rows: readonly T[]): TimeRow<T>[] {
  const range = { from: Date.parse(frame.range.from), to: Date.parse(frame.range.to) };
  return fillBuckets<T, TimeRow<T>>(rows, range, frame.resolution, (ts) => ({ t: new Date(ts).toISOString(), ts }) as TimeRow<T>);
}

/** The points of a series over its whole range, with their bucket start as a number for a time x axis. */
export const timeRows = <T extends { t: string }>(frame: SeriesFrame, points: readonly T[]) => fillRows(frame, points.map((p) => ({ ...p, ts: Date.parse(p.t) })));

/**
 * The x axis title: the zone its times are in, "Time (UTC+08:00 Asia/Shanghai)"; a series of
 * day buckets says its days are UTC days (the server rolls days up in UTC).
 */
export function timeAxisLabel(frame: SeriesFrame, zone: TimeZone, { t }: ChartText = ENGLISH_CHART_TEXT): string {
  const name = zoneLabel(zone, Date.parse(frame.range.to));
  return frame.resolution === "day" && !zone.utc ? t("time.axisUtcDays", { zone: name }) : t("time.axis", { zone: name });
}

/** The time x axis over the whole range of a series (not just the buckets with data), ticks on round instants of the zone, titled with the zone. */
export function timeAxis(frame: SeriesFrame, zone: TimeZone = UTC_ZONE, text: ChartText = ENGLISH_CHART_TEXT) {
  const from = Date.parse(frame.range.from);
  const to = Date.parse(frame.range.to);
  const label = timeAxisLabel(frame, zone, text);
  return (
    <XAxis
      dataKey="ts"
      type="number"
      scale="time"
      domain={[from, to]}
      ticks={timeTicks(from, to, 8, zone)}
      // Narrow charts keep every other round tick rather than letting labels collide.
      interval="equidistantPreserveStart"
      minTickGap={8}
      tickFormatter={(value: number) => formatTimeTick(value, to - from, zone, text.locale)}
      {...AXIS_PROPS}
      label={{ value: label, position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
    />
  );
}

/** An x axis of UTC days ("2026-03-04" in `day`), thinned so labels never collide; UTC days whatever the zone chosen. */
export function dayAxis({ locale, t }: ChartText = ENGLISH_CHART_TEXT) {
  return (
    <XAxis
      dataKey="day"
      tickFormatter={(value: string) => formatDayTick(value, locale)}
      interval="equidistantPreserveStart"
      minTickGap={8}
      padding={{ left: 12, right: 12 }}
      {...AXIS_PROPS}
      label={{ value: t("time.dayAxis"), position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
    />
  );
}

/** The tooltip of a daily series. */
export function dayTooltip(format: (value: number) => string, text: ChartText = ENGLISH_CHART_TEXT) {
  return (
    <Tooltip
      {...TOOLTIP_PROPS}
      labelFormatter={(label: ReactNode) => (typeof label === "string" ? formatBucket(Date.parse(label), "day", UTC_ZONE, text) : label)}
      formatter={(value) => (typeof value === "number" ? format(value) : String(value ?? ""))}
    />
  );
}

/** A value y axis titled with its unit: "Latency (ms)". */
export function valueAxis(
  label: string,
  options: { format?: (value: number) => string; domain?: AxisDomain; ticks?: number[]; allowDataOverflow?: boolean } = {},
) {
  return (
    <YAxis
      {...AXIS_PROPS}
      width={68}
      domain={options.domain}
      ticks={options.ticks}
      allowDataOverflow={options.allowDataOverflow}
      tickFormatter={(value: number) => (options.format ?? formatCount)(value)}
      label={{ value: label, angle: -90, position: "insideLeft", style: { textAnchor: "middle", ...AXIS_LABEL_STYLE } }}
    />
  );
}

/**
 * The tooltip of a time series: the bucket in the zone (named), each value formatted with its unit.
 * A bucket without data (a gap in the lines) still names its time and says "no data", rather than
 * showing nothing where the pointer is.
 */
export function timeTooltip(resolution: Resolution, format: (value: number) => string, zone: TimeZone = UTC_ZONE, text: ChartText = ENGLISH_CHART_TEXT) {
  return (
    <Tooltip
      {...TOOLTIP_PROPS}
      filterNull={false}
      labelFormatter={(label: ReactNode) => (typeof label === "number" ? formatBucket(label, resolution, zone, text) : label)}
      formatter={(value) => (typeof value === "number" ? format(value) : text.t("time.noData"))}
    />
  );
}

/** The legend above the plot, in series order, its text in the console's grey; `rows` reserves room for a long one. */
export function chartLegend(iconType: "plainline" | "square" = "plainline", rows = 1) {
  return (
    <Legend
      {...LEGEND_PROPS}
      iconType={iconType}
      itemSorter={null}
      verticalAlign="top"
      align="right"
      height={12 + 18 * rows}
      formatter={(value: ReactNode) => <span className="text-slate-600">{value}</span>}
    />
  );
}

/** A dot only on a point with a gap on both sides: a line alone would not draw it at all. */
export function isolatedDot({ index, points, cx, cy, stroke }: DotItemDotProps) {
  const has = (i: number) => points[i]?.y != null;
  if (cx === undefined || cy === undefined || !has(index) || has(index - 1) || has(index + 1)) return null;
  return <circle cx={cx} cy={cy} r={2.5} fill={typeof stroke === "string" ? stroke : undefined} className="recharts-isolated-dot" />;
}

/**
 * Dots on every point when they are few enough to be told apart (a sparse hour); otherwise
 * only on the points between two gaps, so a lone bucket with data still shows.
 */
export const lineDots = (points: number): DotType => (points <= 40 ? { r: 2.5 } : isolatedDot);
