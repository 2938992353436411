import { onEmbeddedDatabase } from "@/server/env";
import { AppError } from "@/server/errors";

/**
 * How this deployment takes payments: Stripe Checkout, the local test mode (our checkout page,
 * no charge), or not at all — a real database with neither a Stripe key nor an explicit
 * PAYMENTS_MODE=local, where a local mode that turned on by itself would give seats away.
 */
export type PaymentsMode = "stripe" | "local" | "unavailable";

/** The settings the decision reads (the typed env's fields of the same names). */
export type PaymentsSettings = {
  PAYMENTS_MODE?: "stripe" | "local";
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  DATABASE_URL?: string;
  /** set by `npm start` to the URL of the embedded database it serves */
  ANIMA_EMBEDDED_DATABASE_URL?: string;
};


/** The mode, or PAYMENTS_MISCONFIGURED when Stripe is asked for without its secrets. */
export function resolvePaymentsMode(settings: PaymentsSettings): PaymentsMode {
  const mode = settings.PAYMENTS_MODE ?? (settings.STRIPE_SECRET_KEY ? "stripe" : onEmbeddedDatabase(settings) ? "local" : "unavailable");
  if (mode === "stripe" && !settings.STRIPE_SECRET_KEY) {
    throw new AppError("PRECONDITION_FAILED", "PAYMENTS_MODE=stripe needs STRIPE_SECRET_KEY (and STRIPE_WEBHOOK_SECRET); see README, Configuration.", { reason: "PAYMENTS_MISCONFIGURED" });
  }
  if (mode === "stripe" && !settings.STRIPE_WEBHOOK_SECRET) {
    throw new AppError("PRECONDITION_FAILED", "STRIPE_WEBHOOK_SECRET is required when STRIPE_SECRET_KEY is set.", { reason: "PAYMENTS_MISCONFIGURED" });
  }
  return mode;
}

/**
 * What `npm start` prints about payments: one line, or a loud block when purchases are off
 * or complete without a charge on a real database. Throws on a configuration that cannot work.
 */
export function paymentsStartupNotice(settings: PaymentsSettings): { mode: PaymentsMode; level: "info" | "warn"; lines: string[] } {
  const mode = resolvePaymentsMode(settings);
  if (mode === "stripe") return { mode, level: "info", lines: ["payments: Stripe Checkout"] };
  if (mode === "unavailable") {
    return {
      mode,
      level: "warn",
      lines: [
        "PAYMENTS UNAVAILABLE: a real database without STRIPE_SECRET_KEY.",
        "Buying seats is switched off: the console says so, checkout and the Stripe webhook refuse.",
        "Set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET for Stripe Checkout, or PAYMENTS_MODE=local for a test deployment (no real charge).",
      ],
    };
  }
  const ignoredKey = settings.STRIPE_SECRET_KEY ? ["STRIPE_SECRET_KEY is set but ignored: PAYMENTS_MODE=local."] : [];
  if (onEmbeddedDatabase(settings)) return { mode, level: ignoredKey.length ? "warn" : "info", lines: ["payments: local test mode (no real charge)", ...ignoredKey] };
  return {
    mode,
    level: "warn",
    lines: ["PAYMENTS_MODE=local on a real database: purchases complete on a test-mode page without any charge. Not for production.", ...ignoredKey],
  };
}
