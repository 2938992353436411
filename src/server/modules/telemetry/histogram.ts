/**
 * Fixed log-spaced latency bins, shared by every histogram row: bin 0 holds 0 ms, bin b ≥ 1
 * holds [γ^(b-1), γ^b) ms. Histograms merge by adding counts per bin. A percentile read
 * from a merged histogram is the geometric middle of its bin, so it is within
 * √γ − 1 ≈ 1.98 % of the exact value.
 */
const GAMMA = 1.04;
const LOG_GAMMA = Math.log(GAMMA);
/** Bin of the largest accepted latency (600,000 ms). */
export const MAX_BIN = binOf(600_000);
/** Worst relative error of a percentile read from the histogram. */
export const MAX_RELATIVE_ERROR = Math.sqrt(GAMMA) - 1;

export function binOf(ms: number): number {
  return ms < 1 ? 0 : Math.floor(Math.log(ms) / LOG_GAMMA) + 1;
}

/** The value a bin stands for (its geometric middle). */
export function binValue(bin: number): number {
  return bin === 0 ? 0 : Math.pow(GAMMA, bin - 0.5);
}

/** SQL computing the bin of an integer millisecond column (same definition as binOf). */
export const binSql = (column: string) => `CASE WHEN ${column} < 1 THEN 0 ELSE floor(ln(${column}) / ln(${GAMMA}))::int + 1 END`;
/** SQL computing the value a bin column stands for (same as binValue). */
export const binValueSql = (column: string) => `CASE WHEN ${column} = 0 THEN 0 ELSE power(${GAMMA}, ${column} - 0.5) END`;

/** The q-quantile (0 < q ≤ 1) of a histogram given as bin → count. */
export function quantile(counts: Map<number, number>, q: number): number | null {
  const total = [...counts.values()].reduce((sum, c) => sum + c, 0);
  if (total === 0) return null;
  let seen = 0;
  for (const bin of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(bin)!;
    if (seen >= q * total) return binValue(bin);
  }
  return null;
}
