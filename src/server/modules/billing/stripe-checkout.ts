import type Stripe from "stripe";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";

type OrderForCheckout = { id: string; orgId: string; seats: number; unitAmount: number; currency: string; packageName: string };

/**
 * Creates the Stripe Checkout Session of an order: one-time payment of `seats` × the
 * per-seat price, tagged with the order and organization (client_reference_id, session and
 * payment metadata), under an idempotency key per order so a retried request never opens a
 * second session. A package with a lookup key is sold at its Stripe Price. The buyer is the
 * organization's Stripe Customer (stripe-customer.ts).
 */
export async function createStripeCheckoutSession(
  stripe: Stripe,
  { order, lookupKey, orgSlug, customer }: { order: OrderForCheckout; lookupKey: string | null; orgSlug: string; customer: string },
): Promise<{ id: string; url: string }> {
  const metadata = { orderId: order.id, orgId: order.orgId };
  const price = lookupKey ? await priceFor(stripe, lookupKey, order) : null;
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: order.id,
      customer,
      metadata,
      payment_intent_data: { metadata },
      invoice_creation: { enabled: true },
      line_items: [
        price
          ? { price: price.id, quantity: order.seats }
          : {
              price_data: { currency: order.currency, unit_amount: order.unitAmount, product_data: { name: `${order.packageName} — device license seat` } },
              quantity: order.seats,
            },
      ],
      success_url: `${publicUrl()}/o/${orgSlug}/licenses/orders/${order.id}?session_id={CHECKOUT_SESSION_ID}`,
      // The order id lets the page record the cancellation (cancelCheckout); Stripe's session
      // would otherwise only expire a day later and the order would read "expired".
      cancel_url: `${publicUrl()}/o/${orgSlug}/licenses?checkout=cancelled&order=${order.id}`,
    },
    { idempotencyKey: `anima-order-${order.id}` },
  );
  if (!session.url) throw new AppError("SERVICE_UNAVAILABLE", "Stripe returned a session without a checkout URL.", { reason: "PAYMENTS_UNAVAILABLE", retryAfterSeconds: 30 });
  return { id: session.id, url: session.url };
}

/** The Stripe Price behind a lookup key; it must match the package's price, or the buyer would pay another amount. */
async function priceFor(stripe: Stripe, lookupKey: string, order: OrderForCheckout): Promise<Stripe.Price> {
  const { data } = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1 });
  const price = data[0];
  if (!price) {
    throw new AppError("PRECONDITION_FAILED", `Stripe has no active price with lookup key "${lookupKey}"; the operator must create it or clear the key.`, { reason: "STRIPE_PRICE_MISSING" });
  }
  if (price.unit_amount !== order.unitAmount || price.currency !== order.currency) {
    throw new AppError("PRECONDITION_FAILED", `Stripe price "${lookupKey}" (${price.unit_amount} ${price.currency}) does not match the package (${order.unitAmount} ${order.currency}).`, { reason: "STRIPE_PRICE_MISMATCH" });
  }
  return price;
}
