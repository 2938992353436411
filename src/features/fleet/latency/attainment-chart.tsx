"use client";

import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, lineDots, timeAxis, timeRows, timeTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText } from "../chart-text";
import { formatMs, formatShare } from "../fleet-format";
import { resolutionLabel } from "../time-axis";
import type { Latency } from "./latency-meta";

type Point = Latency["points"][number];
const percent = (p: Point) => Math.round(p.withinSlo * 10_000) / 100;
const COLUMNS = [
  { header: "within_slo_percent", value: percent },
];

/** The share of interactions that met the kind's SLO, per bucket (0–100 %). */
export function AttainmentChart({ query }: { query: ChartQuery<Latency> }) {
  const { zone } = useTimeZone();
  const text = useChartText();
  const { locale, t } = text;
  return (
    <ChartCard
      title={t("attainment.title")}
      description={query.data ? t("attainment.description", { target: formatMs(query.data.sloMs, locale), resolution: resolutionLabel(query.data.resolution, text) }) : undefined}
      query={query}
      csv={(data) => ({ filename: csvFilename(`slo-attainment-${data.kind}`), text: toCsv([timeColumn<Point>(zone), ...COLUMNS], data.points) })}
      summary={(data) => {
        const lowest = data.points.length ? Math.min(...data.points.map((p) => p.withinSlo)) : null;
        return t("attainment.summary", {
          kind: t(`kindsLower.${data.kind}`),
          target: formatMs(data.sloMs, locale),
          share: formatShare(data.summary.withinSlo, locale),
          lowest: formatShare(lowest, locale),
        });
      }}
      empty={(data) => (data.points.length === 0 ? t("emptyRange") : null)}
    >
      {(data) => {
        const rows = timeRows(data, data.points.map((p) => ({ ...p, percent: percent(p) })));
        return (
          <LineChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone, text)}
            {valueAxis(t("attainment.axis"), { domain: [0, 100], ticks: [0, 25, 50, 75, 100] })}
            {timeTooltip(data.resolution, (value) => formatShare(value / 100, locale), zone, text)}
            {chartLegend()}
            <Line dataKey="percent" name={t("attainment.legend")} stroke={COLORS.attainment} strokeWidth={2} dot={lineDots(rows.length)} isAnimationActive={false} />
          </LineChart>
        );
      }}
    </ChartCard>
  );
}
