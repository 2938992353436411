"use client";

import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "../chart-card";
import { chartLegend, dayAxis, dayTooltip, valueAxis } from "../chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS } from "../chart-theme";
import { csvFilename } from "../csv-button";
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
  return (
    <ChartCard
      title="License utilization"
      description="Seats used and seats owned at the end of each UTC day. Follows the range only: seats belong to the whole organization."
      query={query}
      csv={(data) => ({ filename: csvFilename("usage-license-utilization"), text: toCsv(COLUMNS, data) })}
      summary={(data) => {
        const last = data[data.length - 1];
        return last ? `Seats at the end of ${last.day}: ${formatCount(last.seatsUsed)} used of ${formatCount(last.seatsTotal)}.` : "No days in this range.";
      }}
      empty={(data) => (data.length === 0 ? "No days in this range." : null)}
    >
      {(data) => (
        <LineChart data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
          <CartesianGrid {...GRID_PROPS} />
          {dayAxis()}
          {valueAxis("Seats (count)", { domain: [0, "auto"] })}
          {dayTooltip((value) => `${formatCount(value)} seats`)}
          {chartLegend()}
          <Line dataKey="seatsTotal" name="Seats owned" stroke={COLORS.seatsTotal} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 2 }} isAnimationActive={false} />
          <Line dataKey="seatsUsed" name="Seats used" stroke={COLORS.seatsUsed} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      )}
    </ChartCard>
  );
}
