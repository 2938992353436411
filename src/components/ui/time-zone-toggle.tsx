"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useTimeZone } from "@/lib/use-time-zone";
import { zoneLabel } from "@/lib/time-zone";
import { cn } from "@/lib/utils";
import type { TimeZoneMode } from "@/lib/time-zone";

/**
 * "Times: Local (Asia/Shanghai) | UTC" — which zone the charts, tooltips, exports and tables use.
 * Remembered per browser (useTimeZone); when the browser is on UTC, only UTC is offered.
 */
export function TimeZoneToggle({ className }: { className?: string }) {
  const { mode, local, setMode } = useTimeZone();
  const labelId = useId();
  const t = useTranslations("common.timeZone");
  const options: { mode: TimeZoneMode; label: string; title: string }[] = local.utc
    ? [{ mode: "utc", label: "UTC", title: t("utcOnlyTitle") }]
    : [
        { mode: "local", label: t("local", { zone: local.id }), title: t("localTitle", { zone: zoneLabel(local) }) },
        { mode: "utc", label: "UTC", title: t("utcTitle") },
      ];
  const current = local.utc ? "utc" : mode;
  return (
    <div className={cn("flex flex-wrap items-center gap-2", className)}>
      <span id={labelId} className="text-sm font-medium text-slate-700">
        {t("label")}
      </span>
      <div role="group" aria-labelledby={labelId} className="inline-flex max-w-full rounded-md bg-slate-100 p-0.5">
        {options.map((option) => (
          <button
            key={option.mode}
            type="button"
            title={option.title}
            aria-pressed={current === option.mode}
            onClick={() => setMode(option.mode)}
            className={cn(
              "truncate rounded px-3 py-1 text-sm font-medium transition-colors",
              current === option.mode ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
            )}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
