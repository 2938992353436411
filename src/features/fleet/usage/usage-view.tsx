"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { UpdatedAgo } from "@/components/ui/updated-ago";
import { useTRPC } from "@/lib/trpc";
import { FleetFilterBar } from "../fleet-filter-bar";
import { SPLITS } from "../fleet-params";
import { NoTelemetry } from "../no-telemetry";
import { useFleetParams } from "../use-fleet-params";
import { ActiveDevicesChart } from "./active-devices-chart";
import { TokensChart } from "./tokens-chart";
import { TopDevices } from "./top-devices";
import { UsageChart } from "./usage-chart";
import { UsageTotals } from "./usage-totals";
import { UtilizationChart } from "./utilization-chart";

/** The usage page: filters and split, totals, usage over time, active devices, seats and the busiest devices. */
export function UsageView({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const t = useTranslations("fleet");
  const { params, filters, update } = useFleetParams();
  const keep = { placeholderData: keepPreviousData };
  const usage = useQuery(trpc.fleet.usage.queryOptions({ orgSlug, filters, split: params.split }, keep));
  const active = useQuery(trpc.fleet.activeDevices.queryOptions({ orgSlug, filters }, keep));
  const utilization = useQuery(trpc.fleet.utilization.queryOptions({ orgSlug, filters }, keep));
  const options = useQuery(trpc.fleet.filterOptions.queryOptions({ orgSlug }));
  const skuLabels = new Map((options.data?.skus ?? []).map((sku) => [sku.id, sku.label]));
  const empty = usage.data?.totals.interactions === 0 && !usage.isPlaceholderData;

  return (
    <div className="space-y-6">
      <FleetFilterBar orgSlug={orgSlug} params={params} filters={filters} update={update}>
        <Field label={t("filters.split")} htmlFor="fleet-split" className="xl:min-w-0 xl:flex-1">
          <Select id="fleet-split" value={params.split} onChange={(event) => update({ split: SPLITS.find((split) => split === event.target.value) ?? "none" })}>
            {SPLITS.map((split) => (
              <option key={split} value={split}>
                {t(`splits.${split}`)}
              </option>
            ))}
          </Select>
        </Field>
      </FleetFilterBar>
      {empty ? (
        <NoTelemetry />
      ) : (
        <>
          <UpdatedAgo className="justify-end" updatedAt={usage.dataUpdatedAt} updating={usage.isFetching} />
          <UsageTotals usage={usage} active={active} />
          <div className="grid gap-6 lg:grid-cols-2">
            <UsageChart metric="interactions" query={usage} skuLabels={skuLabels} />
            <UsageChart metric="minutes" query={usage} skuLabels={skuLabels} />
            <TokensChart query={usage} />
            <ActiveDevicesChart query={active} />
          </div>
          <TopDevices orgSlug={orgSlug} filters={filters} />
        </>
      )}
      <UtilizationChart query={utilization} />
    </div>
  );
}
