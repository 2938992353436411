"use client";

import { Area, AreaChart, CartesianGrid } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn, type TimeZone } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, isolatedDot, timeAxis, timeRows, timeTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText, type ChartText } from "../chart-text";
import { formatCount, formatMs } from "../fleet-format";
import { formatBucket, resolutionLabel } from "../time-axis";
import type { Stages } from "./latency-meta";

type Point = Stages["points"][number];
// Named in the catalogs: `fleet.stages.names.<key>`.
const STAGES = [
  { key: "asr", color: COLORS.asr },
  { key: "llm", color: COLORS.llm },
  { key: "tts", color: COLORS.tts },
  { key: "other", color: COLORS.other },
] as const;
const COLUMNS = STAGES.map((stage) => ({ header: `${stage.key}_ms`, value: (p: Point) => p[stage.key] }));

function summary(data: Stages, zone: TimeZone, text: ChartText) {
  const { locale, t } = text;
  const last = data.points[data.points.length - 1];
  if (!last) return t("emptyRange");
  const stages = STAGES.map((stage) => `${t(`stages.names.${stage.key}`)} ${formatMs(last[stage.key], locale)}`).join(t("stages.separator"));
  return t("stages.summary", {
    kind: t(`kindsLower.${data.kind}`),
    bucket: formatBucket(Date.parse(last.t), data.resolution, zone, text),
    stages,
    e2e: formatMs(last.e2e, locale),
  });
}

/** Where the time goes: mean ASR, LLM, TTS and the rest per bucket, stacked up to the mean end-to-end latency; buckets without data are gaps. */
export function StageChart({ query }: { query: ChartQuery<Stages> }) {
  const { zone } = useTimeZone();
  const text = useChartText();
  const { locale, t } = text;
  return (
    <ChartCard
      title={t("stages.title")}
      description={query.data ? t("stages.description", { resolution: resolutionLabel(query.data.resolution, text) }) : undefined}
      query={query}
      csv={(data) => ({ filename: csvFilename(`latency-stages-${data.kind}`), text: toCsv([timeColumn<Point>(zone), ...COLUMNS], data.points) })}
      summary={(data) => summary(data, zone, text)}
      empty={(data) => (data.points.length === 0 ? t("emptyRange") : null)}
    >
      {(data) => {
        const rows = timeRows(data, data.points);
        return (
          <AreaChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone, text)}
            {valueAxis(t("stages.axis"), { format: (value) => formatCount(value, locale) })}
            {timeTooltip(data.resolution, (value) => formatMs(value, locale), zone, text)}
            {chartLegend()}
            {STAGES.map((stage) => (
              <Area
                key={stage.key}
                dataKey={stage.key}
                name={t(`stages.names.${stage.key}`)}
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
