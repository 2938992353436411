"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { UpdatedAgo } from "@/components/ui/updated-ago";
import { useTRPC } from "@/lib/trpc";
import { FleetFilterBar } from "../fleet-filter-bar";
import { NoTelemetry } from "../no-telemetry";
import { useFleetParams } from "../use-fleet-params";
import { AttainmentChart } from "./attainment-chart";
import { CompareSection } from "./compare-section";
import { DistributionChart } from "./distribution-chart";
import { PercentileChart } from "./percentile-chart";
import { SloSummary } from "./slo-summary";
import { StageChart } from "./stage-chart";

/** The latency page: filters, the range at a glance, then percentiles, attainment, stages, distribution and a comparison. */
export function LatencyView({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const { params, filters, update } = useFleetParams();
  const input = { orgSlug, kind: params.kind, filters };
  const keep = { placeholderData: keepPreviousData };
  const latency = useQuery(trpc.fleet.latency.queryOptions(input, keep));
  const stages = useQuery(trpc.fleet.stages.queryOptions(input, keep));
  const distribution = useQuery(trpc.fleet.distribution.queryOptions(input, keep));
  const empty = latency.data?.summary.count === 0 && !latency.isPlaceholderData;

  return (
    <div className="space-y-6">
      <FleetFilterBar orgSlug={orgSlug} params={params} filters={filters} update={update} showKind />
      {empty ? (
        <NoTelemetry />
      ) : (
        <>
          <UpdatedAgo className="justify-end" updatedAt={latency.dataUpdatedAt} updating={latency.isFetching} />
          <SloSummary query={latency} />
          <PercentileChart query={latency} />
          <div className="grid gap-6 lg:grid-cols-2">
            <AttainmentChart query={latency} />
            <StageChart query={stages} />
          </div>
          <DistributionChart query={distribution} />
          <CompareSection orgSlug={orgSlug} params={params} filters={filters} update={update} />
        </>
      )}
    </div>
  );
}
