import { z } from "zod";
import { isStorableText } from "@/lib/unstorable-text";
import type { OrderClaims } from "./order-match";

/**
 * The parts of Stripe objects fulfilment reads, validated: a signed event is trusted to
 * come from Stripe, not to have the shape this code expects (API versions change).
 */
/**
 * Text that is stored or looked up: NUL or a lone surrogate would fail the query (a 503
 * Stripe retries for days) instead of being refused as a malformed payload (400).
 */
export const ZStripeText = z.string().refine(isStorableText, { message: "Text must be valid Unicode without NUL characters." });

const ZRef = z
  .union([ZStripeText, z.object({ id: ZStripeText })])
  .nullish()
  .transform((value) => (typeof value === "string" ? value : (value?.id ?? null)));
const ZMetadata = z
  .record(z.string(), ZStripeText)
  .nullish()
  .transform((value) => value ?? {});

/** An amount in minor units, as Stripe sends it; missing on an object that should carry it is a mismatch, not malformed. */
const ZAmount = z.number().int().min(0).nullish();

export const ZCheckoutSession = z.object({
  id: ZStripeText.min(1),
  client_reference_id: ZStripeText.nullish(),
  metadata: ZMetadata,
  payment_status: ZStripeText,
  payment_intent: ZRef,
  invoice: ZRef,
  amount_total: ZAmount,
  currency: ZStripeText.nullish(),
});
export type CheckoutSessionFacts = z.infer<typeof ZCheckoutSession>;

export const ZRefund = z.object({
  id: ZStripeText.min(1),
  payment_intent: ZRef,
  amount: z.number().int().min(0),
  currency: ZStripeText.nullish(),
  metadata: ZMetadata,
  status: ZStripeText.nullish(),
});

export const ZCharge = z.object({
  id: ZStripeText.min(1),
  payment_intent: ZRef,
  metadata: ZMetadata,
  amount_refunded: z.number().int().min(0).default(0),
  currency: ZStripeText.nullish(),
  receipt_url: ZStripeText.nullish(),
  refunds: z.object({ data: z.array(ZRefund) }).nullish(),
});

/** Failed or canceled refunds returned no money. */
export function refundCounts(refund: z.infer<typeof ZRefund>): boolean {
  return refund.status !== "failed" && refund.status !== "canceled";
}

/**
 * What a Checkout Session claims: our order (client_reference_id and metadata.orderId), its
 * organization (metadata.orgId), the amount and currency paid. We set them all on every session.
 */
export function sessionClaims(session: CheckoutSessionFacts): OrderClaims {
  return {
    orderId: session.client_reference_id ?? session.metadata.orderId ?? null,
    metadataOrderId: session.metadata.orderId ?? null,
    orgId: session.metadata.orgId ?? null,
    amountTotal: session.amount_total ?? null,
    currency: session.currency ?? null,
    paymentIntentId: session.payment_intent,
    complete: true,
  };
}

/** What a charge claims: the order and organization in its metadata (when present), its payment intent and currency. */
export function chargeClaims(charge: z.infer<typeof ZCharge>): OrderClaims {
  return { orderId: charge.metadata.orderId ?? null, orgId: charge.metadata.orgId ?? null, currency: charge.currency ?? null, paymentIntentId: charge.payment_intent, complete: false };
}

/** A refund names its payment intent; an organization or currency it carries must be the order's. */
export function refundClaims(refund: z.infer<typeof ZRefund>): OrderClaims {
  return { orderId: null, orgId: refund.metadata.orgId ?? null, currency: refund.currency ?? null, paymentIntentId: refund.payment_intent, complete: false };
}

/** A Stripe invoice, as `invoice.paid` reports it: the ones Anima sends for accepted quotes carry the order in their metadata. */
export const ZStripeInvoice = z.object({
  id: ZStripeText.min(1),
  metadata: ZMetadata,
  amount_paid: z.number().int().min(0),
  currency: ZStripeText.nullish(),
});

/**
 * What an invoice claims. Anima's quote invoices name their order and organization and must
 * have been paid in full; invoices Checkout creates name no order, and match none.
 */
export function invoiceClaims(invoice: z.infer<typeof ZStripeInvoice>): OrderClaims {
  const orderId = invoice.metadata.orderId ?? null;
  return { orderId, metadataOrderId: orderId, orgId: invoice.metadata.orgId ?? null, amountTotal: invoice.amount_paid, currency: invoice.currency ?? null, paymentIntentId: null, complete: orderId !== null };
}
