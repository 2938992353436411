import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/server/db";
import { errorText } from "@/server/errors";
import { logger } from "@/server/logger";
import { formatMoney } from "@/shared/money";
import { formatRate } from "@/shared/pricing";
import { DAY_MS } from "@/shared/time";
import { requireBillingProfile } from "./billing-profile";
import { syncStripeCustomer } from "./stripe-customer";

/**
 * Stripe mode: an accepted quote's order is sent as a Stripe invoice the buyer pays by bank
 * transfer or card (`collection_method: send_invoice`, `days_until_due` = the quote's net
 * terms), with the same lines and amounts as Anima's invoice and the order in its metadata;
 * Stripe's `invoice.paid` then settles the order (webhook.ts). Every call carries an
 * idempotency key per order, so a retry never sends a second invoice. Returns false when
 * Stripe failed: the order stands, its Anima invoice can still be paid by transfer and
 * recorded by an operator.
 */
export async function sendStripeInvoice(db: Db, stripe: Stripe, orderId: string): Promise<boolean> {
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
  if (order.provider !== "invoice" || order.stripeInvoiceId) return true;
  try {
    const customer = await syncStripeCustomer(db, stripe, await requireBillingProfile(db, order.orgId));
    const metadata = { orderId: order.id, orgId: order.orgId };
    const key = (step: string) => ({ idempotencyKey: `anima-invoice-${order.id}-${step}` });
    const daysUntilDue = Math.max(0, Math.round(((order.paymentDueAt?.getTime() ?? order.createdAt.getTime()) - order.createdAt.getTime()) / DAY_MS));
    const invoice = await stripe.invoices.create(
      { customer, currency: order.currency, collection_method: "send_invoice", days_until_due: daysUntilDue, pending_invoice_items_behavior: "exclude", metadata },
      key("create"),
    );
    const line = `${order.packageName}: ${order.seats.toLocaleString("en")} device license seats × ${formatMoney(order.unitAmount, order.currency)}`;
    await stripe.invoiceItems.create({ customer, invoice: invoice.id, currency: order.currency, amount: order.subtotal, description: line, metadata }, key("seats"));
    if (order.taxAmount > 0) {
      const tax = `${order.taxLabel} ${formatRate(order.taxRateBps)}`;
      await stripe.invoiceItems.create({ customer, invoice: invoice.id, currency: order.currency, amount: order.taxAmount, description: tax, metadata }, key("tax"));
    }
    const finalized = await stripe.invoices.finalizeInvoice(invoice.id!, {}, key("finalize"));
    await stripe.invoices.sendInvoice(invoice.id!, {}, key("send"));
    await db.order.update({ where: { id: order.id }, data: { stripeInvoiceId: invoice.id, stripeInvoiceUrl: finalized.hosted_invoice_url ?? null } });
    return true;
  } catch (error) {
    logger.error("stripe invoice not sent", { orderId: order.id, error: errorText(error) });
    return false;
  }
}
