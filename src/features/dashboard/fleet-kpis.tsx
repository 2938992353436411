"use client";

import { Badge } from "@/components/ui/badge";
import { DeltaNote } from "@/components/ui/delta-note";
import { formatCount, formatMs, formatSeconds } from "@/features/fleet/fleet-format";
import { KIND_LABELS, type Kind } from "@/features/fleet/fleet-params";
import { latencyAxis } from "@/features/fleet/latency/latency-meta";
import { KpiEmpty, KpiHint, KpiSkeleton, KpiUnavailable, KpiValue } from "./kpi-value";
import { Sparkline } from "./sparkline";
import { useHomeKpis } from "./use-home-kpis";

const WEEK = "over the last 7 days";
const PREVIOUS_DAY = "previous 24 hours";

/** Whether any bucket of a sparkline had data (the server sends every bucket, null where none). */
const hasData = (points: readonly { value: number | null }[]) => points.some((p) => p.value !== null);

/** Devices that reported an interaction today (UTC), with the daily trend. */
export function ActiveTodayKpi() {
  const { slug, home } = useHomeKpis();
  if (home.isPending) return <KpiSkeleton />;
  if (home.isError) return <KpiUnavailable error={home.error} />;
  const { activeDevicesToday, activeDevicesSparkline } = home.data;
  if (!hasData(activeDevicesSparkline)) return <KpiEmpty title="No telemetry yet" hint="Devices that reported an interaction today." />;
  return (
    <>
      <KpiValue href={`/o/${slug}/usage`}>{formatCount(activeDevicesToday)}</KpiValue>
      <KpiHint>devices reported today (UTC)</KpiHint>
      <DeltaNote current={activeDevicesToday} previous={home.data.previous.activeDevices} previousLabel="yesterday (whole UTC day)" upIs="good" className="mt-1" />
      <Sparkline points={activeDevicesSparkline} label={`Active devices per day ${WEEK}`} />
    </>
  );
}

/** Interactions in the last 24 hours, with the hourly trend. */
export function InteractionsTodayKpi() {
  const { slug, home } = useHomeKpis();
  if (home.isPending) return <KpiSkeleton />;
  if (home.isError) return <KpiUnavailable error={home.error} />;
  if (!hasData(home.data.interactionsSparkline)) return <KpiEmpty title="No telemetry yet" hint="Interactions of your devices in the last 24 hours." />;
  return (
    <>
      <KpiValue href={`/o/${slug}/usage?range=24h`}>{formatCount(home.data.interactionsToday)}</KpiValue>
      <KpiHint>in the last 24 hours</KpiHint>
      <DeltaNote current={home.data.interactionsToday} previous={home.data.previous.interactions} previousLabel={PREVIOUS_DAY} upIs="good" className="mt-1" />
      <Sparkline points={home.data.interactionsSparkline} label={`Interactions per hour ${WEEK}`} />
    </>
  );
}

/** p95 of the last 24 hours against the kind's SLO: green within, red over. */
export function LatencyKpi({ kind }: { kind: Kind }) {
  const { slug, home } = useHomeKpis();
  if (home.isPending) return <KpiSkeleton />;
  if (home.isError) return <KpiUnavailable error={home.error} />;
  const label = KIND_LABELS[kind];
  const { p95, sloMs, sparkline } = home.data[kind];
  const target = `${formatSeconds(sloMs)} SLO`;
  if (p95 === null) return <KpiEmpty title={`No ${kind} interactions today`} hint={`p95 of the last 24 hours against the ${target}.`} />;
  const over = p95 > sloMs;
  return (
    <>
      <div className="mt-3 flex items-baseline justify-between gap-2">
        <KpiValue href={`/o/${slug}/latency?kind=${kind}&range=24h`} className={over ? "mt-0 text-red-700" : "mt-0 text-emerald-700"}>
          {formatMs(p95)}
        </KpiValue>
        <Badge tone={over ? "danger" : "success"}>{over ? "Over SLO" : "Within SLO"}</Badge>
      </div>
      <KpiHint>
        p95, last 24 hours · {label} {target}
      </KpiHint>
      {/* Latency going up is bad news. */}
      <DeltaNote current={p95} previous={home.data.previous[kind === "voice" ? "voiceP95" : "videoP95"]} previousLabel={PREVIOUS_DAY} upIs="bad" className="mt-1" />
      {/* The target in grey: the line itself is red when over. */}
      <Sparkline
        points={sparkline}
        label={`${label} p95 per hour ${WEEK}; SLO ${formatMs(sloMs)}`}
        color={over ? "#b91c1c" : "#047857"}
        target={{ value: sloMs, color: "#94a3b8" }}
        domain={latencyAxis(sparkline.map((p) => p.value), [sloMs]).domain}
      />
    </>
  );
}
