import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { compileTrustedProxies } from "./client-address";
import { errorText } from "@/server/errors";

const optional = z.string().min(1).optional();

/** Typed configuration. Every setting the code reads comes from here. */
export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url().optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** longest wait for a database connection (new, or a free one from the pool) before the request fails with 503 */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** "off": the gateway's hot statements are not prepared (a pooler in transaction mode without prepared-statement support, or the embedded database, which is off by itself) */
    DATABASE_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DEVICE_GATEWAY_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
    PUBLIC_URL: z.url().optional(),
    NEXTAUTH_URL: z.url().optional(),
    NEXTAUTH_SECRET: optional,
    /** key of the HMAC that stores device secrets; changing it invalidates every device secret */
    DEVICE_SECRET_KEY: z.string().min(32).optional(),
    /** key that seals the token signing keys at rest (AES-256-GCM); ≥ 32 characters */
    SIGNING_KEY_SECRET: z.string().min(32).optional(),
    /** the secret SIGNING_KEY_SECRET replaces, while keys are re-sealed (`anima keys:reseal`); unset afterwards */
    SIGNING_KEY_SECRET_PREVIOUS: z.string().min(32).optional(),
    REDIS_URL: z.url().optional(),
    /** reverse proxies in front of the console and the gateway (addresses or CIDRs, comma-separated); unset: X-Forwarded-For is ignored */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((list, ctx) => {
        try {
          compileTrustedProxies(list);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: errorText(error) });
        }
      }),
    /** how often each gateway reads the cache invalidation outbox (ms): changes reach every instance within it */
    CACHE_INVALIDATION_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1_000),
    SIGNING_KEY_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** raw telemetry samples are kept this many days (hourly and daily rollups stay) */
    TELEMETRY_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    /** delay between telemetry rollup runs: how fresh the dashboards are */
    TELEMETRY_ROLLUP_EVERY_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
    /** delay between alert rule evaluations (docs/alerts.md) */
    ALERTS_EVERY_SECONDS: z.coerce.number().int().min(5).max(300).default(60),
    /** base of the realtime endpoint in device configs; the SKU's region is appended */
    REALTIME_BASE_URL: z.url().default("wss://realtime.anima.dev"),
    STRIPE_SECRET_KEY: optional,
    STRIPE_WEBHOOK_SECRET: optional,
    /** "stripe" or "local" (test-mode checkout, no charge); unset: stripe with STRIPE_SECRET_KEY, local only on the embedded database, else purchases are off */
    PAYMENTS_MODE: z.enum(["stripe", "local"]).optional(),
    /** the issuing entity printed on invoices (docs/billing.md "Invoices"); set all of them for real invoices */
    INVOICE_ISSUER_NAME: z.string().min(1).max(200).default("Anima Technologies Ltd. (example issuer)"),
    /** its postal address, lines separated by "|" */
    INVOICE_ISSUER_ADDRESS: z.string().min(1).max(500).default("1 Example Quay|Dublin 2|D02 X000"),
    /** its country (ISO alpha-2): decides domestic tax and the EU reverse charge */
    INVOICE_ISSUER_COUNTRY: z.string().regex(/^[A-Z]{2}$/).default("IE"),
    INVOICE_ISSUER_TAX_ID: z.string().max(40).optional(),
    /** the account invoices paid by bank transfer name (e.g. "IBAN IE29 AIBK 9311 5212 3456 78 · BIC AIBKIE2D") */
    INVOICE_ISSUER_BANK: z.string().max(200).optional(),
    /** prefix of invoice and credit note numbers ("AN" → AN-INV-000001, AN-CN-000001): one gapless series per prefix and kind */
    INVOICE_NUMBER_PREFIX: z.string().regex(/^[A-Z0-9]{1,8}$/).default("AN"),
    /** set by `npm start` to the embedded database's URL (never by hand): how the app knows DATABASE_URL is not a real server */
    ANIMA_EMBEDDED_DATABASE_URL: optional,
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    GOOGLE_ID: optional,
    GOOGLE_SECRET: optional,
    /** "1": webhooks may reach private, loopback and link-local receivers, over http too (default on the embedded database, for the demo) */
    WEBHOOK_ALLOW_PRIVATE_URLS: z
      .enum(["0", "1"])
      .transform((value) => value === "1")
      .optional(),
    SMTP_URL: optional,
    EMAIL_FROM: z.string().min(3).default("Anima <no-reply@anima.local>"),
    /** a console session ends after this many hours without a request (each page load renews it) */
    SESSION_IDLE_HOURS: z.coerce.number().min(0.25).max(24 * 30).default(12),
    /** and at the latest this many days after signing in, however active */
    SESSION_MAX_DAYS: z.coerce.number().min(0.5).max(90).default(7),
    /** set-up, reset and email verification links expire after this many hours */
    ACCOUNT_LINK_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(24),
    SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
    SIGN_IN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(10000).default(30),
    /** "1": seed the demo organization on a real database too (its accounts share the README's password; the operator gets a random one) */
    ANIMA_SEED_DEMO: z.enum(["0", "1"]).optional(),
    /** the demo operator account's password, applied at every start (instead of a random one on a real database) */
    ANIMA_DEMO_OPERATOR_PASSWORD: z.string().min(10).max(200).optional(),
    /** gateway: requests per device per minute (boots after authentication, refreshes, config fetches, telemetry) */
    GATEWAY_DEVICE_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(30),
    /** gateway: requests per source address per second (a factory or a carrier NAT puts many devices behind one) */
    GATEWAY_IP_RATE_PER_SECOND: z.coerce.number().int().min(1).default(1000),
    /** gateway: failed boots (wrong credentials) per source address per minute; beyond it every boot from there is 429 */
    GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    /** gateway: failed boots naming one deviceId per hour, from any address; beyond it further failures are 429 (the right credentials still pass) */
    GATEWAY_FAILED_AUTH_PER_DEVICE_PER_HOUR: z.coerce.number().int().min(1).default(600),
    /** gateway load shedding: hard ceiling on requests in progress (the adaptive limit moves under it) */
    GATEWAY_MAX_IN_FLIGHT: z.coerce.number().int().min(1).default(512),
    /** gateway load shedding: event-loop delay (p99 over a window, ms) beyond which the process counts as saturated */
    GATEWAY_MAX_LAG_MS: z.coerce.number().positive().default(150),
    /** gateway load shedding: server-side time admitted requests should stay under (ms, their p99); "Infinity" turns the adaptation off (capacity benchmarks) */
    GATEWAY_TARGET_LATENCY_MS: z.literal("Infinity").transform(() => Number.POSITIVE_INFINITY).or(z.coerce.number().positive()).default(150),
    /** gateway load shedding: the longest Retry-After handed out (s), however deep the backlog */
    GATEWAY_MAX_RETRY_AFTER_S: z.coerce.number().int().min(1).default(60),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  },
  client: {},
  runtimeEnv: {
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE,
    DATABASE_CONNECT_TIMEOUT_MS: process.env.DATABASE_CONNECT_TIMEOUT_MS,
    DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS,
    PORT: process.env.PORT,
    DEVICE_GATEWAY_PORT: process.env.DEVICE_GATEWAY_PORT,
    PUBLIC_URL: process.env.PUBLIC_URL,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
    DEVICE_SECRET_KEY: process.env.DEVICE_SECRET_KEY,
    SIGNING_KEY_SECRET: process.env.SIGNING_KEY_SECRET,
    SIGNING_KEY_SECRET_PREVIOUS: process.env.SIGNING_KEY_SECRET_PREVIOUS,
    REDIS_URL: process.env.REDIS_URL,
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES,
    CACHE_INVALIDATION_POLL_MS: process.env.CACHE_INVALIDATION_POLL_MS,
    SIGNING_KEY_MAX_AGE_DAYS: process.env.SIGNING_KEY_MAX_AGE_DAYS,
    TELEMETRY_RETENTION_DAYS: process.env.TELEMETRY_RETENTION_DAYS,
    TELEMETRY_ROLLUP_EVERY_SECONDS: process.env.TELEMETRY_ROLLUP_EVERY_SECONDS,
    ALERTS_EVERY_SECONDS: process.env.ALERTS_EVERY_SECONDS,
    REALTIME_BASE_URL: process.env.REALTIME_BASE_URL,
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET,
    PAYMENTS_MODE: process.env.PAYMENTS_MODE,
    ANIMA_EMBEDDED_DATABASE_URL: process.env.ANIMA_EMBEDDED_DATABASE_URL,
    INVOICE_ISSUER_NAME: process.env.INVOICE_ISSUER_NAME,
    INVOICE_ISSUER_ADDRESS: process.env.INVOICE_ISSUER_ADDRESS,
    INVOICE_ISSUER_COUNTRY: process.env.INVOICE_ISSUER_COUNTRY,
    INVOICE_ISSUER_TAX_ID: process.env.INVOICE_ISSUER_TAX_ID,
    INVOICE_ISSUER_BANK: process.env.INVOICE_ISSUER_BANK,
    INVOICE_NUMBER_PREFIX: process.env.INVOICE_NUMBER_PREFIX,
    GITHUB_ID: process.env.GITHUB_ID,
    GITHUB_SECRET: process.env.GITHUB_SECRET,
    GOOGLE_ID: process.env.GOOGLE_ID,
    GOOGLE_SECRET: process.env.GOOGLE_SECRET,
    WEBHOOK_ALLOW_PRIVATE_URLS: process.env.WEBHOOK_ALLOW_PRIVATE_URLS,
    SMTP_URL: process.env.SMTP_URL,
    EMAIL_FROM: process.env.EMAIL_FROM,
    SESSION_IDLE_HOURS: process.env.SESSION_IDLE_HOURS,
    SESSION_MAX_DAYS: process.env.SESSION_MAX_DAYS,
    ACCOUNT_LINK_TTL_HOURS: process.env.ACCOUNT_LINK_TTL_HOURS,
    SIGN_IN_MAX_FAILURES: process.env.SIGN_IN_MAX_FAILURES,
    SIGN_IN_IP_MAX_FAILURES: process.env.SIGN_IN_IP_MAX_FAILURES,
    ANIMA_SEED_DEMO: process.env.ANIMA_SEED_DEMO,
    ANIMA_DEMO_OPERATOR_PASSWORD: process.env.ANIMA_DEMO_OPERATOR_PASSWORD,
    GATEWAY_DEVICE_RATE_PER_MINUTE: process.env.GATEWAY_DEVICE_RATE_PER_MINUTE,
    GATEWAY_IP_RATE_PER_SECOND: process.env.GATEWAY_IP_RATE_PER_SECOND,
    GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE: process.env.GATEWAY_FAILED_AUTH_PER_IP_PER_MINUTE,
    GATEWAY_FAILED_AUTH_PER_DEVICE_PER_HOUR: process.env.GATEWAY_FAILED_AUTH_PER_DEVICE_PER_HOUR,
    GATEWAY_MAX_IN_FLIGHT: process.env.GATEWAY_MAX_IN_FLIGHT,
    GATEWAY_MAX_LAG_MS: process.env.GATEWAY_MAX_LAG_MS,
    GATEWAY_TARGET_LATENCY_MS: process.env.GATEWAY_TARGET_LATENCY_MS,
    GATEWAY_MAX_RETRY_AFTER_S: process.env.GATEWAY_MAX_RETRY_AFTER_S,
    LOG_LEVEL: process.env.LOG_LEVEL,
  },
  emptyStringAsUndefined: true,
});

/** The console's public base URL, used in links shown to users (invites, password set-up). */
export function publicUrl(): string {
  return (env.PUBLIC_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

/**
 * True only on the embedded database (PGlite) `npm start` or a CLI tool started: development
 * and demo on one machine. The marker must name the very URL in use, so a marker inherited by
 * a process pointed at a real server does not count (see pointAtDatabase in scripts/lib).
 */
export function onEmbeddedDatabase(settings: { DATABASE_URL?: string; ANIMA_EMBEDDED_DATABASE_URL?: string } = env): boolean {
  return Boolean(settings.DATABASE_URL) && settings.DATABASE_URL === settings.ANIMA_EMBEDDED_DATABASE_URL;
}
