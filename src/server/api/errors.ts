import { TRPCError } from "@trpc/server";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";

const UNAVAILABLE_RETRY_SECONDS = 5;

const UNAVAILABLE_CODES = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "08006", "08001", "P1001", "P1017", "P2024", "P2028"];
/** Connection-level kinds of the Prisma driver adapter's error (`meta.driverAdapterError.cause`). */
const UNAVAILABLE_KINDS = ["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"];

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

/** Connection-level database failures: the request may succeed if retried later. */
function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : "";
  const code = String(field(error, "code") ?? "");
  // A raw query ($queryRaw, $executeRaw) fails with the generic P2010 whatever the reason; the
  // reason is in the adapter's error: e.g. { kind: "DatabaseNotReachable" } when the connection
  // is refused, or { kind: "postgres", code: "57P01" } when the server shuts down.
  const adapterCause = field(field(field(error, "meta"), "driverAdapterError"), "cause");
  return (
    // P2024 and P2028: no connection or transaction slot in time — the database is saturated, retry later.
    UNAVAILABLE_CODES.includes(code) ||
    UNAVAILABLE_KINDS.includes(String(field(adapterCause, "kind"))) ||
    UNAVAILABLE_CODES.includes(String(field(adapterCause, "code"))) ||
    // node-postgres errors without a code, passed through as they are by the Prisma adapter:
    // "Connection terminated unexpectedly" (the connection dropped under a query; "... due to
    // connection timeout" when connecting took too long), "Client has encountered a connection
    // error and is not queryable" (it dropped between two statements of a transaction), and
    // "timeout exceeded when trying to connect" (no pool connection free in time).
    /ECONNREFUSED|Connection terminated|not queryable|timeout exceeded when trying to connect|too many clients|DatabaseNotReachable/i.test(text)
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
    const unavailable = new AppError("SERVICE_UNAVAILABLE", "The service is temporarily unavailable. Retry shortly.", { reason: "UNAVAILABLE" });
    return new TRPCError({ code: "SERVICE_UNAVAILABLE", message: unavailable.message, cause: unavailable });
  }
  logger.error("unhandled error in procedure", { error: cause instanceof Error ? cause.stack : String(cause) });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." });
}
