"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { deltaTone, formatPercentChange, periodDelta, windowLength, type UpIs } from "@/shared/period-delta";

const TONES = { good: "text-emerald-700", bad: "text-red-700", neutral: "text-slate-600" } as const;

/** The window a figure is compared with: the same length just before the range, or a named one ("yesterday"). */
export type PreviousWindow = { lengthMs: number } | { named: "yesterday" | "previousDay" };

type DeltaNoteProps = { current: number | null; previous: number | null; window: PreviousWindow; upIs: UpIs; className?: string };

/** "+12 % vs previous 7 days" under a figure in the console's language, coloured by what a rise means. */
export function DeltaNote({ current, previous, window, upIs, className }: DeltaNoteProps) {
  const t = useTranslations("fleet.delta");
  const delta = periodDelta(current, previous);
  const length = "lengthMs" in window ? windowLength(window.lengthMs) : null;
  const name = "named" in window ? t(window.named) : length ? t(`previous.${length.unit}`, { count: length.count }) : t("previousPeriod");
  const text = delta.kind === "none" ? "—" : delta.kind === "no-previous" ? t("noData", { window: name }) : t("change", { change: formatPercentChange(delta.percent), window: name });
  return (
    <span data-testid="delta" className={cn("block text-xs font-medium tabular-nums", TONES[deltaTone(delta, upIs)], className)}>
      {text}
    </span>
  );
}
