"use client";

import { Bar, BarChart, CartesianGrid } from "recharts";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, dayAxis, dayTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { formatCount, peak } from "../fleet-format";
import type { ActiveDevices } from "./usage-meta";

type Day = ActiveDevices["daily"][number];
const COLUMNS = [
  { header: "day_utc", value: (d: Day) => d.day },
  { header: "active_devices", value: (d: Day) => d.devices },
];

/** Devices that reported at least one interaction, per UTC day. */
export function ActiveDevicesChart({ query }: { query: ChartQuery<ActiveDevices> }) {
  return (
    <ChartCard
      title="Active devices per day"
      description="Devices with at least one interaction that day. Follows the range and SKU filters."
      query={query}
      csv={(data) => ({ filename: csvFilename("usage-active-devices"), text: toCsv(COLUMNS, data.daily) })}
      summary={(data) =>
        `Active devices per day over ${formatCount(data.daily.length)} days: up to ${formatCount(peak(data.daily.map((d) => d.devices)) ?? 0)} a day; ${formatCount(data.monthlyActive)} active in the 30 days to the range's end.`
      }
      empty={(data) => (data.daily.length === 0 ? "No device reported in this range." : null)}
    >
      {(data) => (
        <BarChart data={data.daily} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid {...GRID_PROPS} />
          {dayAxis()}
          {valueAxis("Devices (count)", { domain: [0, "auto"] })}
          {dayTooltip(formatCount)}
          {chartLegend("square")}
          <Bar dataKey="devices" name="Active devices" fill={COLORS.p95} maxBarSize={32} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}
