"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { useSlidingNow } from "@/lib/live-data";
import { filtersFor, readFleetParams, writeFleetParams, type FleetFilters, type FleetParams } from "./fleet-params";

/**
 * A fleet page's filters, kept in the URL (shareable, kept on reload). Preset ranges end
 * at a moment that stays put between renders (so the charts' queries do) and moves to now
 * on every change of filter and every LIVE_REFRESH_MS while the tab is visible: a "last
 * hour" view keeps showing the last hour. Custom ranges stay where they were set.
 */
export function useFleetParams(): { params: FleetParams; filters: FleetFilters; update: (patch: Partial<FleetParams>) => void } {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const params = readFleetParams(new URLSearchParams(searchParams.toString()));
  const [now, setNow] = useSlidingNow(params.range !== "custom");

  const update = useCallback(
    (patch: Partial<FleetParams>) => {
      const next = { ...readFleetParams(new URLSearchParams(window.location.search)), ...patch };
      const search = writeFleetParams(next).toString();
      // Next.js keeps useSearchParams in sync with history.replaceState, without a server round trip.
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
      setNow(Date.now());
    },
    [pathname, setNow],
  );

  return { params, filters: filtersFor(params, now), update };
}
