import { TRPCError } from "@trpc/server";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";

const UNAVAILABLE_RETRY_SECONDS = 5;

/** Connection-level database failures: the request may succeed if retried later. */
function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : "";
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  return (
    // P2024 and P2028: no connection or transaction slot in time — the database is saturated, retry later.
    ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "08006", "08001", "P1001", "P1017", "P2024", "P2028"].includes(code) ||
    /ECONNREFUSED|Connection terminated|too many clients|DatabaseNotReachable/i.test(text)
  );
}

/**
 * The one place module errors become tRPC errors. AppError keeps its code, message and
 * reason; an unreachable database is 503 with Retry-After; anything else is logged and
 * reported as a generic 500 without internals.
 */
export function toTRPCError(error: TRPCError, responseHeaders: Headers): TRPCError {
  const cause = error.cause;
  if (cause instanceof AppError) {
    if (cause.retryAfterSeconds) responseHeaders.set("Retry-After", String(cause.retryAfterSeconds));
    return new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  if (error.code !== "INTERNAL_SERVER_ERROR") return error;
  if (isDatabaseUnavailable(cause)) {
    responseHeaders.set("Retry-After", String(UNAVAILABLE_RETRY_SECONDS));
    const unavailable = new AppError("SERVICE_UNAVAILABLE", "The service is temporarily unavailable. Retry shortly.", "UNAVAILABLE");
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: unavailable.message, cause: unavailable });
  }
  logger.error("unhandled error in procedure", { error: cause instanceof Error ? cause.stack : String(cause) });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." });
}
