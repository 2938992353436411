import { randomBytes } from "node:crypto";

/** Request header through which `src/proxy.ts` hands a page's script nonce to server components. */
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable, and in the alphabet Next.js accepts in `'nonce-…'`. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The policy of one page, for the nonce minted for it. Scripts run only if they carry the
 * nonce or were loaded by one that does ('strict-dynamic': Next.js loads its chunks from
 * its nonced bootstrap); 'self' is ignored by browsers that understand 'strict-dynamic'
 * and kept for older ones. No 'unsafe-inline' for scripts: an injected `<script>` or event
 * handler attribute does not run.
 *
 * Styles keep 'unsafe-inline' (and get no nonce, which would disable it): Radix, recharts
 * and dnd-kit position elements with `style` attributes and react-remove-scroll injects a
 * `<style>` at run time, neither of which can carry a nonce. Injected CSS cannot run code.
 *
 * The development server evaluates code ('unsafe-eval': React rebuilds server error stacks
 * with eval); its update WebSocket is on the page's own origin, which 'self' covers.
 */
export function pageContentSecurityPolicy(nonce: string, { dev }: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
