"use client";

import { Area, AreaChart, CartesianGrid } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, fillRows, isolatedDot, timeAxis, timeTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, GRID_PROPS, seriesColor } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText } from "../chart-text";
import { formatCompact, formatCount } from "../fleet-format";
import { resolutionLabel } from "../time-axis";
import { pivotUsage, seriesLabel, type PivotRow, type Usage, type UsageMetric } from "./usage-meta";

/** The CSV column of each metric (machine-readable: stays English); titles and units are in `fleet.usageChart.<metric>`. */
const COLUMNS: Record<UsageMetric, string> = { interactions: "interactions", minutes: "minutes" };

type UsageChartProps = { metric: UsageMetric; query: ChartQuery<Usage>; skuLabels: ReadonlyMap<string, string> };

/** Interactions or minutes per bucket, stacked by SKU or agent when the view is split. */
export function UsageChart({ metric, query, skuLabels }: UsageChartProps) {
  const { zone } = useTimeZone();
  const text = useChartText();
  const { locale, t } = text;
  const column = COLUMNS[metric];
  const unit = t(`usageChart.${metric}.unit`);
  const format = (value: number) => (metric === "minutes" ? t("usageChart.minutesValue", { value: formatCount(value, locale) }) : formatCount(value, locale));
  const pivot = (data: Usage) => pivotUsage(data, metric, (key) => seriesLabel(data.split, key, skuLabels, unit, text));
  const describe = (data: Usage) =>
    data.split === "none"
      ? t("usageChart.description", { unit, resolution: resolutionLabel(data.resolution, text) })
      : t("usageChart.descriptionSplit", { unit, resolution: resolutionLabel(data.resolution, text), split: t(`splitsLower.${data.split}`) });
  return (
    <ChartCard
      title={t(`usageChart.${metric}.title`)}
      description={query.data ? describe(query.data) : undefined}
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
        return t("usageChart.summary", { unit, resolution: resolutionLabel(data.resolution, text), total: format(total), buckets: formatCount(new Set(data.points.map((p) => p.t)).size, locale) });
      }}
      empty={(data) => (data.points.length === 0 ? t("emptyRange") : null)}
    >
      {(data) => {
        const { rows, series } = pivot(data);
        return (
          <AreaChart data={fillRows(data, rows)} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone, text)}
            {valueAxis(t(`usageChart.${metric}.axis`), { format: (value) => formatCompact(value, locale) })}
            {timeTooltip(data.resolution, format, zone, text)}
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
