import type { RouterOutputs } from "@/lib/trpc";
import { ENGLISH_CHART_TEXT, type ChartText } from "../chart-text";
import type { UsageSplit } from "../fleet-params";

export type Usage = RouterOutputs["fleet"]["usage"];
export type ActiveDevices = RouterOutputs["fleet"]["activeDevices"];
export type Utilization = RouterOutputs["fleet"]["utilization"];
export type TopDevices = RouterOutputs["fleet"]["topDevices"];
export type UsageMetric = "interactions" | "minutes";

export type Series = { dataKey: string; label: string };
export type PivotRow = { t: string; ts: number } & Record<string, number | string>;

/** Names the series of a split: SKU labels from the filter menus, "No agent named" for an empty agent. */
export function seriesLabel(split: UsageSplit, key: string, skuLabels: ReadonlyMap<string, string>, total: string, { t }: ChartText = ENGLISH_CHART_TEXT): string {
  if (split === "none") return total;
  if (split === "sku") return skuLabels.get(key) ?? key;
  return key || t("filters.noAgent");
}

/**
 * One row per bucket with data, with one column per series (s0, s1, …; a bucket a series did
 * not report counts 0 while another did), for a stacked chart and its CSV. The chart fills in
 * the buckets nobody reported (gaps); the CSV keeps only measured ones.
 */
export function pivotUsage(usage: Usage, metric: UsageMetric, label: (key: string) => string): { rows: PivotRow[]; series: Series[] } {
  const keys = [...new Set(usage.points.map((p) => p.key))].sort();
  const series = keys.map((key, index) => ({ dataKey: `s${index}`, label: label(key) }));
  const column = new Map(keys.map((key, index) => [key, `s${index}`]));
  const rows = new Map<string, PivotRow>();
  for (const p of usage.points) {
    const row = rows.get(p.t) ?? { t: p.t, ts: Date.parse(p.t), ...Object.fromEntries(series.map((s) => [s.dataKey, 0])) };
    const dataKey = column.get(p.key);
    if (dataKey) row[dataKey] = p[metric];
    rows.set(p.t, row);
  }
  return { rows: [...rows.values()].sort((a, b) => a.ts - b.ts), series };
}
