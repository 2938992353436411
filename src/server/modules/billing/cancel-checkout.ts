import "server-only";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Payments } from "./payments";
import { settleOrder } from "./settle-order";

/**
 * The buyer left the checkout (Stripe's back link, or Cancel on the local test-mode page):
 * the order becomes `cancelled`, not `expired` — that word is for a checkout nobody finished
 * in time. A Stripe session is expired first, so it can no longer be paid behind our back
 * (Stripe then sends checkout.session.expired, which leaves the status as it is). An order
 * that is no longer pending is left alone: a reload of the cancel page changes nothing, and
 * a payment that won the race keeps its seats.
 */
export async function cancelCheckout(db: Db, payments: Payments, orgId: string, orderId: string): Promise<void> {
  const order = await db.order.findFirst({ where: { id: orderId, orgId }, select: { status: true, provider: true, checkoutSessionId: true } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.", { reason: "ORDER_NOT_FOUND" });
  assertCheckoutOrder(order);
  if (order.status !== "pending") return;
  if (order.provider === "stripe" && payments.stripe && order.checkoutSessionId) {
    const session = await payments.stripe.checkout.sessions.retrieve(order.checkoutSessionId);
    // Paid (or paying) after all: the webhook or the success page records it, never a cancel.
    if (session.status !== "open") return;
    await payments.stripe.checkout.sessions.expire(order.checkoutSessionId);
  }
  await db.$transaction((tx) => settleOrder(tx, orderId, { cancelledAt: new Date() }));
}

/** An accepted quote's order is paid by bank transfer, recorded by an operator: no checkout can pay or cancel it. */
export function assertCheckoutOrder(order: { provider: string }) {
  if (order.provider === "invoice") {
    throw new AppError("CONFLICT", "This order is paid by bank transfer against its invoice; Anima records the payment when it arrives.", { reason: "ORDER_PAID_BY_INVOICE" });
  }
}
