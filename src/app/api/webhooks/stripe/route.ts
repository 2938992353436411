import { db } from "@/server/db";
import { limitBody, type BodyLimit } from "@/server/api/body-limit";
import { logger } from "@/server/logger";
import { payments } from "@/server/modules/billing/payments";
import { handleStripeWebhook, WEBHOOK_MAX_BODY_BYTES } from "@/server/modules/billing/webhook";
import { errorText } from "@/server/errors";

/** Stripe's events are a few kilobytes: anything past the limit is refused while it streams in. */
const WEBHOOK_BODY_LIMIT: BodyLimit = {
  maxBytes: WEBHOOK_MAX_BODY_BYTES,
  tooLarge: (message) => Response.json({ received: false, error: message }, { status: 413 }),
};

/** Stripe's webhook: the signature is computed over the raw body, so it is read as text. */
export async function POST(request: Request): Promise<Response> {
  try {
    const limited = await limitBody(request, WEBHOOK_BODY_LIMIT);
    if (limited instanceof Response) return limited;
    const { status, body } = await handleStripeWebhook(db, payments(), await limited.text(), limited.headers.get("stripe-signature"));
    return Response.json(body, { status });
  } catch (error) {
    // Stripe redelivers on any non-2xx: a database outage loses nothing.
    logger.error("stripe webhook failed", { error: errorText(error) });
    return Response.json({ received: false, error: "Temporarily unable to process the event; it will be retried." }, { status: 503, headers: { "Retry-After": "30" } });
  }
}
