import { cn } from "@/lib/utils";
import styles from "./progress.module.css";

/**
 * A progress bar with its caption. Without `value` it is indeterminate (work of unknown
 * length, such as one long request); with it, it fills to value / max.
 */
export function Progress({ label, value, max = 100, className }: { label: string; value?: number; max?: number; className?: string }) {
  const determinate = value !== undefined;
  const percent = determinate && max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div className={cn("space-y-1.5", className)}>
      <p className="text-sm text-slate-700" aria-hidden>
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={determinate ? 0 : undefined}
        aria-valuemax={determinate ? max : undefined}
        aria-valuenow={determinate ? value : undefined}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={cn("h-full rounded-full bg-brand-600", determinate ? "transition-[width] duration-300" : styles.indeterminate)}
          style={determinate ? { width: `${percent}%` } : undefined}
        />
      </div>
    </div>
  );
}
