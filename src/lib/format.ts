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

type DurationUnit = "second" | "minute" | "hour" | "day";
const ENGLISH_UNITS: Record<DurationUnit, string> = { second: "s", minute: "min", hour: "h", day: "d" };
const unitFormats = new Map<string, Intl.NumberFormat>();
/** "12 min" in English (the console's short units), else the locale's own ("12分钟"). */
function formatUnit(value: number, unit: DurationUnit, locale: string): string {
  if (locale === "en") return `${value} ${ENGLISH_UNITS[unit]}`;
  const key = `${locale}|${unit}`;
  let format = unitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" });
    unitFormats.set(key, format);
  }
  return format.format(value);
}

/** A span of time as people say it: "45 s", "12 min", "3 h 5 min", "2 d 4 h" (zh-CN "3小时5分钟"). */
export function formatDuration(ms: number, locale = "en"): string {
  const join = (...parts: string[]) => parts.join(locale === "en" ? " " : "");
  const minutes = Math.round(ms / 60_000);
  if (ms < 60_000) return formatUnit(Math.max(0, Math.round(ms / 1000)), "second", locale);
  if (minutes < 60) return formatUnit(minutes, "minute", locale);
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? join(formatUnit(hours, "hour", locale), formatUnit(minutes % 60, "minute", locale)) : formatUnit(hours, "hour", locale);
  const days = Math.floor(hours / 24);
  return hours % 24 ? join(formatUnit(days, "day", locale), formatUnit(hours % 24, "hour", locale)) : formatUnit(days, "day", locale);
}
