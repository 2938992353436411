import { z } from "zod";
import { formatMoney } from "./money";
import { schemaMessage, schemaMessageWith } from "@/shared/schema-message";

/*
 * Volume pricing: a package lists tiers, each from a seat count at a per-seat price that falls
 * as the count rises. The whole order is priced at the one tier its seat count falls into
 * ("volume" tiers, Stripe's `tiers_mode: volume`), so a quote reads "2,000 seats × $3.00".
 * The first tier's count is the smallest order. Amounts are integers in the currency's minor
 * unit; nothing here uses floats for money.
 */

/** Seats per online order; larger bundles are quoted by sales. */
export const ORDER_MAX_SEATS = 100_000;
/** The most Stripe Checkout charges in one payment (8 digits of minor units); above it, a quote. */
export const ORDER_MAX_AMOUNT = 99_999_999;
const TIER_MAX_SEATS = 1_000_000;
const UNIT_AMOUNT_MAX = 10_000_000;
const TIERS_MAX = 8;

const ZPriceTier = z.object({
  fromSeats: z.coerce
    .number(schemaMessage("A tier starts at a whole number of seats."))
    .int(schemaMessage("A tier starts at a whole number of seats."))
    .min(1, schemaMessage("A tier starts at 1 seat or more."))
    .max(TIER_MAX_SEATS, schemaMessage(`A tier starts at ${TIER_MAX_SEATS.toLocaleString("en")} seats at most.`)),
  unitAmount: z.coerce
    .number(schemaMessage("The per-seat price is a whole number of minor units (cents)."))
    .int(schemaMessage("The per-seat price is a whole number of minor units (cents)."))
    .min(1, schemaMessage("The per-seat price must be positive."))
    .max(UNIT_AMOUNT_MAX, schemaMessage(`The per-seat price is at most ${UNIT_AMOUNT_MAX.toLocaleString("en")} minor units.`)),
});
export type PriceTier = z.infer<typeof ZPriceTier>;

const tierStartsLow = schemaMessageWith("Tier {tier} must start at more seats than tier {previous} ({seats}).");
const tierCostsMore = schemaMessageWith("Tier {tier} must cost less per seat than tier {previous}.");

/** A package's tiers: 1 to 8, each starting at more seats and costing less per seat than the one before. */
export const ZPriceTiers = z
  .array(ZPriceTier)
  .min(1, schemaMessage("A package needs at least one price tier."))
  .max(TIERS_MAX, schemaMessage(`A package has at most ${TIERS_MAX} price tiers.`))
  .superRefine((tiers, ctx) => {
    tiers.forEach((tier, index) => {
      const before = tiers[index - 1];
      if (!before) return;
      if (tier.fromSeats <= before.fromSeats) {
        ctx.addIssue({ code: "custom", path: [index, "fromSeats"], message: tierStartsLow({ tier: index + 1, previous: index, seats: before.fromSeats }) });
      }
      if (tier.unitAmount >= before.unitAmount) {
        ctx.addIssue({ code: "custom", path: [index, "unitAmount"], message: tierCostsMore({ tier: index + 1, previous: index }) });
      }
    });
  });

/** The tiers with where each ends (`toSeats` null: no upper end), for tables and Stripe's `up_to`. */
export function tierRanges(tiers: readonly PriceTier[]) {
  return tiers.map((tier, index) => ({ ...tier, toSeats: tiers[index + 1] ? tiers[index + 1]!.fromSeats - 1 : null }));
}

export type SeatPrice = {
  seats: number;
  unitAmount: number;
  amountTotal: number;
  /** the same seats at the first tier's price, and what the volume tier takes off it */
  listAmount: number;
  savings: number;
  tierIndex: number;
};

/** What `seats` cost under volume tiers, or null below the first tier (the smallest order). */
export function priceSeats(tiers: readonly PriceTier[], seats: number): SeatPrice | null {
  let tierIndex = -1;
  tiers.forEach((tier, index) => {
    if (seats >= tier.fromSeats) tierIndex = index;
  });
  if (tierIndex < 0) return null;
  const unitAmount = tiers[tierIndex]!.unitAmount;
  const listAmount = seats * tiers[0]!.unitAmount;
  const amountTotal = seats * unitAmount;
  return { seats, unitAmount, amountTotal, listAmount, savings: listAmount - amountTotal, tierIndex };
}

/**
 * Volume tiers have cliffs: 990 seats at $4.00 cost more than 1,000 at $3.00. When a larger
 * order at the next tier's first count costs no more than `seats` do, that order; otherwise null.
 */
export function cheaperLargerOrder(tiers: readonly PriceTier[], seats: number): SeatPrice | null {
  const current = priceSeats(tiers, seats);
  if (!current) return null;
  const next = tiers[current.tierIndex + 1];
  if (!next) return null;
  const larger = priceSeats(tiers, next.fromSeats)!;
  return larger.amountTotal <= current.amountTotal ? larger : null;
}

/** Tax on an amount in minor units, rounded half up to a whole minor unit. Integers only. */
export const taxOn = (amount: number, rateBps: number) => Math.floor((amount * rateBps + 5_000) / 10_000);

/** A tax rate in basis points as people read it: "19 %", "25.5 %". */
export const formatRate = (rateBps: number) => `${Number((rateBps / 100).toFixed(2))} %`;

/** Why a seat count cannot be bought online; `limit` is the seats or minor units it broke. */
export type SeatsProblem = "notWhole" | "belowMinimum" | "aboveMaxSeats" | "aboveMaxAmount";

/** The price, or why not: `problem` and `limit` for the console's catalogs, `message` in English for the API. */
export type SeatsCheck = { ok: true; price: SeatPrice } | { ok: false; problem: SeatsProblem; limit: number; message: string };

/** Whether `seats` can be bought online from a package, with its price, or why not. */
export function checkOrderSeats(tiers: readonly PriceTier[], currency: string, seats: number): SeatsCheck {
  const minimum = tiers[0]!.fromSeats;
  if (!Number.isInteger(seats)) return { ok: false, problem: "notWhole", limit: 0, message: "Enter a whole number of seats." };
  if (seats < minimum) {
    return { ok: false, problem: "belowMinimum", limit: minimum, message: `Orders of this package start at ${minimum.toLocaleString("en")} ${minimum === 1 ? "seat" : "seats"}.` };
  }
  if (seats > ORDER_MAX_SEATS) {
    return { ok: false, problem: "aboveMaxSeats", limit: ORDER_MAX_SEATS, message: `At most ${ORDER_MAX_SEATS.toLocaleString("en")} seats per online order; ask sales for a quote.` };
  }
  const price = priceSeats(tiers, seats)!;
  if (price.amountTotal > ORDER_MAX_AMOUNT) {
    return { ok: false, problem: "aboveMaxAmount", limit: ORDER_MAX_AMOUNT, message: `Online orders are limited to ${formatMoney(ORDER_MAX_AMOUNT, currency)}; ask sales for a quote.` };
  }
  return { ok: true, price };
}
