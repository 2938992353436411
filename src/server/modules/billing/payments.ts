import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";

/**
 * How Anima takes payments: real Stripe Checkout when STRIPE_SECRET_KEY is set, otherwise
 * the local payments mode (a test-mode checkout page of ours). Both fulfil through the
 * same signed webhook, so only the checkout step differs.
 */
export type Payments = {
  /** the SDK client; null in local payments mode */
  stripe: Stripe | null;
  /** verifies (and in local mode signs) webhook events */
  webhookSecret: string;
};

let configured: Payments | null = null;

/** The deployment's payments, from the environment. */
export function payments(): Payments {
  configured ??= fromEnv();
  return configured;
}

function fromEnv(): Payments {
  if (env.STRIPE_SECRET_KEY) {
    if (!env.STRIPE_WEBHOOK_SECRET) {
      throw new AppError("PRECONDITION_FAILED", "STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set.", "PAYMENTS_MISCONFIGURED");
    }
    return { stripe: new Stripe(env.STRIPE_SECRET_KEY, { maxNetworkRetries: 2, timeout: 20_000 }), webhookSecret: env.STRIPE_WEBHOOK_SECRET };
  }
  return { stripe: null, webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? localWebhookSecret() };
}

/** Local mode needs no extra secret: the signing secret is derived from NEXTAUTH_SECRET. */
function localWebhookSecret(): string {
  if (!env.NEXTAUTH_SECRET) {
    throw new AppError("PRECONDITION_FAILED", "NEXTAUTH_SECRET or STRIPE_WEBHOOK_SECRET is required for payments.", "PAYMENTS_MISCONFIGURED");
  }
  return `whsec_${createHmac("sha256", env.NEXTAUTH_SECRET).update("anima-local-payments-webhook").digest("base64url")}`;
}

export function paymentsMode(p: Payments): "stripe" | "local" {
  return p.stripe ? "stripe" : "local";
}
