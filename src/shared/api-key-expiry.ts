/**
 * The lifetime of a new API key when its creator does not choose one (console and CLI): keys
 * expire by default, so a forgotten one does not stay valid forever.
 */
export const DEFAULT_API_KEY_EXPIRY_DAYS = 90;
