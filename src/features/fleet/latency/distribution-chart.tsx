"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis } from "recharts";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, valueAxis } from "../chart-parts";
import { AXIS_LABEL_STYLE, AXIS_PROPS, CHART_MARGIN, COLORS, GRID_PROPS, TOOLTIP_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
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
const binLabel = (bin: Bin) => (bin.toMs === null ? `≥ ${formatCount(bin.fromMs)} ms` : `${formatCount(bin.fromMs)}–${formatCount(bin.toMs)} ms`);

function summary(data: Distribution) {
  const total = data.bars.reduce((sum, bin) => sum + bin.count, 0);
  const mode = data.bars.reduce((best, bin) => (bin.count > best.count ? bin : best), data.bars[0]!);
  return `${formatCount(total)} ${data.kind} interactions in 100 ms bins; most common ${binLabel(mode)}; ${formatCount(data.bars[data.bars.length - 1]!.count)} at 4 s or more; ${sloSummary(data)}.`;
}

/** How end-to-end latencies spread: 100 ms bars up to 4 s, one bar for the tail, and the kind's SLO line. */
export function DistributionChart({ query }: { query: ChartQuery<Distribution> }) {
  return (
    <ChartCard
      title="Latency distribution"
      description="Interactions per 100 ms of end-to-end latency over the whole range; the last bar holds everything from 4 s."
      query={query}
      csv={(data) => ({ filename: csvFilename(`latency-distribution-${data.kind}`), text: toCsv(COLUMNS, data.bars) })}
      summary={summary}
      empty={(data) => (data.bars.every((bin) => bin.count === 0) ? "No interactions in this range." : null)}
    >
      {(data) => {
        // Bars sit on a number axis at their bin's middle, so the SLO line falls on a bin edge.
        const rows = data.bars.map((bin) => ({ ...bin, mid: bin.fromMs + 50, label: binLabel(bin) }));
        const tail = rows[rows.length - 1]!.mid;
        return (
          <BarChart data={rows} margin={CHART_MARGIN} barCategoryGap={1} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            <XAxis
              dataKey="mid"
              type="number"
              domain={[0, tail + 50]}
              ticks={[0, 500, 1000, 1500, 2000, 2500, 3000, 3500, tail]}
              tickFormatter={(value: number) => (value === tail ? "≥ 4 s" : formatCount(value))}
              {...AXIS_PROPS}
              label={{ value: "End-to-end latency (ms)", position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
            />
            {valueAxis("Interactions (count)")}
            <Tooltip
              {...TOOLTIP_PROPS}
              cursor={{ fill: "#f1f5f9" }}
              labelFormatter={(_, payload) => (payload[0]?.payload as { label?: string } | undefined)?.label ?? ""}
              formatter={(value) => (typeof value === "number" ? formatCount(value) : String(value ?? ""))}
            />
            {chartLegend("square")}
            <Bar dataKey="count" name="Interactions" fill={COLORS.p95} isAnimationActive={false} />
            {sloReferenceLine(data, { axis: "x" })}
          </BarChart>
        );
      }}
    </ChartCard>
  );
}
