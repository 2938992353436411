import type { ReactNode } from "react";
import { Legend, Tooltip, XAxis, YAxis, type AxisDomain } from "recharts";
import { AXIS_LABEL_STYLE, AXIS_PROPS, LEGEND_PROPS, TOOLTIP_PROPS } from "./chart-theme";
import { formatCount } from "./fleet-format";
import { formatBucket, formatDayTick, formatTimeTick, timeTicks, type Resolution } from "./time-axis";

/*
 * Shared pieces of the fleet charts, as functions returning recharts elements (recharts
 * reads its children directly, so these are called rather than rendered as components).
 */

/** Rows of a time series with the bucket start as a number, for a time x axis. */
export const withTimestamps = <T extends { t: string }>(points: readonly T[]) => points.map((p) => ({ ...p, ts: Date.parse(p.t) }));

/** The time x axis over `timestamps`, ticks on round UTC instants, titled with its unit. */
export function timeAxis(timestamps: readonly number[], label = "Time (UTC)") {
  const from = Math.min(...timestamps);
  const to = Math.max(...timestamps);
  return (
    <XAxis
      dataKey="ts"
      type="number"
      scale="time"
      domain={[from, to]}
      ticks={timeTicks(from, to)}
      // Narrow charts keep every other round tick rather than letting labels collide.
      interval="equidistantPreserveStart"
      minTickGap={8}
      tickFormatter={(value: number) => formatTimeTick(value, to - from)}
      {...AXIS_PROPS}
      label={{ value: label, position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
    />
  );
}

/** An x axis of UTC days ("2026-03-04" in `day`), thinned so labels never collide. */
export function dayAxis() {
  return (
    <XAxis
      dataKey="day"
      tickFormatter={(value: string) => formatDayTick(value)}
      interval="equidistantPreserveStart"
      minTickGap={8}
      padding={{ left: 12, right: 12 }}
      {...AXIS_PROPS}
      label={{ value: "Day (UTC)", position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
    />
  );
}

/** The tooltip of a daily series. */
export function dayTooltip(format: (value: number) => string) {
  return (
    <Tooltip
      {...TOOLTIP_PROPS}
      labelFormatter={(label: ReactNode) => (typeof label === "string" ? formatBucket(Date.parse(label), "day") : label)}
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

/** The tooltip of a time series: the bucket in UTC, each value formatted with its unit. */
export function timeTooltip(resolution: Resolution, format: (value: number) => string) {
  return (
    <Tooltip
      {...TOOLTIP_PROPS}
      labelFormatter={(label: ReactNode) => (typeof label === "number" ? formatBucket(label, resolution) : label)}
      formatter={(value) => (typeof value === "number" ? format(value) : String(value ?? ""))}
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

/** Dots on a line only when its points are few enough to be told apart (a sparse hour). */
export const lineDots = (points: number) => (points <= 40 ? { r: 2.5 } : false);
