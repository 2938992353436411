/** Error codes modules may raise; the API layer maps them to tRPC/HTTP codes in one place. */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "PAYMENT_REQUIRED"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

/**
 * Reasons a device can receive from the gateway. They are part of the public device contract
 * (device-api.md, "Errors"): firmware branches on them, so they are never renamed.
 */
export type DeviceReason =
  // boot
  | "INVALID_CREDENTIALS"
  | "ASSERTION_REPLAYED"
  | "DEVICE_SUSPENDED"
  | "DEVICE_REVOKED"
  | "ORGANIZATION_SUSPENDED"
  | "LICENSE_EXHAUSTED"
  | "NO_PUBLISHED_CONFIG"
  // session token (refresh, config, telemetry)
  | "MISSING_TOKEN"
  | "INVALID_TOKEN"
  | "TOKEN_EXPIRED"
  | "TOKEN_REVOKED"
  // telemetry
  | "INVALID_SAMPLES"
  // any request
  | "INVALID_INPUT"
  | "PAYLOAD_TOO_LARGE"
  | "METHOD_NOT_SUPPORTED"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

/** Every other stable reason, for the console and the manufacturer API (documented in docs/api.md). */
export type ApiReason =
  // who may call (the procedure bases)
  | "SIGN_IN_REQUIRED"
  | "OPERATOR_ONLY"
  | "OPERATOR_VIEW_READ_ONLY"
  | "ROLE_NOT_ALLOWED"
  | "SCOPE_MISSING"
  // accounts and sign-in
  | "ACCOUNT_EXISTS"
  | "EMAIL_TAKEN"
  | "EMAIL_NOT_VERIFIED"
  | "EMAIL_ALREADY_VERIFIED"
  | "OAUTH_EMAIL_UNVERIFIED"
  | "USER_NOT_FOUND"
  | "NO_PASSWORD"
  | "WRONG_PASSWORD"
  | "SIGN_IN_THROTTLED"
  | "SIGN_UP_THROTTLED"
  | "PUBLIC_ACTION_THROTTLED"
  | "LINK_INVALID"
  | "LINK_EXPIRED"
  | "LINK_REPLACED"
  | "LINK_USED"
  | "LINK_WRONG_PURPOSE"
  // organizations, members, invitations
  | "ORG_NOT_FOUND"
  | "SLUG_TAKEN"
  | "SLUG_RESERVED"
  | "MEMBER_NOT_FOUND"
  | "LAST_OWNER"
  | "OWNER_ONLY"
  | "ALREADY_MEMBER"
  | "INVITATION_NOT_FOUND"
  | "INVITATION_ACCEPTED"
  | "INVITATION_REVOKED"
  | "INVITATION_EXPIRED"
  | "INVITATION_EMAIL_MISMATCH"
  // API keys
  | "INVALID_API_KEY"
  | "API_KEY_NOT_FOUND"
  | "API_KEY_REVOKED"
  | "API_KEY_EXPIRED"
  | "API_KEY_CREATOR_GONE"
  | "API_KEY_NO_SCOPES"
  | "SCOPE_NOT_ALLOWED"
  // SKUs, devices, seats
  | "SKU_NOT_FOUND"
  | "SKU_CODE_TAKEN"
  | "SKU_ARCHIVED"
  | "SKU_HAS_DEVICES"
  | "CAPABILITY_IN_USE"
  | "DEVICE_NOT_FOUND"
  | "SERIAL_EXISTS"
  | "SAME_SECRET"
  | "INVALID_CURSOR"
  | "SAME_DEVICE"
  | "ALREADY_REPLACED"
  | "REPLACEMENT_LICENSED"
  | "REPLACEMENT_REVOKED"
  | "NO_SEAT_TO_TRANSFER"
  // device groups and saved filters
  | "TOO_MANY_TAGS"
  | "TOO_MANY_DEVICES"
  | "SAVED_FILTER_LIMIT"
  | "SAVED_FILTER_NAME_TAKEN"
  | "SAVED_FILTER_NOT_FOUND"
  // configs and the catalog
  | "INVALID_CONFIG"
  | "DRAFT_CONFLICT"
  | "VERSION_NOT_FOUND"
  | "CATALOG_ITEM_NOT_FOUND"
  // staged rollouts
  | "ROLLOUT_ACTIVE"
  | "ROLLOUT_NEEDS_LIVE_VERSION"
  | "ROLLOUT_NOT_FOUND"
  | "ROLLOUT_FINISHED"
  | "ROLLOUT_STATE"
  // webhooks
  | "INVALID_WEBHOOK_URL"
  | "WEBHOOK_NOT_FOUND"
  | "WEBHOOK_LIMIT"
  // alert rules
  | "ALERT_RULE_NOT_FOUND"
  | "ALERT_RULE_LIMIT"
  | "ALERT_KIND_CHANGED"
  | "INVALID_ALERT_RECIPIENT"
  // billing
  | "PACKAGE_NOT_FOUND"
  | "LOOKUP_KEY_TAKEN"
  | "ORDER_NOT_FOUND"
  | "ORDER_NOT_PENDING"
  | "PAYMENT_NOT_RECORDED"
  | "PAYMENTS_UNAVAILABLE"
  | "PAYMENTS_NOT_CONFIGURED"
  | "PAYMENTS_MISCONFIGURED"
  | "PAYMENTS_STRIPE_MODE"
  | "STRIPE_PRICE_MISSING"
  | "STRIPE_PRICE_MISMATCH"
  | "BILLING_PROFILE_REQUIRED"
  | "CURRENCY_NOT_SOLD"
  | "CURRENCY_LOCKED"
  | "CURRENCY_MISMATCH"
  | "INVOICE_NOT_FOUND"
  | "ORDER_SEATS_OUT_OF_RANGE"
  | "ORDER_PAID_BY_INVOICE"
  | "QUOTE_NOT_FOUND"
  | "QUOTE_NOT_OPEN"
  | "QUOTE_EXPIRED"
  | "SEAT_TERM_NOT_FOUND"
  | "SEAT_TERM_RENEWED"
  | "SEAT_TERM_EMPTY"
  | "OWNER_ONLY"
  | "ORDER_NOT_INVOICE"
  // operations
  | "SIGNING_KEY_SECRET_MISSING"
  | "UNREADABLE_SIGNING_KEYS";

/** The stable machine-readable reason of an error (`data.reason` in the answer). */
export type Reason = DeviceReason | ApiReason;

export type AppErrorOptions = {
  reason?: Reason;
  /** sent as the Retry-After header */
  retryAfterSeconds?: number;
  /** machine-readable specifics for the client, e.g. the offending serials */
  details?: Record<string, unknown>;
};

/** The one error type business logic throws. */
export class AppError extends Error {
  readonly reason?: Reason;
  readonly retryAfterSeconds?: number;
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    { reason, retryAfterSeconds, details }: AppErrorOptions = {},
  ) {
    super(message);
    this.name = "AppError";
    this.reason = reason;
    this.retryAfterSeconds = retryAfterSeconds;
    this.details = details;
  }
}

/** The text of anything thrown, for logs and CLI output. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when `error` is Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
