"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { StatCard } from "@/components/ui/stat-card";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { cn } from "@/lib/utils";
import type { UpIs } from "@/shared/period-delta";
import { useChartText } from "../chart-text";
import type { ChartQuery } from "../chart-card";
import { DeltaNote } from "../delta-note";
import { formatCount, formatMs, formatSeconds, formatShare } from "../fleet-format";
import type { LatencyWithPrevious } from "./latency-meta";

/** The range at a glance: percentiles over the whole range, the share within the SLO, and the volume. */
export function SloSummary({ query }: { query: ChartQuery<LatencyWithPrevious> }) {
  const { locale, t } = useChartText();
  const errorMessage = useErrorMessage();
  const tSummary = useTranslations("fleet.latencySummary");
  if (query.isError) return <FormError message={errorMessage(query.error)} />;
  if (!query.data) {
    return (
      <div role="status" aria-label={tSummary("loading")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-[92px]" />
        ))}
      </div>
    );
  }
  const { summary, sloMs, kind, previous } = query.data;
  // The window of the same length just before the range ("previous 7 days"); null figures when nothing was reported then.
  const window = { lengthMs: Date.parse(previous.range.to) - Date.parse(previous.range.from) };
  const before = previous.summary.count > 0 ? previous.summary : null;
  const delta = (current: number | null, last: number | null | undefined, upIs: UpIs) => (
    <DeltaNote current={current} previous={last ?? null} window={window} upIs={upIs} className="mt-1" />
  );
  const target = t("slo.target", { kind: t(`kindsLower.${kind}`), target: formatSeconds(sloMs, locale) });
  const over = summary.p95 !== null && summary.p95 > sloMs;
  return (
    <section
      aria-label={tSummary("label")}
      aria-busy={query.isPlaceholderData || undefined}
      className={cn("grid grid-cols-2 gap-3 transition-opacity sm:grid-cols-3 xl:grid-cols-5", query.isPlaceholderData && "opacity-60")}
    >
      <StatCard label="p50" value={formatMs(summary.p50, locale)} hint={<>{tSummary("p50Hint")}{delta(summary.p50, before?.p50, "bad")}</>} />
      <StatCard
        label="p95"
        value={formatMs(summary.p95, locale)}
        hint={
          <>
            <span className={cn("font-medium", over ? "text-red-700" : "text-emerald-700")}>{over ? tSummary("over", { target }) : tSummary("within", { target })}</span>
            {delta(summary.p95, before?.p95, "bad")}
          </>
        }
        className={over ? "border-red-200" : undefined}
      />
      <StatCard label="p99" value={formatMs(summary.p99, locale)} hint={tSummary("p99Hint")} />
      <StatCard label={tSummary("withinSlo")} value={formatShare(summary.withinSlo, locale)} hint={tSummary("withinSloHint", { target: formatSeconds(sloMs, locale) })} />
      <StatCard
        label={tSummary("interactions")}
        value={formatCount(summary.count, locale)}
        hint={
          <>
            {tSummary("interactionsHint", { kind: t(`kinds.${kind}`) })}
            {delta(summary.count, before?.count, "good")}
          </>
        }
      />
    </section>
  );
}
