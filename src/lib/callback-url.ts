/**
 * A post-sign-in destination taken from the query string. Only same-origin relative
 * paths are honored: "//evil.com" or "/\evil.com" would leave the site (open redirect).
 */
export function safeCallbackUrl(raw: string | string[] | undefined | null, fallback = "/"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

/** `/sign-in` (or another auth page) carrying the destination to return to. */
export function withCallbackUrl(path: string, callbackUrl: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (callbackUrl !== "/") params.set("callbackUrl", callbackUrl);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
