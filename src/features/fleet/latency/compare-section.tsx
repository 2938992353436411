"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTimeZone } from "@/lib/use-time-zone";
import { useChartText } from "../chart-text";
import { useTRPC } from "@/lib/trpc";
import { ChartCard } from "../chart-card";
import { type FleetFilters, type FleetParams } from "../fleet-params";
import { CompareControls } from "./compare-controls";
import { compareCsv, compareEmpty, compareLines, compareSummary, compareValueLabel } from "./compare-chart";
import { CompareTable } from "./compare-table";

type CompareSectionProps = { orgSlug: string; params: FleetParams; filters: FleetFilters; update: (patch: Partial<FleetParams>) => void };

/** Two firmware versions (or config versions) side by side: did the new release get slower? */
export function CompareSection({ orgSlug, params, filters, update }: CompareSectionProps) {
  const { zone } = useTimeZone();
  const text = useChartText();
  const { t } = text;
  const trpc = useTRPC();
  const options = useQuery(trpc.fleet.filterOptions.queryOptions({ orgSlug }));
  const values = (params.dimension === "firmware" ? options.data?.firmwares : options.data?.configVersions.map(String)) ?? [];
  // Until chosen: the oldest value against the newest.
  const a = params.a || values[0] || "";
  const b = params.b || values[values.length - 1] || "";
  const input = { orgSlug, kind: params.kind, filters, dimension: params.dimension, a, b };
  const compare = useQuery(trpc.fleet.compare.queryOptions(input, { enabled: Boolean(a && b), placeholderData: keepPreviousData }));
  const what = t(`dimensionsLower.${params.dimension}`);
  const name = (side: "a" | "b", value: string) => `p95 ${side.toUpperCase()} · ${compareValueLabel(params.dimension, value)}`;

  return (
    <ChartCard
      title={t("compare.title")}
      description={t("compare.description", { kind: t(`kindsLower.${params.kind}`), what })}
      query={compare}
      idle={options.isError ? t("compare.optionsFailed", { what }) : options.data && !(a && b) ? t("compare.noValues", { what }) : null}
      toolbar={<CompareControls dimension={params.dimension} values={values} a={a} b={b} onChange={update} />}
      csv={(data) => compareCsv(data, zone)}
      summary={(data) => compareSummary(data, what, text)}
      empty={(data) => compareEmpty(data, what, text)}
      footer={(data) => <CompareTable data={data} />}
    >
      {(data) => compareLines(data, zone, { a: name("a", data.a.value), b: name("b", data.b.value) }, text)}
    </ChartCard>
  );
}
