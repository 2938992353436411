const numberFormats = new Map<string, { count: Intl.NumberFormat; oneDecimal: Intl.NumberFormat; compact: Intl.NumberFormat }>();
/** The number formats of a language, built once (building one costs far more than formatting with it). */
function numbers(locale: string) {
  let found = numberFormats.get(locale);
  if (!found) {
    found = {
      count: new Intl.NumberFormat(locale),
      oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      compact: new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }),
    };
    numberFormats.set(locale, found);
  }
  return found;
}

/** "1,015 ms", or an em dash when there is no value. */
export const formatMs = (ms: number | null | undefined, locale = "en") => (ms === null || ms === undefined ? "—" : `${numbers(locale).count.format(ms)} ms`);

/** An SLO target: "1.0 s". */
export const formatSeconds = (ms: number, locale = "en") => `${numbers(locale).oneDecimal.format(ms / 1000)} s`;

/** A 0..1 share as "97.3%". */
export const formatShare = (fraction: number | null | undefined, locale = "en") =>
  fraction === null || fraction === undefined ? "—" : `${numbers(locale).oneDecimal.format(fraction * 100)}%`;

export const formatCount = (value: number, locale = "en") => numbers(locale).count.format(value);

/** Minutes to one decimal: "105.0". */
export const formatMinutes = (value: number, locale = "en") => numbers(locale).oneDecimal.format(value);

/** Axis ticks of large counts: "12K" (zh-CN "1.2万"). */
export const formatCompact = (value: number, locale = "en") => numbers(locale).compact.format(value);

/** "+18.2%" from a to b, or null when a is zero or missing. */
export function relativeChange(a: number | null, b: number | null): number | null {
  if (a === null || b === null || a === 0) return null;
  return (b - a) / a;
}

export const formatChange = (change: number | null, locale = "en") =>
  change === null ? "—" : `${change > 0 ? "+" : change < 0 ? "−" : "±"}${numbers(locale).oneDecimal.format(Math.abs(change) * 100)}%`;

/** The largest value of a series, or null when it is empty. */
export const peak = (values: readonly number[]) => (values.length ? Math.max(...values) : null);
