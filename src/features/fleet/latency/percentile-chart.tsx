"use client";

import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, lineDots, timeAxis, timeRows, timeTooltip, valueAxis } from "../chart-parts";
import { COLORS, GRID_PROPS, SLO_MARGIN } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText, type ChartText } from "../chart-text";
import { formatCount, formatMs, peak } from "../fleet-format";
import { sloReferenceLine, sloSummary } from "../slo-lines";
import { gapNote, resolutionLabel } from "../time-axis";
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

function summary(data: Latency, text: ChartText) {
  const { locale, t } = text;
  return t("percentiles.summary", {
    kind: t(`kindsLower.${data.kind}`),
    count: data.points.length,
    resolution: resolutionLabel(data.resolution, text),
    gaps: gapNote(data, data.points.length, text),
    p95: formatMs(data.summary.p95, locale),
    peak: formatMs(peak(data.points.map((p) => p.p95)), locale),
    slo: sloSummary(data, text),
  });
}

/** p50, p95 and p99 of end-to-end latency per bucket, against the kind's SLO line; buckets without data are gaps. */
export function PercentileChart({ query }: { query: ChartQuery<Latency> }) {
  const { zone } = useTimeZone();
  const text = useChartText();
  const { t } = text;
  return (
    <ChartCard
      title={t("percentiles.title")}
      description={query.data ? t("percentiles.description", { kind: t(`kinds.${query.data.kind}`), resolution: resolutionLabel(query.data.resolution, text) }) : undefined}
      query={query}
      csv={(data) => ({ filename: csvFilename(`latency-percentiles-${data.kind}`), text: toCsv([timeColumn<Point>(zone), ...COLUMNS], data.points) })}
      summary={(data) => summary(data, text)}
      empty={(data) => (data.points.length === 0 ? t("emptyRange") : null)}
    >
      {(data) => {
        const rows = timeRows(data, data.points);
        return (
          <LineChart data={rows} margin={SLO_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone, text)}
            {valueAxis(t("percentiles.axis"), { ...latencyAxis(data.points.flatMap((p) => [p.p95, p.p99]), [data.sloMs]), allowDataOverflow: true, format: (value) => formatCount(value, text.locale) })}
            {timeTooltip(data.resolution, (value) => formatMs(value, text.locale), zone, text)}
            {chartLegend()}
            {LINES.map((line) => (
              <Line key={line.key} dataKey={line.key} name={line.key} stroke={line.color} strokeWidth={line.width} dot={lineDots(rows.length)} isAnimationActive={false} />
            ))}
            {sloReferenceLine(data, { text })}
          </LineChart>
        );
      }}
    </ChartCard>
  );
}
