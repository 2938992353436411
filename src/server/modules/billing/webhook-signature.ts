import Stripe from "stripe";

/** How far a signature's timestamp may be from now, either way (Stripe's default tolerance). */
const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * The event, once the Stripe-Signature header proves it: Stripe's check (HMAC over the raw
 * body, timestamp not older than the tolerance), plus the one it leaves out — a timestamp
 * more than the tolerance in the future, which would keep a captured delivery replayable
 * until that time. Throws with the reason otherwise.
 */
export function verifyStripeSignature(rawBody: string, header: string, secret: string, now = Date.now()): Stripe.Event {
  const event = Stripe.webhooks.constructEvent(rawBody, header, secret, SIGNATURE_TOLERANCE_SECONDS, undefined, now);
  const signedAt = signatureTimestamp(header);
  // A non-numeric t passes the SDK's age check (NaN compares false): refuse it too.
  if (!Number.isFinite(signedAt) || signedAt - Math.floor(now / 1000) > SIGNATURE_TOLERANCE_SECONDS) {
    throw new Error("Timestamp is in the future, outside the tolerance zone");
  }
  return event;
}

/** The timestamp the signature covers, read as the SDK reads it (the last `t=` element, parsed as an integer). */
function signatureTimestamp(header: string): number {
  let timestamp = Number.NaN;
  for (const item of header.split(",")) {
    const [key, value] = item.split("=");
    if (key === "t") timestamp = Number.parseInt(value ?? "", 10);
  }
  return timestamp;
}
