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
import { useChartText } from "@/features/fleet/chart-text";
import { csvFilename } from "@/features/fleet/csv-button";
import { formatCompact, formatCount, formatMs } from "@/features/fleet/fleet-format";
import { sloReferenceLine, sloSummary } from "@/features/fleet/slo-lines";
import { gapNote, resolutionLabel } from "@/features/fleet/time-axis";
import { DEVICE_WINDOWS, type DeviceWindow } from "@/shared/device-page";

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
  const text = useChartText();
  const { locale, t } = text;
  const ms = (value: number | null) => formatMs(value, locale);
  const count = (value: number) => formatCount(value, locale);
  const [range, setRange] = useState<DeviceWindow>("24h");
  const selectId = useId();
  const telemetry = useQuery({ ...trpc.device.telemetry.queryOptions({ orgSlug, deviceId, window: range }), ...liveQuery, placeholderData: keepPreviousData });
  const frame = telemetry.data;
  return (
    <section aria-label={t("device.label")} className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <label htmlFor={selectId} className="block text-sm font-medium text-slate-700">
            {t("device.range")}
          </label>
          <Select id={selectId} value={range} onChange={(event) => setRange(event.target.value as DeviceWindow)} className="w-44">
            {DEVICE_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {t(`ranges.${w}`)}
              </option>
            ))}
          </Select>
        </div>
        {telemetry.data ? <UpdatedAgo className="justify-end" updatedAt={telemetry.dataUpdatedAt} updating={telemetry.isFetching} /> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          title={t("device.latencyTitle")}
          description={frame ? t("device.latencyDescription", { resolution: resolutionLabel(frame.resolution, text) }) : undefined}
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
            t("device.latencySummary", {
              resolution: resolutionLabel(data.resolution, text),
              gaps: gapNote(data, new Set(data.latency.map((p) => p.t)).size, text),
              mean: ms(data.totals.meanMs),
              worst: ms(data.totals.maxMs),
              slos: data.slos.map((slo) => sloSummary(slo, text)).join(t("stages.separator")),
            })
          }
          empty={(data) => (data.latency.length === 0 ? t("device.empty") : null)}
        >
          {(data) => {
            const rows = timeRows(data, latencyRows(data));
            return (
              <LineChart data={rows} margin={SLO_MARGIN} accessibilityLayer={false}>
                <CartesianGrid {...GRID_PROPS} />
                {timeAxis(data, undefined, text)}
                {valueAxis(t("percentiles.axis"), { format: count })}
                {timeTooltip(data.resolution, ms, undefined, text)}
                {chartLegend("plainline", data.slos.length > 1 ? 2 : 1)}
                {data.slos.flatMap(({ kind }) => [
                  <Line key={`${kind}Mean`} dataKey={`${kind}Mean`} name={t("device.mean", { kind: t(`kinds.${kind}`) })} stroke={KIND_COLORS[kind].mean} strokeWidth={2.5} dot={lineDots(rows.length)} isAnimationActive={false} />,
                  <Line key={`${kind}Max`} dataKey={`${kind}Max`} name={t("device.worst", { kind: t(`kinds.${kind}`) })} stroke={KIND_COLORS[kind].max} strokeWidth={1.25} strokeDasharray="2 2" dot={lineDots(rows.length)} isAnimationActive={false} />,
                ])}
                {data.slos.map((slo) => sloReferenceLine(slo, { text }))}
              </LineChart>
            );
          }}
        </ChartCard>
        <ChartCard
          title={t("device.usageTitle")}
          description={
            frame
              ? t("device.usageDescription", {
                  resolution: resolutionLabel(frame.resolution, text),
                  interactions: count(frame.totals.interactions),
                  minutes: count(frame.totals.minutes),
                  input: formatCompact(frame.totals.inputTokens, locale),
                  output: formatCompact(frame.totals.outputTokens, locale),
                })
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
          summary={(data) =>
            t("device.usageSummary", { resolution: resolutionLabel(data.resolution, text), total: count(data.totals.interactions), buckets: count(data.usage.length) })
          }
          empty={(data) => (data.usage.length === 0 ? t("device.empty") : null)}
        >
          {(data) => (
            <AreaChart data={timeRows(data, data.usage)} margin={CHART_MARGIN} accessibilityLayer={false}>
              <CartesianGrid {...GRID_PROPS} />
              {timeAxis(data, undefined, text)}
              {valueAxis(t("distribution.yAxis"), { format: (value) => formatCompact(value, locale) })}
              {timeTooltip(data.resolution, count, undefined, text)}
              {chartLegend()}
              <Area dataKey="interactions" name={t("distribution.legend")} type="monotone" stroke={COLORS.b} fill={COLORS.b} fillOpacity={0.25} strokeWidth={1.5} dot={lineDots(data.usage.length)} isAnimationActive={false} />
            </AreaChart>
          )}
        </ChartCard>
      </div>
    </section>
  );
}
