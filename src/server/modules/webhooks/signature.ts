import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * Webhook signatures (contract: device-api.md "Webhooks"): `Anima-Signature: t=<unix seconds>,
 * v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. While an endpoint's secret is being
 * rotated both secrets sign, so the header carries two v1 values; a receiver accepts the
 * delivery when any of them matches its secret.
 */

export const SIGNATURE_HEADER = "Anima-Signature";
/** A receiver should refuse signatures older (or further ahead) than this: a replayed delivery. */
export const SIGNATURE_TOLERANCE_S = 300;

const mac = (secret: string, t: number, body: string) => createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");

/** The header value for `body` sent at `at`, signed by each of `secrets` (the current one first). */
export function signatureHeader(secrets: readonly string[], body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return [`t=${t}`, ...secrets.map((secret) => `v1=${mac(secret, t, body)}`)].join(",");
}

/**
 * What a receiver does (and what docs/webhooks.md shows): parse the header, recompute the MAC
 * over the raw body, compare in constant time, and refuse stale timestamps.
 */
export function verifySignature(header: string, secret: string, body: string, now = new Date(), toleranceS = SIGNATURE_TOLERANCE_S): boolean {
  const parts = header.split(",").map((part) => part.trim().split("="));
  const t = Number(parts.find(([key]) => key === "t")?.[1]);
  if (!Number.isInteger(t) || Math.abs(now.getTime() / 1000 - t) > toleranceS) return false;
  const expected = Buffer.from(mac(secret, t, body), "hex");
  return parts.some(([key, value]) => {
    if (key !== "v1" || !value || !/^[0-9a-f]{64}$/.test(value)) return false;
    return timingSafeEqual(Buffer.from(value, "hex"), expected);
  });
}
