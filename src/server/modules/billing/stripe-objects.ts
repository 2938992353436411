import { z } from "zod";
import { isStorableText } from "@/lib/unstorable-text";

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

export const ZCheckoutSession = z.object({
  id: ZStripeText.min(1),
  client_reference_id: ZStripeText.nullish(),
  metadata: ZMetadata,
  payment_status: ZStripeText,
  payment_intent: ZRef,
  invoice: ZRef,
});
export type CheckoutSessionFacts = z.infer<typeof ZCheckoutSession>;

export const ZRefund = z.object({
  id: ZStripeText.min(1),
  payment_intent: ZRef,
  amount: z.number().int().min(0),
  status: ZStripeText.nullish(),
});

export const ZCharge = z.object({
  id: ZStripeText.min(1),
  payment_intent: ZRef,
  metadata: ZMetadata,
  amount_refunded: z.number().int().min(0).default(0),
  receipt_url: ZStripeText.nullish(),
  refunds: z.object({ data: z.array(ZRefund) }).nullish(),
});

/** Failed or canceled refunds returned no money. */
export function refundCounts(refund: z.infer<typeof ZRefund>): boolean {
  return refund.status !== "failed" && refund.status !== "canceled";
}

/** Our order id, set on the Checkout Session (client_reference_id and metadata) and the payment. */
export function orderIdOf(object: { client_reference_id?: string | null; metadata: Record<string, string> }): string | null {
  return object.client_reference_id ?? object.metadata.orderId ?? null;
}
