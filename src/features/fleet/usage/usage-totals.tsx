"use client";

import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { DeltaNote } from "@/components/ui/delta-note";
import { StatCard } from "@/components/ui/stat-card";
import { errorMessage } from "@/lib/errors";
import { cn } from "@/lib/utils";
import { previousWindowLabel } from "@/shared/period-delta";
import type { ChartQuery } from "../chart-card";
import { formatCount } from "../fleet-format";
import type { ActiveDevices, Usage } from "./usage-meta";

/** The range's totals against the same-length window before it, and the devices active in the 30 days to its end. */
export function UsageTotals({ usage, active }: { usage: ChartQuery<Usage>; active: ChartQuery<ActiveDevices> }) {
  if (usage.isError) return <FormError message={errorMessage(usage.error)} />;
  if (!usage.data) {
    return (
      <div role="status" aria-label="Loading usage totals" className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-[92px]" />
        ))}
      </div>
    );
  }
  const { totals, previous } = usage.data;
  // The window of the same length just before the range ("previous 7 days").
  const previousLabel = previousWindowLabel(Date.parse(previous.range.to) - Date.parse(previous.range.from));
  const delta = (key: keyof typeof totals) => <DeltaNote current={totals[key]} previous={previous.totals?.[key] ?? null} previousLabel={previousLabel} upIs="good" className="mt-1" />;
  return (
    <section
      aria-label="Usage totals"
      aria-busy={usage.isPlaceholderData || undefined}
      className={cn("grid grid-cols-2 gap-3 transition-opacity sm:grid-cols-3 xl:grid-cols-5", usage.isPlaceholderData && "opacity-60")}
    >
      <StatCard label="Interactions" value={formatCount(totals.interactions)} hint={<>Over the range{delta("interactions")}</>} />
      <StatCard label="Minutes" value={formatCount(totals.minutes)} hint={<>Of conversation{delta("minutes")}</>} />
      <StatCard label="Input tokens" value={formatCount(totals.inputTokens)} hint={<>Sent to the LLM{delta("inputTokens")}</>} />
      <StatCard label="Output tokens" value={formatCount(totals.outputTokens)} hint={<>Generated{delta("outputTokens")}</>} />
      <StatCard
        label="Monthly active devices"
        value={active.data ? formatCount(active.data.monthlyActive) : active.isError ? "—" : "…"}
        hint="In the 30 days to the range's end"
      />
    </section>
  );
}
