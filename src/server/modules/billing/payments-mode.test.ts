import { describe, expect, it } from "vitest";
import { pointAtDatabase } from "../../../../scripts/lib/embedded-db";
import { localWebhookSecret, paymentsFrom } from "./payments";
import { paymentsStartupNotice, resolvePaymentsMode, type PaymentsSettings } from "./payments-mode";
import { onEmbeddedDatabase } from "@/server/env";

const REAL_DB = "postgresql://anima@db.internal:5432/anima";
const EMBEDDED_DB = "postgresql://postgres:postgres@127.0.0.1:41234/postgres?sslmode=disable";
const NEXTAUTH_SECRET = "nextauth-secret-for-payments-mode-tests";
const STRIPE = { STRIPE_SECRET_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_stripe_dashboard" };

/** The environment `npm start` hands its children, starting from `shell`. */
function started(shell: Record<string, string | undefined>, database: "embedded" | "server"): PaymentsSettings & { NEXTAUTH_SECRET: string } {
  const target = { ...shell };
  pointAtDatabase(target, database === "embedded" ? EMBEDDED_DB : (shell.DATABASE_URL ?? REAL_DB), database);
  return { ...target, PAYMENTS_MODE: target.PAYMENTS_MODE as PaymentsSettings["PAYMENTS_MODE"], NEXTAUTH_SECRET };
}

describe("PAYMENTS_MODE resolution", () => {
  it("unset: local only on the embedded database npm start serves", () => {
    expect(resolvePaymentsMode(started({}, "embedded"))).toBe("local");
    expect(resolvePaymentsMode(started({ DATABASE_URL: REAL_DB }, "server"))).toBe("unavailable");
  });

  it("a marker inherited from the shell does not make a real database embedded", () => {
    const inherited = started({ DATABASE_URL: REAL_DB, ANIMA_EMBEDDED_DATABASE_URL: REAL_DB }, "server");
    expect(inherited.ANIMA_EMBEDDED_DATABASE_URL).toBeUndefined();
    expect(resolvePaymentsMode(inherited)).toBe("unavailable");
    // Even a process that skipped npm start: the marker must name the URL in use.
    expect(onEmbeddedDatabase({ DATABASE_URL: REAL_DB, ANIMA_EMBEDDED_DATABASE_URL: EMBEDDED_DB })).toBe(false);
    expect(onEmbeddedDatabase({ ANIMA_EMBEDDED_DATABASE_URL: EMBEDDED_DB })).toBe(false);
  });

  it("unset with a Stripe key: stripe, on any database", () => {
    expect(resolvePaymentsMode(started(STRIPE, "embedded"))).toBe("stripe");
    expect(resolvePaymentsMode(started({ ...STRIPE, DATABASE_URL: REAL_DB }, "server"))).toBe("stripe");
  });

  it("explicit: local on a real database, local over a Stripe key, stripe with its key", () => {
    expect(resolvePaymentsMode(started({ PAYMENTS_MODE: "local", DATABASE_URL: REAL_DB }, "server"))).toBe("local");
    expect(resolvePaymentsMode(started({ ...STRIPE, PAYMENTS_MODE: "local" }, "server"))).toBe("local");
    expect(resolvePaymentsMode(started({ ...STRIPE, PAYMENTS_MODE: "stripe" }, "server"))).toBe("stripe");
  });

  it("PAYMENTS_MODE=stripe without a key, or a key without its webhook secret, is a start-up error", () => {
    expect(() => paymentsStartupNotice(started({ PAYMENTS_MODE: "stripe" }, "embedded"))).toThrow(/PAYMENTS_MODE=stripe needs STRIPE_SECRET_KEY/);
    expect(() => paymentsStartupNotice(started({ STRIPE_SECRET_KEY: "sk_test_123" }, "server"))).toThrow(/STRIPE_WEBHOOK_SECRET is required/);
  });
});

describe("payments for each mode", () => {
  it("stripe: the SDK, and only Stripe's webhook secret", () => {
    const stripe = paymentsFrom(started({ ...STRIPE, DATABASE_URL: REAL_DB }, "server"));
    expect(stripe).toMatchObject({ mode: "stripe", webhookSecret: "whsec_stripe_dashboard" });
    expect(stripe.stripe).not.toBeNull();
  });

  it("local: no SDK; events are signed with the secret derived from NEXTAUTH_SECRET (or STRIPE_WEBHOOK_SECRET when set)", () => {
    expect(paymentsFrom(started({}, "embedded"))).toEqual({ mode: "local", stripe: null, webhookSecret: localWebhookSecret(NEXTAUTH_SECRET) });
    expect(paymentsFrom(started({ STRIPE_WEBHOOK_SECRET: "whsec_x" }, "embedded")).webhookSecret).toBe("whsec_x");
  });

  it("unavailable: no webhook secret at all, so no event can be accepted, however it is signed", () => {
    expect(paymentsFrom(started({ DATABASE_URL: REAL_DB, STRIPE_WEBHOOK_SECRET: "whsec_x" }, "server"))).toEqual({ mode: "unavailable", stripe: null, webhookSecret: null });
  });
});

describe("the start-up notice", () => {
  it("is a loud warning when purchases are off, or local on a real database; one line otherwise", () => {
    const off = paymentsStartupNotice(started({ DATABASE_URL: REAL_DB }, "server"));
    expect(off).toMatchObject({ mode: "unavailable", level: "warn" });
    expect(off.lines.join("\n")).toMatch(/PAYMENTS UNAVAILABLE[\s\S]*STRIPE_SECRET_KEY[\s\S]*PAYMENTS_MODE=local/);
    expect(paymentsStartupNotice(started({ PAYMENTS_MODE: "local", DATABASE_URL: REAL_DB }, "server"))).toMatchObject({ level: "warn", lines: [expect.stringMatching(/without any charge/)] });
    expect(paymentsStartupNotice(started({}, "embedded"))).toEqual({ mode: "local", level: "info", lines: ["payments: local test mode (no real charge)"] });
    expect(paymentsStartupNotice(started(STRIPE, "server"))).toMatchObject({ mode: "stripe", level: "info" });
  });
});
