import type { RouterOutputs } from "@/lib/trpc";
import { formatMs } from "../fleet-format";
import { KIND_LABELS } from "../fleet-params";
import type { Slos } from "../slo-lines";

export type Latency = RouterOutputs["fleet"]["latency"];
export type Stages = RouterOutputs["fleet"]["stages"];
export type Distribution = RouterOutputs["fleet"]["distribution"];
export type Compare = RouterOutputs["fleet"]["compare"];

/** "voice SLO 1,000 ms; video SLO 1,500 ms": the targets in a chart's text summary. */
export const sloSummary = (slos: Slos) =>
  (Object.keys(slos) as (keyof Slos)[]).map((kind) => `${KIND_LABELS[kind].toLowerCase()} SLO ${formatMs(slos[kind])}`).join("; ");

/**
 * The top of a latency axis: room above both SLOs and above most buckets. The p95 of a
 * quiet hour (a handful of interactions) can spike far higher and would flatten the lines
 * that matter, so the top follows the 90th percentile of the plotted values and the rare
 * spikes run off the chart (tooltip and CSV keep the exact values).
 */
export function latencyAxis(values: readonly number[], targets: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const sorted = [...values].sort((x, y) => x - y);
  const typical = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  const wanted = Math.max(Math.max(...targets) * 1.6, typical * 1.3);
  const step = wanted <= 3_000 ? 500 : wanted <= 8_000 ? 1_000 : 2_000;
  const top = Math.ceil(wanted / step) * step;
  return { domain: [0, top], ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}
