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

type ErrorData = { reason?: unknown; details?: unknown; issues?: unknown };

function errorData(error: unknown): ErrorData | null {
  if (typeof error !== "object" || error === null || !("data" in error)) return null;
  const data = (error as { data?: unknown }).data;
  return typeof data === "object" && data !== null ? (data as ErrorData) : null;
}

/** The server's stable machine-readable reason (e.g. "SKU_CODE_TAKEN"), when it gave one. */
export function errorReason(error: unknown): string | null {
  const reason = errorData(error)?.reason;
  return typeof reason === "string" ? reason : null;
}

/** A string array the server attached to an error, e.g. `details.serials` of a conflict. */
export function errorDetailList(error: unknown, key: string): string[] {
  const details = errorData(error)?.details;
  if (typeof details !== "object" || details === null) return [];
  const value = (details as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Every input validation message of an INVALID_INPUT refusal (the server words them in the console's language). */
export function inputIssueMessages(error: unknown): string[] {
  const issues = errorData(error)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    const message = typeof issue === "object" && issue !== null ? (issue as { message?: unknown }).message : undefined;
    return typeof message === "string" ? [message] : [];
  });
}

/**
 * Input validation messages keyed by the top-level field they are about ("name", "code"),
 * the first per field, so a form can show each next to its control. `under` reads the fields
 * of one nested object of the input instead (e.g. "rule" for `{ rule: { name } }`).
 */
export function fieldErrors(error: unknown, under?: string): Record<string, string> {
  const issues = errorData(error)?.issues;
  const result: Record<string, string> = {};
  if (!Array.isArray(issues)) return result;
  for (const issue of issues) {
    if (typeof issue !== "object" || issue === null) continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    const at = !Array.isArray(path) ? [] : under === undefined ? path : path[0] === under ? path.slice(1) : [];
    const field: unknown = at[0];
    if (typeof field === "string" && typeof message === "string" && !(field in result)) result[field] = message;
  }
  return result;
}
