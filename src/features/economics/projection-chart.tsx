"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis } from "recharts";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "@/features/fleet/chart-card";
import { chartLegend, valueAxis } from "@/features/fleet/chart-parts";
import { AXIS_LABEL_STYLE, AXIS_PROPS, CHART_MARGIN, COLORS, GRID_PROPS, TOOLTIP_PROPS } from "@/features/fleet/chart-theme";
import { csvFilename } from "@/features/fleet/csv-button";
import { formatCount } from "@/features/fleet/fleet-format";
import { minorDigits } from "@/shared/money";
import { money, monthName, multiple, PROJECTION_COLUMNS, projectionRows, type Economics } from "./economics-meta";

/** Axis ticks in the currency, short: "$1.2K". */
function compactMoney(currency: string) {
  const format = new Intl.NumberFormat("en", { style: "currency", currency: currency.toUpperCase(), notation: "compact", maximumFractionDigits: 1 });
  const divisor = 10 ** minorDigits(currency);
  return (minorUnits: number) => format.format(minorUnits / divisor);
}

function summary(data: Economics) {
  const first = data.projection[0]!;
  const last = data.projection[data.projection.length - 1]!;
  const license = data.totals.license12Months;
  const token = data.totals.token12Months;
  const times = multiple(token, license);
  return (
    `Cost per month of the fleet over the next 12 months, ${monthName(first.month)} to ${monthName(last.month)}: ` +
    `from ${formatCount(first.devices)} to ${formatCount(last.devices)} devices; on licenses ${money(first.licenseCost, data.currency)} to ${money(last.licenseCost, data.currency)} a month, ` +
    `on token billing ${money(first.tokenCost, data.currency)} to ${money(last.tokenCost, data.currency)} a month. ` +
    `Over the 12 months: ${money(license, data.currency)} on licenses, ${money(token, data.currency)} on token billing${times ? ` (${times})` : ""}.`
  );
}

/** The figures of the chart, month by month: its table alternative. */
function ProjectionTable({ data }: { data: Economics }) {
  return (
    <details className="border-t border-slate-100">
      <summary className="cursor-pointer px-5 py-3 text-sm font-medium text-slate-700 hover:text-slate-900">Figures by month</summary>
      <Table aria-label="Projection by month">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Month</TableHeaderCell>
            <TableHeaderCell className="text-right">Devices</TableHeaderCell>
            <TableHeaderCell className="text-right">On licenses</TableHeaderCell>
            <TableHeaderCell className="text-right">On token billing</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.projection.map((month) => (
            <TableRow key={month.month}>
              <TableCell>{monthName(month.month)}</TableCell>
              <TableCell className="text-right tabular-nums">{formatCount(month.devices)}</TableCell>
              <TableCell className="text-right tabular-nums">{money(month.licenseCost, data.currency)}</TableCell>
              <TableCell className="text-right tabular-nums">{money(month.tokenCost, data.currency)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}

/** The fleet's next 12 months: what its devices cost each month on licenses (amortized) against token billing. */
export function ProjectionChart({ query }: { query: ChartQuery<Economics> }) {
  return (
    <ChartCard
      title="Next 12 months: licenses vs token billing"
      description={
        query.data
          ? `Cost per month of the whole fleet in ${query.data.currency.toUpperCase()}, the fleet growing at the last 90 days' pace of activations. Licenses amortized per device and month; token billing at the token price above.`
          : undefined
      }
      query={query}
      csv={(data) => ({ filename: csvFilename("unit-economics-projection"), text: toCsv(PROJECTION_COLUMNS, projectionRows(data)) })}
      summary={summary}
      empty={(data) => (data.projection.length === 0 ? "No token price in this currency: set one above to project the fleet." : null)}
      footer={(data) => <ProjectionTable data={data} />}
    >
      {(data) => {
        const rows = data.projection.map((month) => ({ ...month, label: monthName(month.month) }));
        const format = (value: number) => money(value, data.currency);
        return (
          <BarChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            <XAxis
              dataKey="label"
              interval="equidistantPreserveStart"
              minTickGap={8}
              {...AXIS_PROPS}
              label={{ value: "Month", position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
            />
            {valueAxis(`Cost per month (${data.currency.toUpperCase()})`, { format: compactMoney(data.currency), domain: [0, "auto"] })}
            <Tooltip {...TOOLTIP_PROPS} cursor={{ fill: "#f1f5f9" }} formatter={(value) => (typeof value === "number" ? format(value) : String(value ?? ""))} />
            {chartLegend("square")}
            {/* A license a few dozen times cheaper than its token bill would be a hairline: 3 px at least, the figures are in the table. */}
            <Bar dataKey="licenseCost" name="On licenses (amortized)" fill={COLORS.licenseCost} maxBarSize={28} minPointSize={3} isAnimationActive={false} />
            <Bar dataKey="tokenCost" name="On token billing" fill={COLORS.tokenCost} maxBarSize={28} isAnimationActive={false} />
          </BarChart>
        );
      }}
    </ChartCard>
  );
}
