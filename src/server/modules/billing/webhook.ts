import "server-only";
import type Stripe from "stripe";
import { z, ZodError } from "zod";
import type { Db, DbTx } from "@/server/db";
import { logger } from "@/server/logger";
import { applyToOrder, fulfillOrder, type EventRef, type Outcome } from "./fulfill-order";
import type { Payments } from "./payments";
import { chargeClaims, invoiceClaims, refundClaims, refundCounts, sessionClaims, ZCharge, ZCheckoutSession, ZRefund, ZStripeInvoice, ZStripeText } from "./stripe-objects";
import { verifyStripeSignature } from "./webhook-signature";
import { errorText } from "@/server/errors";

export type WebhookResponse = { status: number; body: { received: boolean; outcome?: Outcome | "ignored"; error?: string } };

/** Stripe events are a few kilobytes; the route refuses bodies past this while they stream in. */
export const WEBHOOK_MAX_BODY_BYTES = 1024 * 1024;

/**
 * POST /api/webhooks/stripe: verifies the signature over the raw body, then applies the
 * event. A missing or invalid signature (tampered payload, timestamp more than 5 minutes old
 * or ahead) answers 400 and writes nothing; an event type Anima does not handle answers 200
 * and writes nothing; an event that does not match the order it names answers 200 "review".
 */
export async function handleStripeWebhook(db: Db, payments: Payments, rawBody: string, signature: string | null): Promise<WebhookResponse> {
  if (!signature) return { status: 400, body: { received: false, error: "Missing Stripe-Signature header." } };
  if (!payments.webhookSecret) {
    // No payment provider: no signature can be verified, so nothing may be fulfilled, whoever
    // signed it. Stripe redelivers on any non-2xx, so events wait until payments are configured.
    return { status: 400, body: { received: false, error: "Payments are unavailable on this deployment: no signature can be verified, no event is accepted." } };
  }
  let event: Stripe.Event;
  try {
    event = verifyStripeSignature(rawBody, signature, payments.webhookSecret);
  } catch (error) {
    return { status: 400, body: { received: false, error: `Webhook signature verification failed: ${error instanceof Error ? error.message : "invalid"}` } };
  }
  const envelope = ZEventEnvelope.safeParse(event);
  if (!envelope.success) return { status: 400, body: { received: false, error: "The event has no id, type or data.object." } };
  const { id, type, data } = envelope.data;
  const handler = HANDLERS[type];
  if (!handler) return { status: 200, body: { received: true, outcome: "ignored" } };
  try {
    const outcome = await handler(db, payments, { id, type }, data.object);
    logger.info("stripe event", { id, type, outcome });
    return { status: 200, body: { received: true, outcome } };
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return { status: 400, body: { received: false, error: `Unexpected ${type} payload: ${error.issues[0]?.message ?? "invalid"}.` } };
  }
}

const ZEventEnvelope = z.object({ id: ZStripeText.min(1).max(255), type: z.string().min(1), data: z.object({ object: z.unknown() }) });

/** Applies one verified event; the object is validated against the fields fulfilment reads. */
type Handler = (db: Db, payments: Payments, event: NonNullable<EventRef>, object: unknown) => Promise<Outcome>;

const completed: Handler = async (db, payments, event, object) => {
  const session = ZCheckoutSession.parse(object);
  return fulfillOrder(db, session, event, await stripeInvoiceUrl(payments, session.invoice));
};

/**
 * Refunds are kept by payment intent (they can overtake the completion event), then settled.
 * Only refunds of the event's own payment intent: a charge cannot carry refunds for another.
 */
function saveRefunds(paymentIntentId: string | null, refunds: z.infer<typeof ZRefund>[]) {
  return async (tx: DbTx) => {
    for (const refund of refunds.filter((r) => r.payment_intent && r.payment_intent === paymentIntentId && refundCounts(r))) {
      await tx.stripeRefund.upsert({
        where: { id: refund.id },
        create: { id: refund.id, paymentIntentId: refund.payment_intent!, amount: refund.amount },
        update: { amount: refund.amount },
      });
    }
  };
}

const HANDLERS: Record<string, Handler | undefined> = {
  "checkout.session.completed": completed,
  "checkout.session.async_payment_succeeded": completed,
  "checkout.session.async_payment_failed": (db, _payments, event, object) => {
    const session = ZCheckoutSession.parse(object);
    return applyToOrder(db, event, sessionClaims(session), { failedAt: new Date(), paymentIntentId: session.payment_intent });
  },
  "checkout.session.expired": (db, _payments, event, object) =>
    applyToOrder(db, event, sessionClaims(ZCheckoutSession.parse(object)), { expiredAt: new Date() }),
  "charge.succeeded": (db, _payments, event, object) => {
    const charge = ZCharge.parse(object);
    return applyToOrder(db, event, chargeClaims(charge), { receiptUrl: charge.receipt_url ?? null });
  },
  "charge.refunded": (db, _payments, event, object) => {
    const charge = ZCharge.parse(object);
    const facts = { amountRefunded: charge.amount_refunded, receiptUrl: charge.receipt_url ?? null };
    return applyToOrder(db, event, chargeClaims(charge), facts, saveRefunds(charge.payment_intent, charge.refunds?.data ?? []));
  },
  "invoice.paid": (db, _payments, event, object) => applyToOrder(db, event, invoiceClaims(ZStripeInvoice.parse(object)), { paidAt: new Date() }),
  "refund.created": (db, _payments, event, object) => {
    const refund = ZRefund.parse(object);
    return applyToOrder(db, event, refundClaims(refund), {}, saveRefunds(refund.payment_intent, [refund]));
  },
};

/** The hosted invoice of a paid session (Stripe mode, when invoice creation is on); best effort. */
async function stripeInvoiceUrl(payments: Payments, invoiceId: string | null): Promise<string | null> {
  if (!payments.stripe || !invoiceId) return null;
  try {
    return (await payments.stripe.invoices.retrieve(invoiceId)).hosted_invoice_url ?? null;
  } catch (error) {
    logger.warn("could not fetch the invoice of a paid session", { invoiceId, error: errorText(error) });
    return null;
  }
}
