"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { filtersFor, readFleetParams, writeFleetParams, type FleetFilters, type FleetParams } from "./fleet-params";

/**
 * A fleet page's filters, kept in the URL (shareable, kept on reload). Preset ranges end
 * at the moment the view was last changed, so the charts' queries stay put between
 * renders; every change of filter moves that moment to now.
 */
export function useFleetParams(): { params: FleetParams; filters: FleetFilters; update: (patch: Partial<FleetParams>) => void } {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const params = readFleetParams(new URLSearchParams(searchParams.toString()));
  const [now, setNow] = useState(() => Date.now());

  const update = useCallback(
    (patch: Partial<FleetParams>) => {
      const next = { ...readFleetParams(new URLSearchParams(window.location.search)), ...patch };
      const search = writeFleetParams(next).toString();
      // Next.js keeps useSearchParams in sync with history.replaceState, without a server round trip.
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
      setNow(Date.now());
    },
    [pathname],
  );

  return { params, filters: filtersFor(params, now), update };
}
