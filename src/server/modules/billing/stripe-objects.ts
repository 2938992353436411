import { z } from "zod";

/**
 * The parts of Stripe objects fulfilment reads, validated: a signed event is trusted to
 * come from Stripe, not to have the shape this code expects (API versions change).
 */
const ZRef = z
  .union([z.string(), z.object({ id: z.string() })])
  .nullish()
  .transform((value) => (typeof value === "string" ? value : (value?.id ?? null)));
const ZMetadata = z
  .record(z.string(), z.string())
  .nullish()
  .transform((value) => value ?? {});

export const ZCheckoutSession = z.object({
  id: z.string().min(1),
  client_reference_id: z.string().nullish(),
  metadata: ZMetadata,
  payment_status: z.string(),
  payment_intent: ZRef,
  invoice: ZRef,
});
export type CheckoutSessionFacts = z.infer<typeof ZCheckoutSession>;

export const ZRefund = z.object({
  id: z.string().min(1),
  payment_intent: ZRef,
  amount: z.number().int().min(0),
  status: z.string().nullish(),
});

export const ZCharge = z.object({
  id: z.string().min(1),
  payment_intent: ZRef,
  metadata: ZMetadata,
  amount_refunded: z.number().int().min(0).default(0),
  receipt_url: z.string().nullish(),
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
