"use client";

import { Area, AreaChart, CartesianGrid } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn, type TimeZone } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, isolatedDot, timeAxis, timeRows, timeTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { formatMs } from "../fleet-format";
import { formatBucket, RESOLUTION_LABELS } from "../time-axis";
import type { Stages } from "./latency-meta";

type Point = Stages["points"][number];
const STAGES = [
  { key: "asr", name: "ASR", color: COLORS.asr },
  { key: "llm", name: "LLM", color: COLORS.llm },
  { key: "tts", name: "TTS", color: COLORS.tts },
  { key: "other", name: "Other (network & queuing)", color: COLORS.other },
] as const;
const COLUMNS = STAGES.map((stage) => ({ header: `${stage.key}_ms`, value: (p: Point) => p[stage.key] }));

function summary(data: Stages, zone: TimeZone) {
  const last = data.points[data.points.length - 1];
  if (!last) return "No interactions in this range.";
  const stages = STAGES.map((stage) => `${stage.name} ${formatMs(last[stage.key])}`).join(", ");
  return `Mean time per stage of ${data.kind} interactions, latest bucket ${formatBucket(Date.parse(last.t), data.resolution, zone)}: ${stages}; end to end ${formatMs(last.e2e)}.`;
}

/** Where the time goes: mean ASR, LLM, TTS and the rest per bucket, stacked up to the mean end-to-end latency; buckets without data are gaps. */
export function StageChart({ query }: { query: ChartQuery<Stages> }) {
  const { zone } = useTimeZone();
  return (
    <ChartCard
      title="Stage breakdown"
      description={query.data ? `Mean time per stage, stacked to the mean end-to-end latency, ${RESOLUTION_LABELS[query.data.resolution]}.` : undefined}
      query={query}
      csv={(data) => ({ filename: csvFilename(`latency-stages-${data.kind}`), text: toCsv([timeColumn<Point>(zone), ...COLUMNS], data.points) })}
      summary={(data) => summary(data, zone)}
      empty={(data) => (data.points.length === 0 ? "No interactions in this range." : null)}
    >
      {(data) => {
        const rows = timeRows(data, data.points);
        return (
          <AreaChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone)}
            {valueAxis("Mean time (ms)")}
            {timeTooltip(data.resolution, formatMs, zone)}
            {chartLegend()}
            {STAGES.map((stage) => (
              <Area
                key={stage.key}
                dataKey={stage.key}
                name={stage.name}
                stackId="stages"
                type="monotone"
                stroke={stage.color}
                fill={stage.color}
                fillOpacity={0.55}
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
