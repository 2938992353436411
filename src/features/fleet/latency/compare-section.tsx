"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CartesianGrid, Line, LineChart } from "recharts";
import { toCsv } from "@/lib/csv";
import { timeColumn } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";
import { useTRPC } from "@/lib/trpc";
import { ChartCard } from "../chart-card";
import { chartLegend, fillRows, lineDots, timeAxis, timeTooltip, valueAxis } from "../chart-parts";
import { COLORS, GRID_PROPS, SLO_MARGIN } from "../chart-theme";
import { csvFilename } from "../csv-button";
import { formatCount, formatMs } from "../fleet-format";
import { DIMENSION_LABELS, type FleetFilters, type FleetParams } from "../fleet-params";
import { sloReferenceLine } from "../slo-lines";
import { CompareControls } from "./compare-controls";
import { CompareTable } from "./compare-table";
import { compareShortfall, latencyAxis, type Compare } from "./latency-meta";

type Row = { t: string; ts: number; a: number | null; b: number | null };
const COLUMNS = [
  { header: "a_p95_ms", value: (row: Row) => row.a },
  { header: "b_p95_ms", value: (row: Row) => row.b },
];

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

type CompareSectionProps = { orgSlug: string; params: FleetParams; filters: FleetFilters; update: (patch: Partial<FleetParams>) => void };

function summary(data: Compare, what: string) {
  const side = (key: "a" | "b") => `${key.toUpperCase()} (${what} ${data[key].value}) ${formatMs(data[key].summary.p95)}, n = ${formatCount(data[key].summary.count)}`;
  const shortfall = compareShortfall(data);
  return `p95 over the range: ${side("a")}; ${side("b")}.${shortfall ? ` ${shortfall}.` : ""}`;
}

/** Two firmware versions (or config versions) side by side: did the new release get slower? */
export function CompareSection({ orgSlug, params, filters, update }: CompareSectionProps) {
  const { zone } = useTimeZone();
  const trpc = useTRPC();
  const options = useQuery(trpc.fleet.filterOptions.queryOptions({ orgSlug }));
  const values = (params.dimension === "firmware" ? options.data?.firmwares : options.data?.configVersions.map(String)) ?? [];
  // Until chosen: the oldest value against the newest.
  const a = params.a || values[0] || "";
  const b = params.b || values[values.length - 1] || "";
  const input = { orgSlug, kind: params.kind, filters, dimension: params.dimension, a, b };
  const compare = useQuery(trpc.fleet.compare.queryOptions(input, { enabled: Boolean(a && b), placeholderData: keepPreviousData }));
  const what = DIMENSION_LABELS[params.dimension].toLowerCase();
  const name = (side: "a" | "b", value: string) => `p95 ${side.toUpperCase()} · ${params.dimension === "configVersion" ? `v${value}` : value}`;

  return (
    <ChartCard
      title="Compare releases"
      description={`p95 of ${params.kind} interactions for two values of ${what}, over the same range and filters.`}
      query={compare}
      idle={options.isError ? `The ${what} values could not be loaded. Reload the page to try again.` : options.data && !(a && b) ? `No ${what} was reported in the last 90 days.` : null}
      toolbar={<CompareControls dimension={params.dimension} values={values} a={a} b={b} onChange={update} />}
      csv={(data) => ({ filename: csvFilename(`latency-compare-${data.dimension}-${data.a.value}-vs-${data.b.value}`), text: toCsv([timeColumn<Row>(zone), ...COLUMNS], mergeSides(data)) })}
      summary={(data) => summary(data, what)}
      empty={(data) => (data.a.points.length + data.b.points.length === 0 ? `Neither ${what} reported interactions in this range.` : null)}
      footer={(data) => <CompareTable data={data} />}
    >
      {(data) => {
        // Both sides cover the same range; buckets neither side reported are gaps.
        const rows = fillRows(data.a, mergeSides(data));
        return (
          <LineChart data={rows} margin={SLO_MARGIN} accessibilityLayer={false}>
            <CartesianGrid {...GRID_PROPS} />
            {timeAxis(data.a, zone)}
            {valueAxis("p95 latency (ms)", { ...latencyAxis(rows.flatMap((row) => [row.a, row.b]), [data.a.sloMs]), allowDataOverflow: true })}
            {timeTooltip(data.a.resolution, formatMs, zone)}
            {chartLegend()}
            <Line dataKey="a" name={name("a", data.a.value)} stroke={COLORS.a} strokeWidth={2} dot={lineDots(rows.length)} isAnimationActive={false} />
            <Line dataKey="b" name={name("b", data.b.value)} stroke={COLORS.b} strokeWidth={2} dot={lineDots(rows.length)} isAnimationActive={false} />
            {sloReferenceLine(data.a)}
          </LineChart>
        );
      }}
    </ChartCard>
  );
}
