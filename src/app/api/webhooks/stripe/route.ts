import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { payments } from "@/server/modules/billing/payments";
import { handleStripeWebhook } from "@/server/modules/billing/webhook";

/** Stripe's webhook: the signature is computed over the raw body, so it is read as text. */
export async function POST(request: Request): Promise<Response> {
  try {
    const { status, body } = await handleStripeWebhook(db, payments(), await request.text(), request.headers.get("stripe-signature"));
    return Response.json(body, { status });
  } catch (error) {
    // Stripe redelivers on any non-2xx: a database outage loses nothing.
    logger.error("stripe webhook failed", { error: error instanceof Error ? error.message : String(error) });
    return Response.json({ received: false, error: "Temporarily unable to process the event; it will be retried." }, { status: 503, headers: { "Retry-After": "30" } });
  }
}
