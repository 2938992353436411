"use client";

import { formatDate, formatDateTime, formatRelativeTime } from "@/lib/format";
import { zoneLabel } from "@/lib/time-zone";
import { useTimeZone } from "@/lib/use-time-zone";

type DateTimeProps = {
  value: Date | string;
  /** "Mar 4, 2026, 09:15 AM" (default), "Mar 4, 2026", or "5 minutes ago" (the exact time on hover) */
  show?: "dateTime" | "date" | "relative";
};

/**
 * An instant on screen, in the zone the viewer chose with the "Times" toggle (their own by
 * default, or UTC) — the same zone as the charts and exports. Hovering names the zone.
 */
export function DateTime({ value, show = "dateTime" }: DateTimeProps) {
  const { zone } = useTimeZone();
  const date = new Date(value);
  const label = zoneLabel(zone, date.getTime());
  const exact = formatDateTime(date, zone);
  const text = show === "date" ? formatDate(date, zone) : show === "relative" ? formatRelativeTime(date) : exact;
  return (
    <time dateTime={date.toISOString()} title={show === "dateTime" ? label : `${exact} (${label})`}>
      {text}
    </time>
  );
}
