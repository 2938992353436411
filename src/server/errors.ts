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

/** The one error type business logic throws. `reason` is a stable machine-readable string. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly reason?: string,
    readonly retryAfterSeconds?: number,
    /** machine-readable specifics for the client, e.g. the offending serials */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** True when `error` is Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
