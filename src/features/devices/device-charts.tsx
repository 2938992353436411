"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Area, AreaChart, CartesianGrid, Line, LineChart } from "recharts";
import { Select } from "@/components/ui/select";
import { UpdatedAgo } from "@/components/ui/updated-ago";
import { toCsv } from "@/lib/csv";
import { liveQuery } from "@/lib/live-data";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { ChartCard } from "@/features/fleet/chart-card";
import { chartLegend, lineDots, timeAxis, timeRows, timeTooltip, valueAxis } from "@/features/fleet/chart-parts";
import { CHART_MARGIN, COLORS, GRID_PROPS, SLO_MARGIN } from "@/features/fleet/chart-theme";
import { csvFilename } from "@/features/fleet/csv-button";
import { formatCompact, formatCount, formatMs } from "@/features/fleet/fleet-format";
import { KIND_LABELS } from "@/features/fleet/fleet-params";
import { sloReferenceLine, sloSummary } from "@/features/fleet/slo-lines";
import { gapNote, RESOLUTION_LABELS } from "@/features/fleet/time-axis";
import { DEVICE_WINDOW_LABELS, DEVICE_WINDOWS, type DeviceWindow } from "@/shared/device-page";

type DeviceTelemetry = RouterOutputs["device"]["telemetry"];
type LatencyRow = { t: string } & Partial<Record<`${"voice" | "video"}${"Mean" | "Max"}`, number>>;

/** One row per bucket with the mean and worst of each kind the device reported. */
function latencyRows(data: DeviceTelemetry): LatencyRow[] {
  const rows = new Map<string, LatencyRow>();
  for (const p of data.latency) {
    const row = rows.get(p.t) ?? { t: p.t };
    row[`${p.kind}Mean`] = p.meanMs;
    row[`${p.kind}Max`] = p.maxMs;
    rows.set(p.t, row);
  }
  return [...rows.values()];
}

const KIND_COLORS = { voice: { mean: COLORS.p95, max: COLORS.p99 }, video: { mean: "#0d9488", max: "#db2777" } } as const;

/** The device's own latency and usage over 24 h, 7 days or 30 days, from the per-device rollup; re-read while open. */
export function DeviceCharts({ orgSlug, deviceId }: { orgSlug: string; deviceId: string }) {
  const trpc = useTRPC();
  const [range, setRange] = useState<DeviceWindow>("24h");
  const selectId = useId();
  const telemetry = useQuery({ ...trpc.device.telemetry.queryOptions({ orgSlug, deviceId, window: range }), ...liveQuery, placeholderData: keepPreviousData });
  const frame = telemetry.data;
  return (
    <section aria-label="Device telemetry" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
            Range
          </label>
          <Select id={selectId} value={range} onChange={(event) => setRange(event.target.value as DeviceWindow)} className="w-44">
            {DEVICE_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {DEVICE_WINDOW_LABELS[w]}
              </option>
            ))}
          </Select>
        </div>
        {telemetry.data ? <UpdatedAgo className="justify-end" updatedAt={telemetry.dataUpdatedAt} updating={telemetry.isFetching} /> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          title="Device latency"
          description={
            frame
              ? `End-to-end latency of this device, mean and worst ${RESOLUTION_LABELS[frame.resolution]}, against the SLO of each kind it reported. Lower is better.`
              : undefined
          }
          query={telemetry}
          csv={(data) => ({
            filename: csvFilename(`device-latency-${data.window}`),
            text: toCsv(
              [
                { header: "time_utc", value: (p: DeviceTelemetry["latency"][number]) => p.t },
                { header: "kind", value: (p: DeviceTelemetry["latency"][number]) => p.kind },
                { header: "interactions", value: (p: DeviceTelemetry["latency"][number]) => p.interactions },
                { header: "mean_ms", value: (p: DeviceTelemetry["latency"][number]) => p.meanMs },
                { header: "max_ms", value: (p: DeviceTelemetry["latency"][number]) => p.maxMs },
              ],
              data.latency,
            ),
          })}
          summary={(data) =>
            `End-to-end latency of this device ${RESOLUTION_LABELS[data.resolution]}${gapNote(data, new Set(data.latency.map((p) => p.t)).size)}: mean ${formatMs(data.totals.meanMs)}, worst ${formatMs(data.totals.maxMs)}; ${data.slos.map(sloSummary).join(", ")}.`
          }
          empty={(data) => (data.latency.length === 0 ? "This device reported no interactions in this range." : null)}
        >
          {(data) => {
            const rows = timeRows(data, latencyRows(data));
            return (
              <LineChart data={rows} margin={SLO_MARGIN} accessibilityLayer={false}>
                <CartesianGrid {...GRID_PROPS} />
                {timeAxis(data)}
                {valueAxis("Latency (ms)")}
                {timeTooltip(data.resolution, formatMs)}
                {chartLegend("plainline", data.slos.length > 1 ? 2 : 1)}
                {data.slos.flatMap(({ kind }) => [
                  <Line key={`${kind}Mean`} dataKey={`${kind}Mean`} name={`${KIND_LABELS[kind]} mean`} stroke={KIND_COLORS[kind].mean} strokeWidth={2.5} dot={lineDots(rows.length)} isAnimationActive={false} />,
                  <Line key={`${kind}Max`} dataKey={`${kind}Max`} name={`${KIND_LABELS[kind]} worst`} stroke={KIND_COLORS[kind].max} strokeWidth={1.25} strokeDasharray="2 2" dot={lineDots(rows.length)} isAnimationActive={false} />,
                ])}
                {data.slos.map((slo) => sloReferenceLine(slo))}
              </LineChart>
            );
          }}
        </ChartCard>
        <ChartCard
          title="Device usage"
          description={
            frame
              ? `Interactions ${RESOLUTION_LABELS[frame.resolution]}. In this range: ${formatCount(frame.totals.interactions)} interactions, ${formatCount(frame.totals.minutes)} min, ${formatCompact(frame.totals.inputTokens)} input and ${formatCompact(frame.totals.outputTokens)} output tokens.`
              : undefined
          }
          query={telemetry}
          csv={(data) => ({
            filename: csvFilename(`device-usage-${data.window}`),
            text: toCsv(
              [
                { header: "time_utc", value: (p: DeviceTelemetry["usage"][number]) => p.t },
                { header: "interactions", value: (p: DeviceTelemetry["usage"][number]) => p.interactions },
                { header: "minutes", value: (p: DeviceTelemetry["usage"][number]) => p.minutes },
                { header: "input_tokens", value: (p: DeviceTelemetry["usage"][number]) => p.inputTokens },
                { header: "output_tokens", value: (p: DeviceTelemetry["usage"][number]) => p.outputTokens },
              ],
              data.usage,
            ),
          })}
          summary={(data) => `Interactions of this device ${RESOLUTION_LABELS[data.resolution]}: ${formatCount(data.totals.interactions)} in total over ${formatCount(data.usage.length)} buckets.`}
          empty={(data) => (data.usage.length === 0 ? "This device reported no interactions in this range." : null)}
        >
          {(data) => (
            <AreaChart data={timeRows(data, data.usage)} margin={CHART_MARGIN} accessibilityLayer={false}>
              <CartesianGrid {...GRID_PROPS} />
              {timeAxis(data)}
              {valueAxis("Interactions (count)", { format: formatCompact })}
              {timeTooltip(data.resolution, formatCount)}
              {chartLegend()}
              <Area dataKey="interactions" name="Interactions" type="monotone" stroke={COLORS.b} fill={COLORS.b} fillOpacity={0.25} strokeWidth={1.5} dot={lineDots(data.usage.length)} isAnimationActive={false} />
            </AreaChart>
          )}
        </ChartCard>
      </div>
    </section>
  );
}
