"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTimeZone } from "@/lib/use-time-zone";
import { useTRPC } from "@/lib/trpc";
import { ChartCard } from "../chart-card";
import { DIMENSION_LABELS, type FleetFilters, type FleetParams } from "../fleet-params";
import { CompareControls } from "./compare-controls";
import { compareCsv, compareEmpty, compareLines, compareSummary, compareValueLabel } from "./compare-chart";
import { CompareTable } from "./compare-table";

type CompareSectionProps = { orgSlug: string; params: FleetParams; filters: FleetFilters; update: (patch: Partial<FleetParams>) => void };

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
  const name = (side: "a" | "b", value: string) => `p95 ${side.toUpperCase()} · ${compareValueLabel(params.dimension, value)}`;

  return (
    <ChartCard
      title="Compare releases"
      description={`p95 of ${params.kind} interactions for two values of ${what}, over the same range and filters.`}
      query={compare}
      idle={options.isError ? `The ${what} values could not be loaded. Reload the page to try again.` : options.data && !(a && b) ? `No ${what} was reported in the last 90 days.` : null}
      toolbar={<CompareControls dimension={params.dimension} values={values} a={a} b={b} onChange={update} />}
      csv={(data) => compareCsv(data, zone)}
      summary={(data) => compareSummary(data, what)}
      empty={(data) => compareEmpty(data, what)}
      footer={(data) => <CompareTable data={data} />}
    >
      {(data) => compareLines(data, zone, { a: name("a", data.a.value), b: name("b", data.b.value) })}
    </ChartCard>
  );
}
