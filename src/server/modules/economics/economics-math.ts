/*
 * The unit economics arithmetic (docs/billing.md "Unit economics"), pure: the facts read from
 * the database go in as integers, the figures come out in minor units, each rounded once.
 */
import { add, over, ratio, roundHalfUp, sum, times, ZERO, type Ratio } from "./rational";

/** Days of telemetry a "month" of usage is read from, and the days the activation trend looks back. */
export const USAGE_WINDOW_DAYS = 30;
export const TREND_WINDOW_DAYS = 90;
export const PROJECTION_MONTHS = 12;
/** How many usage months (30 days) the trend window holds: activations per month = activations ÷ 3. */
const TREND_MONTHS = TREND_WINDOW_DAYS / USAGE_WINDOW_DAYS;

/** A paid order of the billing currency, with what was refunded of it. */
export type PaidOrder = {
  seats: number;
  seatsRefunded: number;
  /** before tax: tax is not part of what a seat costs a business that reclaims it */
  subtotal: number;
  amountTotal: number;
  amountRefunded: number;
  /** its package's seat term; null for perpetual seats */
  termMonths: number | null;
};

/**
 * What one seat costs per month, averaged over the orders: each order's net subtotal
 * (subtotal less the refunded share of it) spread over its seats' term — or over the device
 * lifetime for perpetual seats — divided by all net seats.
 *
 *   L = Σ_o [ subtotal_o × (total_o − refunded_o) / total_o ÷ months_o ] ÷ Σ_o (seats_o − seatsRefunded_o)
 *
 * null when no seat is left after refunds.
 */
export function licensePerDeviceMonth(orders: readonly PaidOrder[], lifetimeMonths: number): Ratio | null {
  const seats = orders.reduce((total, order) => total + Math.max(0, order.seats - order.seatsRefunded), 0);
  if (seats === 0) return null;
  const monthly = orders.map((order) => {
    const net = order.amountTotal > 0 ? ratio(BigInt(order.subtotal) * BigInt(order.amountTotal - order.amountRefunded), order.amountTotal) : ZERO;
    return over(net, order.termMonths ?? lifetimeMonths);
  });
  return over(sum(monthly), seats);
}

/** The average price paid per net seat (before tax), for the page's "you paid $4.00 per seat". */
export function averageSeatPrice(orders: readonly PaidOrder[]): number | null {
  return roundedOrNull(licensePerDeviceMonth(orders.map((order) => ({ ...order, termMonths: 1 })), 1));
}

/** A catalog price per seat spread over its term, or over the device lifetime when perpetual. */
export const listPricePerDeviceMonth = (unitAmount: number, termMonths: number | null, lifetimeMonths: number): Ratio => ratio(unitAmount, termMonths ?? lifetimeMonths);

export type TokenPrices = { inputPerMillion: number; outputPerMillion: number };

/** One SKU's facts: devices now, telemetry of the usage window, activations of the trend window. */
export type SkuFacts = {
  /** activated devices now (status active) */
  devices: number;
  /** devices with at least one interaction in the usage window */
  activeDevices: number;
  inputTokens: bigint;
  outputTokens: bigint;
  /** devices first activated in the trend window */
  activations: number;
};

/** Tokens per device per month: the window's tokens ÷ its active devices (0 when none interacted). */
export const tokensPerDevice = (tokens: bigint, activeDevices: number): Ratio => (activeDevices > 0 ? ratio(tokens, activeDevices) : ZERO);

/** What the window's tokens cost at `prices`, per device: (in × p_in + out × p_out) ÷ 1,000,000 ÷ active devices. */
export function tokenCostPerDevice(facts: Pick<SkuFacts, "activeDevices" | "inputTokens" | "outputTokens">, prices: TokenPrices): Ratio {
  if (facts.activeDevices === 0) return ZERO;
  const cost = facts.inputTokens * BigInt(prices.inputPerMillion) + facts.outputTokens * BigInt(prices.outputPerMillion);
  return ratio(cost, 1_000_000n * BigInt(facts.activeDevices));
}

/** Fleet size in month m (1 = next month): today's devices plus the trend's m months of activations, rounded to whole devices. */
export const devicesInMonth = (facts: Pick<SkuFacts, "devices" | "activations">, month: number): number =>
  facts.devices + roundHalfUp(ratio(facts.activations * month, TREND_MONTHS));

/** Activations per month over the trend window, to one decimal for display. */
export const activationsPerMonth = (activations: number) => Math.round((activations * 10) / TREND_MONTHS) / 10;

export const roundedOrNull = (value: Ratio | null) => (value === null ? null : roundHalfUp(value));

/** "2027-01", the month `offset` months after the month of `now` (UTC). */
export function monthLabel(now: Date, offset: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return date.toISOString().slice(0, 7);
}

export type ProjectionMonth = { month: string; devices: number; licenseCost: number | null; tokenCost: number };

/**
 * The next 12 months of the fleet: per month, the devices of every SKU (devicesInMonth), what
 * they cost on licenses (each device its license per month: the seat amortized, not the cash
 * spent on new seats, so that it compares with a monthly token bill) and on token billing
 * (each device its SKU's token cost per month).
 */
export function projectFleet(skus: readonly { facts: SkuFacts; tokenCost: Ratio }[], license: Ratio | null, now: Date): ProjectionMonth[] {
  return Array.from({ length: PROJECTION_MONTHS }, (_, index) => {
    const month = index + 1;
    const devices = skus.map((sku) => devicesInMonth(sku.facts, month));
    const fleet = devices.reduce((total, count) => total + count, 0);
    const tokenCost = sum(skus.map((sku, i) => times(sku.tokenCost, devices[i]!)));
    return { month: monthLabel(now, month), devices: fleet, licenseCost: license ? roundHalfUp(times(license, fleet)) : null, tokenCost: roundHalfUp(tokenCost) };
  });
}

/** Σ over the 12 months of a SKU's devices × a per-device monthly cost, rounded once. */
export function twelveMonths(facts: SkuFacts, perDevice: Ratio): Ratio {
  let total = ZERO;
  for (let month = 1; month <= PROJECTION_MONTHS; month++) total = add(total, times(perDevice, devicesInMonth(facts, month)));
  return total;
}
