"use client";

import { useEffect, useState } from "react";

/** How often dashboards re-read their figures while someone is looking at them. */
export const LIVE_REFRESH_MS = 30_000;

/**
 * Query options of a live figure: re-read every LIVE_REFRESH_MS. TanStack Query stops the timer
 * while the tab is hidden (`refetchIntervalInBackground: false`) and re-reads on return.
 */
export const liveQuery = { refetchInterval: LIVE_REFRESH_MS, refetchIntervalInBackground: false } as const;

/**
 * A moment that moves to now every LIVE_REFRESH_MS while the tab is visible (and at once when it
 * becomes visible again after that long), so a "last hour" view slides with the clock. `enabled`
 * false keeps it still, e.g. for a fixed custom range.
 */
export function useSlidingNow(enabled: boolean): [number, (now: number) => void] {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const advance = () => {
      if (document.visibilityState !== "visible") return;
      setNow((previous) => (Date.now() - previous >= LIVE_REFRESH_MS ? Date.now() : previous));
    };
    const timer = window.setInterval(advance, LIVE_REFRESH_MS);
    document.addEventListener("visibilitychange", advance);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", advance);
    };
  }, [enabled]);
  return [now, setNow];
}
