import type { ReviewProblem } from "@/shared/order-review";

/**
 * What a provider object (Checkout Session, charge, refund) says about the order it is for.
 * A valid signature proves Stripe sent it, not that it pays for the order it names: a payment
 * link or a session created elsewhere can carry any client_reference_id. So the claims are
 * checked against the order before anything is applied.
 */
export type OrderClaims = {
  /** the order id the object names (client_reference_id, else metadata.orderId) */
  orderId: string | null;
  paymentIntentId: string | null;
  /** metadata.orgId */
  orgId: string | null;
  /** metadata.orderId: must name the same order as client_reference_id */
  metadataOrderId?: string | null;
  /** the amount paid (minor units) and its currency */
  amountTotal?: number | null;
  currency?: string | null;
  /**
   * Checkout Sessions carry all of the above for our orders: a missing organization, order
   * id, amount or currency is a mismatch. Charges and refunds are checked on what they carry.
   */
  complete: boolean;
};

export type OrderToMatch = { id: string; orgId: string; amountTotal: number; currency: string; paymentIntentId: string | null };

/**
 * Why the claims do not fit the order, or null when they do. The reason is shown to the
 * order's organization: it names what differs, never another organization or order.
 * `paymentIntentOrderId` is the order that already holds the claimed payment intent, if any.
 */
export function orderMismatch(order: OrderToMatch, claims: OrderClaims, paymentIntentOrderId: string | null): ReviewProblem[] | null {
  const problems: ReviewProblem[] = [];
  // An order found by its id must be claimed by its own organization; one found by its payment intent is its own.
  if (claims.complete || claims.orderId || claims.orgId) {
    if (!claims.orgId) problems.push({ code: "noOrganization" });
    else if (claims.orgId !== order.orgId) problems.push({ code: "otherOrganization" });
  }
  if (claims.complete && claims.metadataOrderId !== order.id) problems.push({ code: "orderIdsDisagree" });
  if (claims.complete || claims.amountTotal != null) {
    if (claims.amountTotal !== order.amountTotal) problems.push({ code: "amount", claimed: claims.amountTotal ?? null, expected: order.amountTotal });
  }
  if (claims.complete || claims.currency != null) {
    if (claims.currency?.toLowerCase() !== order.currency.toLowerCase()) problems.push({ code: "currency", claimed: claims.currency ?? null, expected: order.currency });
  }
  if (claims.paymentIntentId) {
    if (paymentIntentOrderId && paymentIntentOrderId !== order.id) problems.push({ code: "otherOrder" });
    else if (order.paymentIntentId && order.paymentIntentId !== claims.paymentIntentId) problems.push({ code: "otherPaymentIntent" });
  }
  return problems.length ? problems : null;
}
