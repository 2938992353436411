/*
 * Previous-period comparison of a KPI: the change against the same-length window just
 * before ("+12 % vs previous 7 days"). Pure, so the server's figures and the console's words
 * are tested once.
 */
import { HOUR_MS, DAY_MS } from "@/shared/time";

/** The change of a figure against the previous window. */
export type PeriodDelta =
  /** both windows have a figure and the previous one is not 0 */
  | { kind: "change"; percent: number }
  /** the previous window had nothing to compare with (no data, or 0 where a ratio means nothing) */
  | { kind: "no-previous" }
  /** nothing in the current window either */
  | { kind: "none" };

/** The change of `current` against `previous`; null means "no data in that window". */
export function periodDelta(current: number | null, previous: number | null): PeriodDelta {
  if (current === null) return { kind: "none" };
  if (previous === null || previous === 0) return current === 0 && previous === 0 ? { kind: "change", percent: 0 } : { kind: "no-previous" };
  return { kind: "change", percent: ((current - previous) / previous) * 100 };
}

/** "+12 %", "−3.4 %", "0 %": whole percents from 10 % on, one decimal below. */
export function formatPercentChange(percent: number): string {
  const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  if (rounded === 0) return "0 %";
  const magnitude = Math.abs(rounded).toLocaleString("en", { maximumFractionDigits: 1 });
  return `${rounded > 0 ? "+" : "−"}${magnitude} %`;
}

/** A window's length in its largest whole unit (7 days, 24 hours, 90 minutes), or null when it has none. */
export function windowLength(lengthMs: number): { unit: "day" | "hour" | "minute"; count: number } | null {
  if (lengthMs >= 2 * DAY_MS && lengthMs % DAY_MS === 0) return { unit: "day", count: lengthMs / DAY_MS };
  if (lengthMs >= HOUR_MS && lengthMs % HOUR_MS === 0) return { unit: "hour", count: lengthMs / HOUR_MS };
  if (lengthMs % 60_000 === 0 && lengthMs > 0) return { unit: "minute", count: lengthMs / 60_000 };
  return null;
}

/** The previous window named by its length: "previous 7 days", "previous 24 hours", "previous 90 minutes". */
export function previousWindowLabel(lengthMs: number): string {
  const length = windowLength(lengthMs);
  if (!length) return "previous period";
  return `previous ${length.count.toLocaleString("en")} ${length.count === 1 ? length.unit : `${length.unit}s`}`;
}

/** "+12 % vs previous 7 days", "no data in previous 7 days", "—". */
export function describeDelta(delta: PeriodDelta, previousLabel: string): string {
  if (delta.kind === "none") return "—";
  if (delta.kind === "no-previous") return `no data in ${previousLabel}`;
  return `${formatPercentChange(delta.percent)} vs ${previousLabel}`;
}

/** How a figure going up reads: latency up is bad, seats or usage up is good, some are neutral. */
export type UpIs = "good" | "bad" | "neutral";
export type DeltaTone = "good" | "bad" | "neutral";

/** The colour meaning of a change: below half a percent reads as no change. */
export function deltaTone(delta: PeriodDelta, upIs: UpIs): DeltaTone {
  if (delta.kind !== "change" || upIs === "neutral" || Math.abs(delta.percent) < 0.5) return "neutral";
  const up = delta.percent > 0;
  return up === (upIs === "good") ? "good" : "bad";
}
