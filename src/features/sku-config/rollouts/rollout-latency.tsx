"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChartCard } from "@/features/fleet/chart-card";
import { useChartText } from "@/features/fleet/chart-text";
import { compareCsv, compareEmpty, compareLines, compareSummary } from "@/features/fleet/latency/compare-chart";
import { CompareTable } from "@/features/fleet/latency/compare-table";
import { writeFleetParams, DEFAULT_FLEET_PARAMS } from "@/features/fleet/fleet-params";
import { useTRPC } from "@/lib/trpc";
import { useTimeZone } from "@/lib/use-time-zone";
import { useRolloutWords, type RolloutSummary } from "./rollout-meta";

const SECOND_MS = 1_000;

type RolloutLatencyProps = { orgSlug: string; rollout: RolloutSummary; /** now, advanced by the page's refresh while the rollout runs */ now: number };

/**
 * The old and the new version's p95 side by side since the rollout started (the latency
 * page's release comparison, narrowed to this SKU and this rollout's time).
 */
export function RolloutLatency({ orgSlug, rollout, now }: RolloutLatencyProps) {
  const { zone } = useTimeZone();
  const trpc = useTRPC();
  const t = useTranslations("rollouts.latency");
  const words = useRolloutWords();
  const chartText = useChartText();
  const kind = rollout.gate?.kind ?? "voice";
  const from = rollout.createdAt.getTime();
  // The range ends now while it runs (a new range, so a fresh read, at each refresh of the page)
  // and where it ended once finished; never empty (the server wants the end after the start).
  const to = Math.max(rollout.finishedAt?.getTime() ?? now, from + SECOND_MS);
  const [a, b] = [String(rollout.fromVersion), String(rollout.toVersion)];
  const filters = { from: new Date(from).toISOString(), to: new Date(to).toISOString(), skuId: rollout.skuId };
  const compare = useQuery(trpc.fleet.compare.queryOptions({ orgSlug, kind, filters, dimension: "configVersion", a, b }, { placeholderData: keepPreviousData }));
  const latencyHref = `/o/${orgSlug}/latency?${writeFleetParams({ ...DEFAULT_FLEET_PARAMS, skuId: rollout.skuId, kind, dimension: "configVersion", a, b }).toString()}`;

  return (
    <ChartCard
      title={t("title", { a, b })}
      description={
        <>
          {t("description", { kind: words.kindLabel(kind) })}{" "}
          <Link href={latencyHref} className="font-medium text-brand-700 underline">
            {t("openInLatency")}
          </Link>
        </>
      }
      query={compare}
      csv={(data) => compareCsv(data, zone)}
      summary={(data) => compareSummary(data, t("what"), chartText)}
      empty={(data) => (compareEmpty(data, t("what"), chartText) ? t("empty") : null)}
      footer={(data) => <CompareTable data={data} />}
    >
      {(data) => compareLines(data, zone, { a: t("old", { version: a }), b: t("new", { version: b }) }, chartText)}
    </ChartCard>
  );
}
