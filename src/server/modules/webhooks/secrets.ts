import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/server/env";

/**
 * An endpoint's signing secret, derived — never stored — from the server's DEVICE_SECRET_KEY,
 * the endpoint and the secret's version: shown once at creation or rotation, and recomputed
 * to sign each delivery. Rotating bumps the version; changing DEVICE_SECRET_KEY changes every
 * endpoint's secret (as it does every device secret).
 */
export function endpointSecret(endpointId: string, version: number): string {
  if (!env.DEVICE_SECRET_KEY) throw new Error("DEVICE_SECRET_KEY is not set (npm start provides one in embedded mode).");
  return `whsec_${createHmac("sha256", env.DEVICE_SECRET_KEY).update(`anima-webhook-secret:${endpointId}:${version}`).digest("base64url")}`;
}

/** The secrets that sign a delivery now: the current one, and the previous one during a rotation's overlap. */
export function signingSecrets(endpoint: { id: string; secretVersion: number; previousSecretUntil: Date | null }, now: Date): string[] {
  const current = endpointSecret(endpoint.id, endpoint.secretVersion);
  const overlap = endpoint.previousSecretUntil && endpoint.previousSecretUntil > now && endpoint.secretVersion > 1;
  return overlap ? [current, endpointSecret(endpoint.id, endpoint.secretVersion - 1)] : [current];
}
