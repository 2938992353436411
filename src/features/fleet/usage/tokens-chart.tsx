"use client";

import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, fillRows, lineDots, timeAxis, timeTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText } from "../chart-text";
import { formatCompact, formatCount } from "../fleet-format";
import { resolutionLabel } from "../time-axis";
import type { Usage } from "./usage-meta";

type Row = { t: string; ts: number; inputTokens: number; outputTokens: number };
const COLUMNS = [
  { header: "input_tokens", value: (row: Row) => row.inputTokens },
  { header: "output_tokens", value: (row: Row) => row.outputTokens },
];

/** Tokens per bucket, all series of a split together (a split reads better on the interactions chart). */
function tokenRows(data: Usage): Row[] {
  const rows = new Map<string, Row>();
  for (const p of data.points) {
    const row = rows.get(p.t) ?? { t: p.t, ts: Date.parse(p.t), inputTokens: 0, outputTokens: 0 };
    row.inputTokens += p.inputTokens;
    row.outputTokens += p.outputTokens;
    rows.set(p.t, row);
  }
  return [...rows.values()].sort((a, b) => a.ts - b.ts);
}

/** LLM tokens in and out per bucket: transparency on what the fleet consumes (not billing). */
export function TokensChart({ query }: { query: ChartQuery<Usage> }) {
  const { zone } = useTimeZone();
  const text = useChartText();
  const { locale, t } = text;
  const count = (value: number) => formatCount(value, locale);
  return (
    <ChartCard
      title={t("tokens.title")}
      description={query.data ? t("tokens.description", { resolution: resolutionLabel(query.data.resolution, text) }) : undefined}
      query={query}
      csv={(data) => ({ filename: csvFilename("usage-tokens"), text: toCsv([timeColumn<Row>(zone), ...COLUMNS], tokenRows(data)) })}
      summary={(data) => t("tokens.summary", { resolution: resolutionLabel(data.resolution, text), input: count(data.totals.inputTokens), output: count(data.totals.outputTokens) })}
      empty={(data) => (data.points.length === 0 ? t("emptyRange") : null)}
    >
      {(data) => {
        const rows = fillRows(data, tokenRows(data));
        return (
          <LineChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data, zone, text)}
            {valueAxis(t("tokens.axis"), { format: (value) => formatCompact(value, locale) })}
            {timeTooltip(data.resolution, count, zone, text)}
            {chartLegend()}
            <Line dataKey="inputTokens" name={t("tokens.input")} stroke={COLORS.tokensIn} strokeWidth={2} dot={lineDots(rows.length)} isAnimationActive={false} />
            <Line dataKey="outputTokens" name={t("tokens.output")} stroke={COLORS.tokensOut} strokeWidth={2} dot={lineDots(rows.length)} isAnimationActive={false} />
          </LineChart>
        );
      }}
    </ChartCard>
  );
}
