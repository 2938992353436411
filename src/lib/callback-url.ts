/**
 * A post-sign-in destination taken from the query string. Only same-origin paths are
 * honoured; anything else gives `fallback`. Browsers strip ASCII whitespace and control
 * characters from URLs and treat "\" like "/", so "/\t/evil.com" or "\/evil.com" would leave
 * the site (open redirect): the check looks at the value with those characters removed, and
 * refuses any control character outright.
 */
export function safeCallbackUrl(raw: string | string[] | undefined | null, fallback = "/"): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 2048) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  if (!value.startsWith("/")) return fallback; // relative paths and every scheme ("javascript:", "https:")
  if (/^[/\\]{2}/.test(value.replace(/\s/g, ""))) return fallback; // "//host", "/\host", "/ /host", "\/host"
  return value;
}

/** `/sign-in` (or another auth page) carrying the destination to return to. */
export function withCallbackUrl(path: string, callbackUrl: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (callbackUrl !== "/") params.set("callbackUrl", callbackUrl);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
