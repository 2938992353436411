/** The server's slug rule, for the browser's own validation (the server checks again). */
export const SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

/** Keeps typed slugs close to valid: lowercase, and spaces become dashes. */
export function normalizeSlugInput(value: string): string {
  return value.toLowerCase().replace(/\s+/g, "-");
}
