"use client";

import { Bar, BarChart, CartesianGrid } from "recharts";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, dayAxis, dayTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText } from "../chart-text";
import { formatCount, peak } from "../fleet-format";
import type { ActiveDevices } from "./usage-meta";

type Day = ActiveDevices["daily"][number];
const COLUMNS = [
  { header: "day_utc", value: (d: Day) => d.day },
  { header: "active_devices", value: (d: Day) => d.devices },
];

/** Devices that reported at least one interaction, per UTC day. */
export function ActiveDevicesChart({ query }: { query: ChartQuery<ActiveDevices> }) {
  const text = useChartText();
  const { locale, t } = text;
  const count = (value: number) => formatCount(value, locale);
  return (
    <ChartCard
      title={t("activeDevices.title")}
      description={t("activeDevices.description")}
      query={query}
      csv={(data) => ({ filename: csvFilename("usage-active-devices"), text: toCsv(COLUMNS, data.daily) })}
      summary={(data) =>
        t("activeDevices.summary", { days: count(data.daily.length), peak: count(peak(data.daily.map((d) => d.devices)) ?? 0), monthly: count(data.monthlyActive) })
      }
      empty={(data) => (data.daily.length === 0 ? t("noDeviceInRange") : null)}
    >
      {(data) => (
        <BarChart data={data.daily} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid {...GRID_PROPS} />
          {dayAxis(text)}
          {valueAxis(t("activeDevices.axis"), { domain: [0, "auto"], format: count })}
          {dayTooltip(count, text)}
          {chartLegend("square")}
          <Bar dataKey="devices" name={t("activeDevices.legend")} fill={COLORS.p95} maxBarSize={32} isAnimationActive={false} />
        </BarChart>
      )}
    </ChartCard>
  );
}
