"use client";

import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, lineDots, timeAxis, timeRows, timeTooltip, valueAxis } from "../chart-parts";
import { COLORS, GRID_PROPS, SLO_MARGIN } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { formatCount, formatMs, peak } from "../fleet-format";
import { KIND_LABELS } from "../fleet-params";
import { sloReferenceLine, sloSummary } from "../slo-lines";
import { gapNote, RESOLUTION_LABELS } from "../time-axis";
import { latencyAxis, type Latency } from "./latency-meta";

type Point = Latency["points"][number];
const COLUMNS = [
  { header: "p50_ms", value: (p: Point) => p.p50 },
  { header: "p95_ms", value: (p: Point) => p.p95 },
  { header: "p99_ms", value: (p: Point) => p.p99 },
];
const LINES = [
  { key: "p50", color: COLORS.p50, width: 1.5 },
  { key: "p95", color: COLORS.p95, width: 2.5 },
  { key: "p99", color: COLORS.p99, width: 1.25 },
] as const;

function summary(data: Latency) {
  const p95s = data.points.map((p) => p.p95);
  return `End-to-end ${data.kind} latency, ${formatCount(data.points.length)} points ${RESOLUTION_LABELS[data.resolution]}${gapNote(data, data.points.length)}: p95 over the range ${formatMs(data.summary.p95)}, highest p95 ${formatMs(peak(p95s))}; ${sloSummary(data)}.`;
}

/** p50, p95 and p99 of end-to-end latency per bucket, against the kind's SLO line; buckets without data are gaps. */
export function PercentileChart({ query }: { query: ChartQuery<Latency> }) {
  const { zone } = useTimeZone();
  return (
    <ChartCard
      title="End-to-end latency percentiles"
      description={query.data ? `${KIND_LABELS[query.data.kind]} interactions, ${RESOLUTION_LABELS[query.data.resolution]}. Lower is better; spikes from buckets with few interactions may run off the top (hover or download for exact values).` : undefined}
      query={query}
      csv={(data) => ({ filename: csvFilename(`latency-percentiles-${data.kind}`), text: toCsv([timeColumn<Point>(zone), ...COLUMNS], data.points) })}
      summary={summary}
      empty={(data) => (data.points.length === 0 ? "No interactions in this range." : null)}
    >
      {(data) => {
        const rows = timeRows(data, data.points);
        return (
          <LineChart data={rows} margin={SLO_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone)}
            {valueAxis("Latency (ms)", { ...latencyAxis(data.points.flatMap((p) => [p.p95, p.p99]), [data.sloMs]), allowDataOverflow: true })}
            {timeTooltip(data.resolution, formatMs, zone)}
            {chartLegend()}
            {LINES.map((line) => (
              <Line key={line.key} dataKey={line.key} name={line.key} stroke={line.color} strokeWidth={line.width} dot={lineDots(rows.length)} isAnimationActive={false} />
            ))}
            {sloReferenceLine(data)}
          </LineChart>
        );
      }}
    </ChartCard>
  );
}
