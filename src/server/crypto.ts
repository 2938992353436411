import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A URL-safe random token carrying `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/**
 * SHA-256 hex digest. Right for high-entropy secrets (API keys, invite tokens):
 * they cannot be brute-forced, so a slow password hash would only cost latency.
 */
export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Constant-time comparison of two strings of possibly different length. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
