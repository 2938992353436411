"use client";

import { RefreshCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { formatDateTime } from "@/lib/format";
import { cn } from "@/lib/utils";

type Ago = { unit: "justNow" } | { unit: "seconds" | "minutes" | "hours"; count: number };

/** How long ago, in the unit the note shows: just now, 12 s, 3 min, 2 h. */
export function agoOf(ms: number): Ago {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 5) return { unit: "justNow" };
  if (seconds < 60) return { unit: "seconds", count: seconds };
  if (seconds < 3600) return { unit: "minutes", count: Math.floor(seconds / 60) };
  return { unit: "hours", count: Math.floor(seconds / 3600) };
}

/**
 * When the figures on screen were read: "Updated 12 s ago", ticking, or "Updating…" while a
 * newer read is on its way. Not a live region: a ticking clock would chatter in a screen reader.
 */
export function UpdatedAgo({ updatedAt, updating, className }: { updatedAt: number; updating: boolean; className?: string }) {
  const t = useTranslations("common.updatedAgo");
  const locale = useLocale();
  const [now, setNow] = useState(() => Date.now());
  // While a new range loads, its query has no time yet (0): keep showing the last one.
  const [shown, setShown] = useState(updatedAt);
  if (updatedAt && updatedAt !== shown) setShown(updatedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (!shown) return null;
  const ago = agoOf(now - shown);
  return (
    <p className={cn("flex items-center gap-1.5 text-xs text-slate-500", className)} data-testid="updated-ago">
      <RefreshCw className={cn("size-3", updating && "animate-spin")} aria-hidden />
      {updating ? (
        t("updating")
      ) : (
        <span>
          {t("updated")}{" "}
          <time dateTime={new Date(shown).toISOString()} title={formatDateTime(new Date(shown), undefined, locale)}>
            {ago.unit === "justNow" ? t("justNow") : t(ago.unit, { count: ago.count })}
          </time>
        </span>
      )}
    </p>
  );
}
