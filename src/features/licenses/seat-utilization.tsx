import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import type { Utilization } from "./license-meta";
import { useLicenseFormat } from "./use-license-format";

const BAR_COLORS: Record<Utilization["level"], string> = {
  normal: "bg-brand-600",
  warning: "bg-amber-500",
  critical: "bg-red-600",
};

const TEXT_COLORS: Record<Utilization["level"], string> = {
  normal: "text-slate-900",
  warning: "text-amber-800",
  critical: "text-red-700",
};

/**
 * Seats used out of the total as a bar. The shared Progress bar has one colour; this one
 * changes colour as the pool fills, since the colour is the point.
 */
export function SeatUtilization({ used, total, usage }: { used: number; total: number; usage: Utilization }) {
  const t = useTranslations("licenses.balance");
  const format = useLicenseFormat();
  const summary = t("utilizationSummary", { used, total });
  const percent = format.percent(usage.percent);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm" aria-hidden>
        <span className="font-medium text-slate-700">{t("utilization")}</span>
        <span className="text-slate-600 tabular-nums">
          {summary} · <span className={cn("font-semibold", TEXT_COLORS[usage.level])}>{percent}</span>
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={t("utilization")}
        aria-valuemin={0}
        // Overage can push usage past the total; the bar stays in range and the text tells the rest.
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={Math.min(used, Math.max(total, 1))}
        aria-valuetext={`${summary} (${percent})`}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={cn("h-full rounded-full transition-[width] duration-300", BAR_COLORS[usage.level])}
          style={{ width: `${Math.min(100, usage.percent)}%` }}
        />
      </div>
    </div>
  );
}
