import { createHmac } from "node:crypto";
import Stripe from "stripe";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { resolvePaymentsMode, type PaymentsMode, type PaymentsSettings } from "./payments-mode";

/**
 * How Anima takes payments (see payments-mode.ts): real Stripe Checkout, the local payments
 * mode (a test-mode checkout page of ours), or none. Stripe and local fulfil through the same
 * signed webhook, so only the checkout step differs.
 */
export type Payments = {
  mode: PaymentsMode;
  /** the SDK client; null unless mode is "stripe" */
  stripe: Stripe | null;
  /** verifies (and in local mode signs) webhook events; null when payments are unavailable, so no event is accepted */
  webhookSecret: string | null;
};

let configured: Payments | null = null;

/** The deployment's payments, from the environment. */
export function payments(): Payments {
  if (!configured) {
    configured = paymentsFrom(env);
    if (configured.mode === "unavailable") {
      logger.warn("payments unavailable: a real database without STRIPE_SECRET_KEY or PAYMENTS_MODE=local; purchases are refused");
    }
  }
  return configured;
}

/** Payments for these settings (the typed env in production; tests pass their own). */
export function paymentsFrom(settings: PaymentsSettings & { NEXTAUTH_SECRET?: string }): Payments {
  const mode = resolvePaymentsMode(settings);
  if (mode === "stripe") {
    // resolvePaymentsMode refused stripe mode without both secrets.
    return {
      mode,
      stripe: new Stripe(settings.STRIPE_SECRET_KEY!, { maxNetworkRetries: 2, timeout: 20_000 }),
      webhookSecret: settings.STRIPE_WEBHOOK_SECRET!,
    };
  }
  if (mode === "unavailable") return { mode, stripe: null, webhookSecret: null };
  return { mode, stripe: null, webhookSecret: settings.STRIPE_WEBHOOK_SECRET ?? localWebhookSecret(settings.NEXTAUTH_SECRET) };
}

/** Local mode needs no extra secret: the signing secret is derived from NEXTAUTH_SECRET. */
export function localWebhookSecret(nextAuthSecret: string | undefined): string {
  if (!nextAuthSecret) {
    throw new AppError("PRECONDITION_FAILED", "NEXTAUTH_SECRET or STRIPE_WEBHOOK_SECRET is required for payments.", { reason: "PAYMENTS_MISCONFIGURED" });
  }
  return `whsec_${createHmac("sha256", nextAuthSecret).update("anima-local-payments-webhook").digest("base64url")}`;
}

export function paymentsMode(p: Payments): PaymentsMode {
  return p.mode;
}

/** Refuses a purchase step when the deployment takes no payments: a 4xx with a stable reason, before anything is written. */
export function assertPaymentsAvailable(p: Payments): void {
  if (p.mode === "unavailable") {
    throw new AppError(
      "PRECONDITION_FAILED",
      "Buying seats is unavailable on this deployment: no payment provider is configured. Ask your Anima contact.", { reason: "PAYMENTS_NOT_CONFIGURED" },
    );
  }
}
