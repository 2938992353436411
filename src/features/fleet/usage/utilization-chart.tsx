"use client";

import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, dayAxis, dayTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { useChartText } from "../chart-text";
import { formatCount } from "../fleet-format";
import type { Utilization } from "./usage-meta";

type Day = Utilization[number];
const COLUMNS = [
  { header: "day_utc", value: (d: Day) => d.day },
  { header: "seats_used", value: (d: Day) => d.seatsUsed },
  { header: "seats_total", value: (d: Day) => d.seatsTotal },
];

/** Seats in use against the seats owned at the end of each day, replayed from the license ledger. */
export function UtilizationChart({ query }: { query: ChartQuery<Utilization> }) {
  const text = useChartText();
  const { locale, t } = text;
  const count = (value: number) => formatCount(value, locale);
  return (
    <ChartCard
      title={t("utilization.title")}
      description={t("utilization.description")}
      query={query}
      csv={(data) => ({ filename: csvFilename("usage-license-utilization"), text: toCsv(COLUMNS, data) })}
      summary={(data) => {
        const last = data[data.length - 1];
        return last ? t("utilization.summary", { day: last.day, used: count(last.seatsUsed), total: count(last.seatsTotal) }) : t("utilization.noDays");
      }}
      empty={(data) => (data.length === 0 ? t("utilization.noDays") : null)}
    >
      {(data) => (
        <LineChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid {...GRID_PROPS} />
          {dayAxis(text)}
          {valueAxis(t("utilization.axis"), { domain: [0, "auto"], format: count })}
          {dayTooltip((value) => t("utilization.seats", { count: count(value) }), text)}
          {chartLegend()}
          <Line dataKey="seatsTotal" name={t("utilization.owned")} stroke={COLORS.seatsTotal} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 2 }} isAnimationActive={false} />
          <Line dataKey="seatsUsed" name={t("utilization.used")} stroke={COLORS.seatsUsed} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartCard>
  );
}
