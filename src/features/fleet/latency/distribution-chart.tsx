"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis } from "recharts";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, valueAxis } from "../chart-parts";
import { AXIS_LABEL_STYLE, AXIS_PROPS, CHART_MARGIN, COLORS, GRID_PROPS, TOOLTIP_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText, type ChartText } from "../chart-text";
import { formatCount } from "../fleet-format";
import { sloReferenceLine, sloSummary } from "../slo-lines";
import type { Distribution } from "./latency-meta";

type Bin = Distribution["bars"][number];
const COLUMNS = [
  { header: "from_ms", value: (bin: Bin) => bin.fromMs },
  { header: "to_ms", value: (bin: Bin) => bin.toMs },
  { header: "interactions", value: (bin: Bin) => bin.count },
];

/** "600–700 ms", or "≥ 4,000 ms" for the open-ended last bar. */
const binLabel = (bin: Bin, locale: string) =>
  bin.toMs === null ? `≥ ${formatCount(bin.fromMs, locale)} ms` : `${formatCount(bin.fromMs, locale)}–${formatCount(bin.toMs, locale)} ms`;

function summary(data: Distribution, text: ChartText) {
  const { locale, t } = text;
  const total = data.bars.reduce((sum, bin) => sum + bin.count, 0);
  const mode = data.bars.reduce((best, bin) => (bin.count > best.count ? bin : best), data.bars[0]!);
  return t("distribution.summary", {
    total: formatCount(total, locale),
    kind: t(`kindsLower.${data.kind}`),
    mode: binLabel(mode, locale),
    tail: formatCount(data.bars[data.bars.length - 1]!.count, locale),
    slo: sloSummary(data, text),
  });
}

/** How end-to-end latencies spread: 100 ms bars up to 4 s, one bar for the tail, and the kind's SLO line. */
export function DistributionChart({ query }: { query: ChartQuery<Distribution> }) {
  const text = useChartText();
  const { locale, t } = text;
  return (
    <ChartCard
      title={t("distribution.title")}
      description={t("distribution.description")}
      query={query}
      csv={(data) => ({ filename: csvFilename(`latency-distribution-${data.kind}`), text: toCsv(COLUMNS, data.bars) })}
      summary={(data) => summary(data, text)}
      empty={(data) => (data.bars.every((bin) => bin.count === 0) ? t("emptyRange") : null)}
    >
      {(data) => {
        // Bars sit on a number axis at their bin's middle, so the SLO line falls on a bin edge.
        const rows = data.bars.map((bin) => ({ ...bin, mid: bin.fromMs + 50, label: binLabel(bin, locale) }));
        const tail = rows[rows.length - 1]!.mid;
        return (
          <BarChart data={rows} margin={CHART_MARGIN} barCategoryGap={1} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            <XAxis
              dataKey="mid"
              type="number"
              domain={[0, tail + 50]}
              ticks={[0, 500, 1000, 1500, 2000, 2500, 3000, 3500, tail]}
              tickFormatter={(value: number) => (value === tail ? "≥ 4 s" : formatCount(value, locale))}
              {...AXIS_PROPS}
              label={{ value: t("distribution.xAxis"), position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
            />
            {valueAxis(t("distribution.yAxis"), { format: (value) => formatCount(value, locale) })}
            <Tooltip
              {...TOOLTIP_PROPS}
              cursor={{ fill: "#f1f5f9" }}
              labelFormatter={(_, payload) => (payload[0]?.payload as { label?: string } | undefined)?.label ?? ""}
              formatter={(value) => (typeof value === "number" ? formatCount(value, locale) : String(value ?? ""))}
            />
            {chartLegend("square")}
            <Bar dataKey="count" name={t("distribution.legend")} fill={COLORS.p95} isAnimationActive={false} />
            {sloReferenceLine(data, { axis: "x", text })}
          </BarChart>
        );
      }}
    </ChartCard>
  );
}
