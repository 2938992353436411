/*
 * Exact fractions of integers, for money figures that are averages and shares (a seat's price
 * spread over 24 months, tokens per device): every figure is computed exactly from the integer
 * facts and rounded once, half up, to a whole minor unit at the end — so a test can check it
 * by hand, and sums of many devices do not pile up rounding errors.
 */

/** n / d with d > 0. */
export type Ratio = { readonly n: bigint; readonly d: bigint };

const big = (value: bigint | number) => (typeof value === "bigint" ? value : BigInt(value));

export function ratio(n: bigint | number, d: bigint | number = 1n): Ratio {
  const den = big(d);
  if (den === 0n) throw new RangeError("division by zero");
  return den < 0n ? { n: -big(n), d: -den } : { n: big(n), d: den };
}

export const ZERO = ratio(0);

export const add = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const times = (a: Ratio, b: Ratio | bigint | number): Ratio => (typeof b === "object" ? ratio(a.n * b.n, a.d * b.d) : ratio(a.n * big(b), a.d));
export const over = (a: Ratio, b: bigint | number): Ratio => ratio(a.n, a.d * big(b));
export const sum = (values: readonly Ratio[]): Ratio => values.reduce(add, ZERO);

/** The nearest integer, halves away from zero (half up for the non-negative amounts here). */
export function roundHalfUp(value: Ratio): number {
  const twice = 2n * (value.n < 0n ? -value.n : value.n) + value.d;
  const rounded = twice / (2n * value.d);
  return Number(value.n < 0n ? -rounded : rounded);
}
