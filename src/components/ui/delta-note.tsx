import { cn } from "@/lib/utils";
import { deltaTone, describeDelta, periodDelta, type UpIs } from "@/shared/period-delta";

const TONES = { good: "text-emerald-700", bad: "text-red-700", neutral: "text-slate-600" } as const;

type DeltaNoteProps = {
  current: number | null;
  /** the figure over the previous window; null when nothing was reported then */
  previous: number | null;
  /** "previous 7 days", "yesterday" */
  previousLabel: string;
  /** whether a rise is good news (usage), bad news (latency) or neither */
  upIs: UpIs;
  className?: string;
};

/** "+12 % vs previous 7 days" under a figure, coloured by what a rise means; "no data in previous 7 days" when there is nothing to compare. */
export function DeltaNote({ current, previous, previousLabel, upIs, className }: DeltaNoteProps) {
  const delta = periodDelta(current, previous);
  return (
    <span data-testid="delta" className={cn("block text-xs font-medium tabular-nums", TONES[deltaTone(delta, upIs)], className)}>
      {describeDelta(delta, previousLabel)}
    </span>
  );
}
