import type { RouterOutputs } from "@/lib/trpc";
import { ENGLISH_CHART_TEXT, type ChartText } from "../chart-text";
import { formatCount } from "../fleet-format";

/** A latency series as the charts read it (the comparison's sides have the same shape). */
export type Latency = Omit<RouterOutputs["fleet"]["latency"], "previous">;
/** The latency page's series with the previous window's summary. */
export type LatencyWithPrevious = RouterOutputs["fleet"]["latency"];
export type Stages = RouterOutputs["fleet"]["stages"];
export type Distribution = RouterOutputs["fleet"]["distribution"];
export type Compare = RouterOutputs["fleet"]["compare"];

/**
 * Interactions each side of a comparison needs before its percentages mean anything: below
 * it, a p95 is a handful of samples and "+48,200 %" is noise, not a regression.
 */
export const MIN_COMPARE_INTERACTIONS = 100;

/** "Not enough data (n = 37 vs 1,204; need 100 per side)" when a side is under the minimum, else null. */
export function compareShortfall(data: Compare, { locale, t }: ChartText = ENGLISH_CHART_TEXT): string | null {
  const { a, b } = data;
  if (a.summary.count >= MIN_COMPARE_INTERACTIONS && b.summary.count >= MIN_COMPARE_INTERACTIONS) return null;
  return t("compare.shortfall", { a: formatCount(a.summary.count, locale), b: formatCount(b.summary.count, locale), min: formatCount(MIN_COMPARE_INTERACTIONS, locale) });
}

/**
 * The top of a latency axis: room above the SLO and above most buckets (those without data, null, aside). The p95 of a
 * quiet hour (a handful of interactions) can spike far higher and would flatten the lines
 * that matter, so the top follows the 90th percentile of the plotted values and the rare
 * spikes run off the chart (tooltip and CSV keep the exact values).
 */
export function latencyAxis(values: readonly (number | null | undefined)[], targets: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const sorted = values.filter((value): value is number => typeof value === "number").sort((x, y) => x - y);
  const typical = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  const wanted = Math.max(Math.max(...targets) * 1.6, typical * 1.3);
  const step = wanted <= 3_000 ? 500 : wanted <= 8_000 ? 1_000 : 2_000;
  const top = Math.ceil(wanted / step) * step;
  return { domain: [0, top], ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}
