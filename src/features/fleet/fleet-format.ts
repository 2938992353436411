const count = new Intl.NumberFormat("en");
const oneDecimal = new Intl.NumberFormat("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** "1,015 ms", or an em dash when there is no value. */
export const formatMs = (ms: number | null | undefined) => (ms === null || ms === undefined ? "—" : `${count.format(ms)} ms`);

/** An SLO target: "1.0 s". */
export const formatSeconds = (ms: number) => `${oneDecimal.format(ms / 1000)} s`;

/** A 0..1 share as "97.3%". */
export const formatShare = (fraction: number | null | undefined) =>
  fraction === null || fraction === undefined ? "—" : `${oneDecimal.format(fraction * 100)}%`;

export const formatCount = (value: number) => count.format(value);

/** Minutes to one decimal: "105.0". */
export const formatMinutes = (value: number) => oneDecimal.format(value);

/** Axis ticks of large counts: "12K". */
export const formatCompact = (value: number) => compact.format(value);

/** "+18.2%" from a to b, or null when a is zero or missing. */
export function relativeChange(a: number | null, b: number | null): number | null {
  if (a === null || b === null || a === 0) return null;
  return (b - a) / a;
}

export const formatChange = (change: number | null) => (change === null ? "—" : `${change > 0 ? "+" : change < 0 ? "−" : "±"}${oneDecimal.format(Math.abs(change) * 100)}%`);

/** The largest value of a series, or null when it is empty. */
export const peak = (values: readonly number[]) => (values.length ? Math.max(...values) : null);
