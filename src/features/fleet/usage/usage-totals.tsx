"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { StatCard } from "@/components/ui/stat-card";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { cn } from "@/lib/utils";
import type { ChartQuery } from "../chart-card";
import { DeltaNote } from "../delta-note";
import { formatCount } from "../fleet-format";
import type { ActiveDevices, Usage } from "./usage-meta";

/** The range's totals against the same-length window before it, and the devices active in the 30 days to its end. */
export function UsageTotals({ usage, active }: { usage: ChartQuery<Usage>; active: ChartQuery<ActiveDevices> }) {
  const t = useTranslations("fleet.usageTotals");
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const count = (value: number) => formatCount(value, locale);
  if (usage.isError) return <FormError message={errorMessage(usage.error)} />;
  if (!usage.data) {
    return (
      <div role="status" aria-label={t("loading")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-[92px]" />
        ))}
      </div>
    );
  }
  const { totals, previous } = usage.data;
  // The window of the same length just before the range ("previous 7 days").
  const window = { lengthMs: Date.parse(previous.range.to) - Date.parse(previous.range.from) };
  const delta = (key: keyof typeof totals) => <DeltaNote current={totals[key]} previous={previous.totals?.[key] ?? null} window={window} upIs="good" className="mt-1" />;
  return (
    <section
      aria-label={t("label")}
      aria-busy={usage.isPlaceholderData || undefined}
      className={cn("grid grid-cols-2 gap-3 transition-opacity sm:grid-cols-3 xl:grid-cols-5", usage.isPlaceholderData && "opacity-60")}
    >
      <StatCard label={t("interactions")} value={count(totals.interactions)} hint={<>{t("interactionsHint")}{delta("interactions")}</>} />
      <StatCard label={t("minutes")} value={count(totals.minutes)} hint={<>{t("minutesHint")}{delta("minutes")}</>} />
      <StatCard label={t("inputTokens")} value={count(totals.inputTokens)} hint={<>{t("inputTokensHint")}{delta("inputTokens")}</>} />
      <StatCard label={t("outputTokens")} value={count(totals.outputTokens)} hint={<>{t("outputTokensHint")}{delta("outputTokens")}</>} />
      <StatCard
        label={t("monthlyActive")}
        value={active.data ? count(active.data.monthlyActive) : active.isError ? "—" : "…"}
        hint={t("monthlyActiveHint")}
      />
    </section>
  );
}
