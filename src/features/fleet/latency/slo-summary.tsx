"use client";

import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { DeltaNote } from "@/components/ui/delta-note";
import { StatCard } from "@/components/ui/stat-card";
import { errorMessage } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { previousWindowLabel, type UpIs } from "@/shared/period-delta";
import type { ChartQuery } from "../chart-card";
import { formatCount, formatMs, formatSeconds, formatShare } from "../fleet-format";
import { KIND_LABELS } from "../fleet-params";
import type { LatencyWithPrevious } from "./latency-meta";

/** The range at a glance: percentiles over the whole range, the share within the SLO, and the volume. */
export function SloSummary({ query }: { query: ChartQuery<LatencyWithPrevious> }) {
  if (query.isError) return <FormError message={errorMessage(query.error)} />;
  if (!query.data) {
    return (
      <div role="status" aria-label="Loading latency summary" className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-[92px]" />
        ))}
      </div>
    );
  }
  const { summary, sloMs, kind, previous } = query.data;
  // The window of the same length just before the range ("previous 7 days"); null figures when nothing was reported then.
  const previousLabel = previousWindowLabel(Date.parse(previous.range.to) - Date.parse(previous.range.from));
  const before = previous.summary.count > 0 ? previous.summary : null;
  const delta = (current: number | null, last: number | null | undefined, upIs: UpIs) => (
    <DeltaNote current={current} previous={last ?? null} previousLabel={previousLabel} upIs={upIs} className="mt-1" />
  );
  const target = `${KIND_LABELS[kind].toLowerCase()} SLO ${formatSeconds(sloMs)}`;
  const over = summary.p95 !== null && summary.p95 > sloMs;
  return (
    <section
      aria-label="Latency summary"
      aria-busy={query.isPlaceholderData || undefined}
      className={cn("grid grid-cols-2 gap-3 transition-opacity sm:grid-cols-3 xl:grid-cols-5", query.isPlaceholderData && "opacity-60")}
    >
      <StatCard label="p50" value={formatMs(summary.p50)} hint={<>Median, end to end{delta(summary.p50, before?.p50, "bad")}</>} />
      <StatCard
        label="p95"
        value={formatMs(summary.p95)}
        hint={
          <>
            <span className={cn("font-medium", over ? "text-red-700" : "text-emerald-700")}>{over ? `Over the ${target}` : `Within the ${target}`}</span>
            {delta(summary.p95, before?.p95, "bad")}
          </>
        }
        className={over ? "border-red-200" : undefined}
      />
      <StatCard label="p99" value={formatMs(summary.p99)} hint="The slowest 1% start here" />
      <StatCard label="Within SLO" value={formatShare(summary.withinSlo)} hint={`Interactions at most ${formatSeconds(sloMs)}`} />
      <StatCard label="Interactions" value={formatCount(summary.count)} hint={<>{`${KIND_LABELS[kind]}, over the range`}{delta(summary.count, before?.count, "good")}</>} />
    </section>
  );
}
