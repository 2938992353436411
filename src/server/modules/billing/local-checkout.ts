import "server-only";
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { assertCheckoutOrder, cancelCheckout } from "./cancel-checkout";
import { assertPaymentsAvailable, type Payments } from "./payments";
import { handleStripeWebhook } from "./webhook";

/**
 * The local payments mode's checkout (no STRIPE_SECRET_KEY): "Pay" and "Cancel" on our
 * test-mode page produce the event Stripe would send — checkout.session.completed or
 * .expired — signed with the webhook secret, and hand it to the webhook handler the
 * /api/webhooks/stripe route runs. Signature check, idempotency and fulfilment are the
 * production ones; only the card form is missing. "Cancel" records the cancellation first,
 * as Stripe's back link does (cancelCheckout), then the expiry Stripe would send after it.
 */
export async function completeLocalCheckout(db: Db, payments: Payments, orgId: string, orderId: string, outcome: "paid" | "cancelled") {
  assertPaymentsAvailable(payments);
  if (payments.mode !== "local" || !payments.webhookSecret) {
    throw new AppError("PRECONDITION_FAILED", "This deployment takes payments through Stripe Checkout, not the local test mode.", { reason: "PAYMENTS_STRIPE_MODE" });
  }
  const order = await db.order.findFirst({ where: { id: orderId, orgId } });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.", { reason: "ORDER_NOT_FOUND" });
  assertCheckoutOrder(order);
  if (order.status !== "pending") {
    throw new AppError("CONFLICT", `This order is already ${order.status.replace("_", " ")}.`, { reason: "ORDER_NOT_PENDING" });
  }
  if (outcome === "cancelled") await cancelCheckout(db, payments, orgId, order.id);
  const paymentIntentId = `pi_local_${order.id}`;
  const session = {
    id: order.checkoutSessionId ?? `cs_local_${order.id}`,
    object: "checkout.session",
    mode: "payment",
    livemode: false,
    client_reference_id: order.id,
    metadata: { orderId: order.id, orgId },
    amount_total: order.amountTotal,
    currency: order.currency,
    status: outcome === "paid" ? "complete" : "expired",
    payment_status: outcome === "paid" ? "paid" : "unpaid",
    payment_intent: outcome === "paid" ? paymentIntentId : null,
    invoice: null,
  };
  const payload = JSON.stringify({
    id: `evt_local_${randomUUID()}`,
    object: "event",
    type: outcome === "paid" ? "checkout.session.completed" : "checkout.session.expired",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object: session },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: payments.webhookSecret });
  const response = await handleStripeWebhook(db, payments, payload, signature);
  if (response.status !== 200) {
    throw new AppError("SERVICE_UNAVAILABLE", `The payment could not be recorded: ${response.body.error ?? "unknown error"}.`, { reason: "PAYMENT_NOT_RECORDED", retryAfterSeconds: 5 });
  }
}
