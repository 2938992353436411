"use client";

import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn, type TimeZone } from "@/lib/time-zone";
import { chartLegend, fillRows, lineDots, timeAxis, timeTooltip, valueAxis } from "../chart-parts";
import { COLORS, GRID_PROPS, SLO_MARGIN } from "../chart-theme";
import { csvFilename, type CsvFile } from "../csv-button";
import { ENGLISH_CHART_TEXT, type ChartText } from "../chart-text";
import { formatCount, formatMs } from "../fleet-format";
import { sloReferenceLine } from "../slo-lines";
import { compareShortfall, latencyAxis, type Compare } from "./latency-meta";

/*
 * Two sides of a comparison (firmware or config versions) as one chart: shared by the
 * latency page's "Compare releases" and a staged rollout's old-versus-new chart.
 */

type Row = { t: string; ts: number; a: number | null; b: number | null };
const COLUMNS = [
  { header: "a_p95_ms", value: (row: Row) => row.a },
  { header: "b_p95_ms", value: (row: Row) => row.b },
];

/** A side's value as people say it: "v3" for a config version. */
export const compareValueLabel = (dimension: Compare["dimension"], value: string) => (dimension === "configVersion" ? `v${value}` : value);

/** A's and B's p95 per bucket with data on one time line (a bucket only one side reported stays empty on the other). */
function mergeSides(data: Compare): Row[] {
  const rows = new Map<string, Row>();
  for (const side of ["a", "b"] as const) {
    for (const p of data[side].points) {
      const row = rows.get(p.t) ?? { t: p.t, ts: Date.parse(p.t), a: null, b: null };
      row[side] = p.p95;
      rows.set(p.t, row);
    }
  }
  return [...rows.values()].sort((x, y) => x.ts - y.ts);
}

/** The plotted series as a file. */
export function compareCsv(data: Compare, zone: TimeZone): CsvFile {
  return { filename: csvFilename(`latency-compare-${data.dimension}-${data.a.value}-vs-${data.b.value}`), text: toCsv([timeColumn<Row>(zone), ...COLUMNS], mergeSides(data)) };
}

/** The chart's text alternative: both sides' p95 and sample sizes over the range. */
export function compareSummary(data: Compare, what: string, text: ChartText = ENGLISH_CHART_TEXT): string {
  const { locale, t } = text;
  const side = (key: "a" | "b") =>
    t("compare.summarySide", { side: key.toUpperCase(), what, value: data[key].value, p95: formatMs(data[key].summary.p95, locale), count: formatCount(data[key].summary.count, locale) });
  const shortfall = compareShortfall(data, text);
  return t("compare.summary", { a: side("a"), b: side("b"), shortfall: shortfall ? ` ${shortfall}.` : "" });
}

/** Neither side reported: nothing to draw. */
export const compareEmpty = (data: Compare, what: string, { t }: ChartText = ENGLISH_CHART_TEXT) =>
  data.a.points.length + data.b.points.length === 0 ? t("compare.empty", { what }) : null;

/** A's and B's p95 over time, with the SLO line; `names` label the legend. (A function, not a component: ResponsiveContainer sizes the chart element it is given.) */
export function compareLines(data: Compare, zone: TimeZone, names: { a: string; b: string }, text: ChartText = ENGLISH_CHART_TEXT) {
  // Both sides cover the same range; buckets neither side reported are gaps.
  const rows = fillRows(data.a, mergeSides(data));
  return (
    <LineChart data={rows} margin={SLO_MARGIN} accessibilityLayer={false}>
      <CartesianGrid {...GRID_PROPS} />
      {timeAxis(data.a, zone, text)}
      {valueAxis(text.t("compare.axis"), { ...latencyAxis(rows.flatMap((row) => [row.a, row.b]), [data.a.sloMs]), allowDataOverflow: true, format: (value) => formatCount(value, text.locale) })}
      {timeTooltip(data.a.resolution, (value) => formatMs(value, text.locale), zone, text)}
      {chartLegend()}
      <Line dataKey="a" name={names.a} stroke={COLORS.a} strokeWidth={2} dot={lineDots(rows.length)} isAnimationActive={false} />
      <Line dataKey="b" name={names.b} stroke={COLORS.b} strokeWidth={2} dot={lineDots(rows.length)} isAnimationActive={false} />
      {sloReferenceLine(data.a, { text })}
    </LineChart>
  );
}
