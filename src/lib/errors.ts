/**
 * The message to show for a failed request. tRPC errors from our server already carry a
 * human-readable message, so it is shown as is; anything else gets a generic sentence.
 */
export function errorMessage(error: unknown, fallback = "Something went wrong. Try again."): string {
  if (error instanceof Error && error.message) return error.message;
  return fallback;
}

/** The HTTP status a tRPC client error maps to, when there is one. */
export function errorStatus(error: unknown): number | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = (error as { data?: { httpStatus?: unknown } }).data;
  return typeof data?.httpStatus === "number" ? data.httpStatus : null;
}
