"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis } from "recharts";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { toCsv } from "@/lib/csv";
import { ChartCard, type ChartQuery } from "@/features/fleet/chart-card";
import { chartLegend, valueAxis } from "@/features/fleet/chart-parts";
import { AXIS_LABEL_STYLE, AXIS_PROPS, CHART_MARGIN, COLORS, GRID_PROPS, TOOLTIP_PROPS } from "@/features/fleet/chart-theme";
import { csvFilename } from "@/features/fleet/csv-button";
import { multiple, PROJECTION_COLUMNS, projectionRows, type Economics } from "./economics-meta";
import { useEconomicsFormat, type EconomicsFormat } from "./use-economics-format";

type ChartT = ReturnType<typeof useTranslations<"economics.chart">>;

/** The chart's text alternative: the first and last month, and the 12 months' totals. */
function summary(data: Economics, t: ChartT, format: EconomicsFormat) {
  const first = data.projection[0]!;
  const last = data.projection[data.projection.length - 1]!;
  const money = (minorUnits: number | null) => format.money(minorUnits, data.currency);
  const totals = { license: money(data.totals.license12Months), token: money(data.totals.token12Months) };
  const times = multiple(data.totals.token12Months, data.totals.license12Months);
  const months = t("summary", {
    first: format.month(first.month),
    last: format.month(last.month),
    fromDevices: format.count(first.devices),
    toDevices: format.count(last.devices),
    licenseFirst: money(first.licenseCost),
    licenseLast: money(last.licenseCost),
    tokenFirst: money(first.tokenCost),
    tokenLast: money(last.tokenCost),
  });
  return `${months} ${times ? t("summaryTotalTimes", { ...totals, times }) : t("summaryTotal", totals)}`;
}

/** The figures of the chart, month by month: its table alternative. */
function ProjectionTable({ data }: { data: Economics }) {
  const t = useTranslations("economics.chart");
  const format = useEconomicsFormat();
  return (
    <details className="border-t border-slate-100">
      <summary className="cursor-pointer px-5 py-3 text-sm font-medium text-slate-700 hover:text-slate-900">{t("figures")}</summary>
      <Table aria-label={t("table")}>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t("month")}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t("devices")}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t("onLicenses")}</TableHeaderCell>
            <TableHeaderCell className="text-right">{t("onToken")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.projection.map((month) => (
            <TableRow key={month.month}>
              <TableCell>{format.month(month.month)}</TableCell>
              <TableCell className="text-right tabular-nums">{format.count(month.devices)}</TableCell>
              <TableCell className="text-right tabular-nums">{format.money(month.licenseCost, data.currency)}</TableCell>
              <TableCell className="text-right tabular-nums">{format.money(month.tokenCost, data.currency)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </details>
  );
}

/** The fleet's next 12 months: what its devices cost each month on licenses (amortized) against token billing. */
export function ProjectionChart({ query }: { query: ChartQuery<Economics> }) {
  const t = useTranslations("economics.chart");
  const format = useEconomicsFormat();
  return (
    <ChartCard
      title={t("title")}
      description={query.data ? t("description", { currency: query.data.currency.toUpperCase() }) : undefined}
      query={query}
      csv={(data) => ({ filename: csvFilename("unit-economics-projection"), text: toCsv(PROJECTION_COLUMNS, projectionRows(data)) })}
      summary={(data) => summary(data, t, format)}
      empty={(data) => (data.projection.length === 0 ? t("empty") : null)}
      footer={(data) => <ProjectionTable data={data} />}
    >
      {(data) => {
        const rows = data.projection.map((month) => ({ ...month, label: format.month(month.month) }));
        const money = (value: number) => format.money(value, data.currency);
        return (
          <BarChart data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            <XAxis
              dataKey="label"
              interval="equidistantPreserveStart"
              minTickGap={8}
              {...AXIS_PROPS}
              label={{ value: t("month"), position: "insideBottom", offset: -14, ...AXIS_LABEL_STYLE }}
            />
            {valueAxis(t("axis", { currency: data.currency.toUpperCase() }), { format: format.compactMoney(data.currency), domain: [0, "auto"] })}
            <Tooltip {...TOOLTIP_PROPS} cursor={{ fill: "#f1f5f9" }} formatter={(value) => (typeof value === "number" ? money(value) : String(value ?? ""))} />
            {chartLegend("square")}
            {/* A license a few dozen times cheaper than its token bill would be a hairline: 3 px at least, the figures are in the table. */}
            <Bar dataKey="licenseCost" name={t("licenseSeries")} fill={COLORS.licenseCost} maxBarSize={28} minPointSize={3} isAnimationActive={false} />
            <Bar dataKey="tokenCost" name={t("tokenSeries")} fill={COLORS.tokenCost} maxBarSize={28} isAnimationActive={false} />
          </BarChart>
        );
      }}
    </ChartCard>
  );
}
