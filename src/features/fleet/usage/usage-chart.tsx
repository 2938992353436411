"use client";

import { Area, AreaChart, CartesianGrid } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, fillRows, isolatedDot, timeAxis, timeTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, GRID_PROPS, seriesColor } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { formatCompact, formatCount } from "../fleet-format";
import { SPLIT_LABELS } from "../fleet-params";
import { RESOLUTION_LABELS } from "../time-axis";
import { pivotUsage, seriesLabel, type PivotRow, type Usage, type UsageMetric } from "./usage-meta";

const METRICS: Record<UsageMetric, { title: string; unit: string; column: string; format: (value: number) => string }> = {
  interactions: { title: "Interactions over time", unit: "Interactions", column: "interactions", format: formatCount },
  minutes: { title: "Minutes over time", unit: "Minutes", column: "minutes", format: (value) => `${formatCount(value)} min` },
};

type UsageChartProps = { metric: UsageMetric; query: ChartQuery<Usage>; skuLabels: ReadonlyMap<string, string> };

/** Interactions or minutes per bucket, stacked by SKU or agent when the view is split. */
export function UsageChart({ metric, query, skuLabels }: UsageChartProps) {
  const { zone } = useTimeZone();
  const { title, unit, column, format } = METRICS[metric];
  const pivot = (data: Usage) => pivotUsage(data, metric, (key) => seriesLabel(data.split, key, skuLabels, unit));
  return (
    <ChartCard
      title={title}
      description={query.data ? `${unit} ${RESOLUTION_LABELS[query.data.resolution]}${query.data.split === "none" ? "" : `, stacked ${SPLIT_LABELS[query.data.split].toLowerCase()}`}.` : undefined}
      query={query}
      csv={(data) => {
        const { rows, series } = pivot(data);
        const columns = [
          timeColumn<PivotRow>(zone),
          ...series.map((s) => ({ header: data.split === "none" ? column : `${column} ${s.label}`, value: (row: PivotRow) => row[s.dataKey] })),
        ];
        return { filename: csvFilename(`usage-${metric}-${data.split}`), text: toCsv(columns, rows) };
      }}
      summary={(data) => {
        const total = metric === "interactions" ? data.totals.interactions : data.totals.minutes;
        return `${unit} ${RESOLUTION_LABELS[data.resolution]}: ${format(total)} in total over ${formatCount(new Set(data.points.map((p) => p.t)).size)} buckets.`;
      }}
      empty={(data) => (data.points.length === 0 ? "No interactions in this range." : null)}
    >
      {(data) => {
        const { rows, series } = pivot(data);
        return (
          <AreaChart data={fillRows(data, rows)} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone)}
            {valueAxis(metric === "minutes" ? "Minutes (min)" : "Interactions (count)", { format: formatCompact })}
            {timeTooltip(data.resolution, format, zone)}
            {chartLegend("plainline", series.length > 3 ? 2 : 1)}
            {series.map((s, index) => (
              <Area
                key={s.dataKey}
                dataKey={s.dataKey}
                name={s.label}
                stackId="usage"
                type="monotone"
                stroke={seriesColor(index)}
                fill={seriesColor(index)}
                fillOpacity={0.25}
                strokeWidth={1.5}
                dot={isolatedDot}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        );
      }}
    </ChartCard>
  );
}
