"use client";

import { RefreshCw } from "lucide-react";
import { useEffect, useState } from "react";
import { formatDateTime } from "@/lib/format";
import { cn } from "@/lib/utils";

/** "just now", "12 s ago", "3 min ago", "2 h ago". */
export function agoText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 5) return "just now";
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  return `${Math.floor(seconds / 3600)} h ago`;
}

/**
 * When the figures on screen were read: "Updated 12 s ago", ticking, or "Updating…" while a
 * newer read is on its way. Not a live region: a ticking clock would chatter in a screen reader.
 */
export function UpdatedAgo({ updatedAt, updating, className }: { updatedAt: number; updating: boolean; className?: string }) {
  const [now, setNow] = useState(() => Date.now());
  // While a new range loads, its query has no time yet (0): keep showing the last one.
  const [shown, setShown] = useState(updatedAt);
  if (updatedAt && updatedAt !== shown) setShown(updatedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  if (!shown) return null;
  return (
    <p className={cn("flex items-center gap-1.5 text-xs text-slate-500", className)} data-testid="updated-ago">
      <RefreshCw className={cn("size-3", updating && "animate-spin")} aria-hidden />
      {updating ? (
        "Updating…"
      ) : (
        <span>
          Updated <time dateTime={new Date(shown).toISOString()} title={formatDateTime(new Date(shown))}>{agoText(now - shown)}</time>
        </span>
      )}
    </p>
  );
}
