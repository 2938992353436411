"use client";

import { useLocale } from "next-intl";
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
 * default, or UTC) — the same zone as the charts and exports — in the console's language.
 * Hovering names the zone.
 */
export function DateTime({ value, show = "dateTime" }: DateTimeProps) {
  const { zone } = useTimeZone();
  const locale = useLocale();
  const date = new Date(value);
  const label = zoneLabel(zone, date.getTime());
  const exact = formatDateTime(date, zone, locale);
  const text = show === "date" ? formatDate(date, zone, locale) : show === "relative" ? formatRelativeTime(date, undefined, locale) : exact;
  return (
    <time dateTime={date.toISOString()} title={show === "dateTime" ? label : `${exact} (${label})`}>
      {text}
    </time>
  );
}
