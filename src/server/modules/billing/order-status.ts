import type { OrderStatus } from "@/generated/prisma/enums";

/** What the payment provider has told us about an order, in whatever order it arrived. */
export type PaymentFacts = {
  paidAt: Date | null;
  failedAt: Date | null;
  expiredAt: Date | null;
  cancelledAt: Date | null;
  amountRefunded: number;
};

/**
 * An order's status follows from its facts, not from the last event received: a payment
 * outranks a late "expired" or "failed", and refunds only qualify a paid order.
 */
export function orderStatus(facts: PaymentFacts, amountTotal: number): OrderStatus {
  if (facts.paidAt) {
    if (facts.amountRefunded <= 0) return "paid";
    return facts.amountRefunded >= amountTotal ? "refunded" : "partially_refunded";
  }
  if (facts.failedAt) return "failed";
  // Cancelling expires the Stripe session, whose "expired" event follows: the buyer's act names it.
  if (facts.cancelledAt) return "cancelled";
  if (facts.expiredAt) return "expired";
  return "pending";
}

/**
 * Seats a refund takes back: the refunded share of the order, rounded down (a refund of
 * k seats' price removes k seats; a full refund removes all).
 */
export function refundedSeats(seats: number, amountTotal: number, amountRefunded: number): number {
  if (amountRefunded <= 0) return 0;
  if (amountTotal <= 0 || amountRefunded >= amountTotal) return seats;
  return Math.min(seats, Math.floor((seats * amountRefunded) / amountTotal));
}
