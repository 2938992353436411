"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DeltaNote } from "@/features/fleet/delta-note";
import { formatCount, formatMs, formatSeconds } from "@/features/fleet/fleet-format";
import type { Kind } from "@/features/fleet/fleet-params";
import { latencyAxis } from "@/features/fleet/latency/latency-meta";
import { KpiEmpty, KpiHint, KpiSkeleton, KpiUnavailable, KpiValue } from "./kpi-value";
import { Sparkline } from "./sparkline";
import { useHomeKpis } from "./use-home-kpis";

/** Whether any bucket of a sparkline had data (the server sends every bucket, null where none). */
const hasData = (points: readonly { value: number | null }[]) => points.some((p) => p.value !== null);

/** Devices that reported an interaction today (UTC), with the daily trend. */
export function ActiveTodayKpi() {
  const { slug, home } = useHomeKpis();
  const t = useTranslations("dashboard.activeToday");
  const locale = useLocale();
  if (home.isPending) return <KpiSkeleton />;
  if (home.isError) return <KpiUnavailable error={home.error} />;
  const { activeDevicesToday, activeDevicesSparkline } = home.data;
  if (!hasData(activeDevicesSparkline)) return <KpiEmpty title={t("emptyTitle")} hint={t("emptyHint")} />;
  return (
    <>
      <KpiValue href={`/o/${slug}/usage`}>{formatCount(activeDevicesToday, locale)}</KpiValue>
      <KpiHint>{t("hint")}</KpiHint>
      <DeltaNote current={activeDevicesToday} previous={home.data.previous.activeDevices} window={{ named: "yesterday" }} upIs="good" className="mt-1" />
      <Sparkline points={activeDevicesSparkline} label={t("sparkline")} />
    </>
  );
}

/** Interactions in the last 24 hours, with the hourly trend. */
export function InteractionsTodayKpi() {
  const { slug, home } = useHomeKpis();
  const t = useTranslations("dashboard.interactionsToday");
  const locale = useLocale();
  if (home.isPending) return <KpiSkeleton />;
  if (home.isError) return <KpiUnavailable error={home.error} />;
  if (!hasData(home.data.interactionsSparkline)) return <KpiEmpty title={t("emptyTitle")} hint={t("emptyHint")} />;
  return (
    <>
      <KpiValue href={`/o/${slug}/usage?range=24h`}>{formatCount(home.data.interactionsToday, locale)}</KpiValue>
      <KpiHint>{t("hint")}</KpiHint>
      <DeltaNote current={home.data.interactionsToday} previous={home.data.previous.interactions} window={{ named: "previousDay" }} upIs="good" className="mt-1" />
      <Sparkline points={home.data.interactionsSparkline} label={t("sparkline")} />
    </>
  );
}

/** p95 of the last 24 hours against the kind's SLO: green within, red over. */
export function LatencyKpi({ kind }: { kind: Kind }) {
  const { slug, home } = useHomeKpis();
  const t = useTranslations("dashboard.latency");
  const tFleet = useTranslations("fleet");
  const locale = useLocale();
  if (home.isPending) return <KpiSkeleton />;
  if (home.isError) return <KpiUnavailable error={home.error} />;
  const label = tFleet(`kinds.${kind}`);
  const { p95, sloMs, sparkline } = home.data[kind];
  const target = t("target", { target: formatSeconds(sloMs, locale) });
  if (p95 === null) return <KpiEmpty title={t("emptyTitle", { kind: tFleet(`kindsLower.${kind}`) })} hint={t("emptyHint", { target })} />;
  const over = p95 > sloMs;
  return (
    <>
      <div className="mt-3 flex items-baseline justify-between gap-2">
        <KpiValue href={`/o/${slug}/latency?kind=${kind}&range=24h`} className={over ? "mt-0 text-red-700" : "mt-0 text-emerald-700"}>
          {formatMs(p95, locale)}
        </KpiValue>
        <Badge tone={over ? "danger" : "success"}>{over ? t("over") : t("within")}</Badge>
      </div>
      <KpiHint>{t("hint", { kind: label, target })}</KpiHint>
      {/* Latency going up is bad news. */}
      <DeltaNote current={p95} previous={home.data.previous[kind === "voice" ? "voiceP95" : "videoP95"]} window={{ named: "previousDay" }} upIs="bad" className="mt-1" />
      {/* The target in grey: the line itself is red when over. */}
      <Sparkline
        points={sparkline}
        label={t("sparkline", { kind: label, slo: formatMs(sloMs, locale) })}
        color={over ? "#b91c1c" : "#047857"}
        target={{ value: sloMs, color: "#94a3b8" }}
        domain={latencyAxis(sparkline.map((p) => p.value), [sloMs]).domain}
      />
    </>
  );
}
