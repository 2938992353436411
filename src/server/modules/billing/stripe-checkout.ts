import type Stripe from "stripe";
import { publicUrl } from "@/server/env";
import { AppError } from "@/server/errors";
import { formatRate, tierRanges, type PriceTier } from "@/shared/pricing";

type OrderForCheckout = { id: string; orgId: string; seats: number; unitAmount: number; currency: string; packageName: string; taxAmount: number; taxLabel: string; taxRateBps: number };
type PackageForCheckout = { lookupKey: string | null; tiers: PriceTier[] };
type LineItem = Stripe.Checkout.SessionCreateParams.LineItem;

/**
 * Creates the Stripe Checkout Session of an order: one-time payment of `seats` at the order's
 * per-seat price, tagged with the order and organization (client_reference_id, session and
 * payment metadata), under an idempotency key per order so a retried request never opens a
 * second session. A package with a lookup key is checked against its Stripe Price first
 * (lineItemFor). The buyer is the organization's Stripe Customer (stripe-customer.ts).
 */
export async function createStripeCheckoutSession(
  stripe: Stripe,
  { order, pkg, orgSlug, customer }: { order: OrderForCheckout; pkg: PackageForCheckout; orgSlug: string; customer: string },
): Promise<{ id: string; url: string }> {
  const metadata = { orderId: order.id, orgId: order.orgId };
  const session = await stripe.checkout.sessions.create(
    {
      mode: "payment",
      client_reference_id: order.id,
      customer,
      metadata,
      payment_intent_data: { metadata },
      invoice_creation: { enabled: true },
      line_items: [await lineItemFor(stripe, pkg, order), ...taxLine(order)],
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

/**
 * The order's line. Without a lookup key: inline price data at the order's tier price. With one,
 * the Stripe Price behind it must agree with the package, or the buyer would pay another amount:
 * - a tiered price (`tiers_mode: volume`) must have the package's tiers, boundaries and amounts;
 *   the line then charges the tier's per-seat price for that price's product (Checkout takes
 *   one-time payments at a per-unit amount);
 * - a per-unit price fits a package of one tier only, at the same per-seat price, and is charged as it is.
 */
async function lineItemFor(stripe: Stripe, pkg: PackageForCheckout, order: OrderForCheckout): Promise<LineItem> {
  const inline = { currency: order.currency, unit_amount: order.unitAmount };
  if (!pkg.lookupKey) return { price_data: { ...inline, product_data: { name: `${order.packageName} — device license seat` } }, quantity: order.seats };
  const price = await priceFor(stripe, pkg.lookupKey);
  const mismatch = (what: string) =>
    new AppError("PRECONDITION_FAILED", `Stripe price "${pkg.lookupKey}" ${what}; the operator must align the package and the price.`, { reason: "STRIPE_PRICE_MISMATCH" });
  if (price.currency !== order.currency) throw mismatch(`is in ${price.currency.toUpperCase()}, the package in ${order.currency.toUpperCase()}`);
  if (price.billing_scheme === "tiered") {
    if (price.tiers_mode !== "volume") throw mismatch(`uses ${price.tiers_mode ?? "no"} tiers, not volume tiers`);
    if (!sameTiers(price.tiers ?? [], pkg.tiers)) throw mismatch("has other tiers than the package");
    const product = typeof price.product === "string" ? price.product : price.product.id;
    return { price_data: { ...inline, product }, quantity: order.seats };
  }
  if (pkg.tiers.length > 1) throw mismatch(`is a per-unit price; this package has ${pkg.tiers.length} volume tiers`);
  if (price.unit_amount !== order.unitAmount) throw mismatch(`costs ${price.unit_amount} per seat, the order ${order.unitAmount}`);
  return { price: price.id, quantity: order.seats };
}

/**
 * The order's tax as a line of its own: the amount is the one Anima computed, shown and will
 * invoice (Stripe Tax is not involved; see docs/billing.md "Tax").
 */
function taxLine(order: OrderForCheckout): LineItem[] {
  if (order.taxAmount === 0) return [];
  return [{ price_data: { currency: order.currency, unit_amount: order.taxAmount, product_data: { name: `${order.taxLabel} ${formatRate(order.taxRateBps)}` } }, quantity: 1 }];
}

/** Stripe's tiers end at `up_to` (null: no end) and start after the previous one; ours start at `fromSeats`. */
function sameTiers(stripeTiers: Stripe.Price.Tier[], tiers: PriceTier[]): boolean {
  const ours = tierRanges(tiers);
  return (
    stripeTiers.length === ours.length &&
    stripeTiers.every((tier, index) => tier.up_to === ours[index]!.toSeats && tier.unit_amount === ours[index]!.unitAmount && !tier.flat_amount)
  );
}

/** The active Stripe Price behind a lookup key, with its tiers (which Stripe sends only when expanded). */
async function priceFor(stripe: Stripe, lookupKey: string): Promise<Stripe.Price> {
  const { data } = await stripe.prices.list({ lookup_keys: [lookupKey], active: true, limit: 1, expand: ["data.tiers"] });
  const price = data[0];
  if (!price) {
    throw new AppError("PRECONDITION_FAILED", `Stripe has no active price with lookup key "${lookupKey}"; the operator must create it or clear the key.`, { reason: "STRIPE_PRICE_MISSING" });
  }
  return price;
}
