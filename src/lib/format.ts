import type { TimeZone } from "./time-zone";

const DATE: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric" };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: "2-digit", minute: "2-digit" };
const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per shape and zone (building one costs far more than formatting with it). */
function formatIn(options: Intl.DateTimeFormatOptions, zone: TimeZone | undefined, locale: string): Intl.DateTimeFormat {
  const key = `${options === DATE ? "d" : "dt"}|${zone?.id ?? ""}|${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone?.id });
    formats.set(key, format);
  }
  return format;
}

/** "Mar 4, 2026" — in `zone`, else the viewer's own (so only call it without one in client-rendered data); English unless `locale` says otherwise. */
export function formatDate(value: Date | string, zone?: TimeZone, locale = "en"): string {
  return formatIn(DATE, zone, locale).format(new Date(value));
}

/** "Mar 4, 2026, 09:15 AM" — in `zone`, else the viewer's own; on screen use <DateTime>, which follows the zone choice and the console's language. */
export function formatDateTime(value: Date | string, zone?: TimeZone, locale = "en"): string {
  return formatIn(DATE_TIME, zone, locale).format(new Date(value));
}

/** "1 member", "3 members" */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? singular : pluralForm}`;
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    relativeFormats.set(locale, format);
  }
  return format;
}
const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

/** "5 minutes ago", "yesterday": for recency ("last seen"), where the exact time matters less. */
export function formatRelativeTime(value: Date | string, now: Date = new Date(), locale = "en"): string {
  let amount = (new Date(value).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return relativeFormat(locale).format(Math.round(amount), unit);
    amount /= size;
  }
  return formatDate(value, undefined, locale);
}

/** A span of time as people say it: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (ms < 60_000) return `${Math.max(0, Math.round(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}
