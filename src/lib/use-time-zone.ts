"use client";

import { useCallback, useSyncExternalStore } from "react";
import { browserTimeZone, UTC_ZONE, type TimeZone, type TimeZoneMode } from "./time-zone";

/*
 * The one source of truth for the zone times are shown in. The choice is remembered per
 * browser in localStorage (no cookie: the server renders no chart or table time — those
 * come from client queries — so it never needs to know). The server snapshot is UTC, and
 * useSyncExternalStore switches to the stored choice right after hydration, so server and
 * client HTML never disagree.
 */

const STORAGE_KEY = "anima.timeZone";
const listeners = new Set<() => void>();
/** The choice when storage is refused (private mode): it holds until the page is left. */
let unstored: TimeZoneMode = "local";

function readMode(): TimeZoneMode {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === "utc" || stored === "local" ? stored : unstored;
  } catch {
    return unstored;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export type TimeZoneChoice = {
  /** what the viewer chose: their own zone (the default) or UTC */
  mode: TimeZoneMode;
  /** the zone to format in */
  zone: TimeZone;
  /** the browser's own zone, to name it in the toggle */
  local: TimeZone;
  setMode: (mode: TimeZoneMode) => void;
};

/** The zone every time on screen (axes, tooltips, tables, exports) is formatted in, and the toggle's setter. */
export function useTimeZone(): TimeZoneChoice {
  const mode = useSyncExternalStore(subscribe, readMode, () => "utc" as const);
  const localId = useSyncExternalStore(subscribe, () => browserTimeZone().id, () => UTC_ZONE.id);
  const local: TimeZone = localId === UTC_ZONE.id ? UTC_ZONE : { id: localId, utc: false };
  const setMode = useCallback((next: TimeZoneMode) => {
    unstored = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused: `unstored` keeps the choice for this page.
    }
    for (const listener of listeners) listener();
  }, []);
  return { mode, zone: mode === "utc" ? UTC_ZONE : local, local, setMode };
}
