/*
 * When a failed delivery is tried again (docs/webhooks.md): the first retry within a minute,
 * then further apart, 8 attempts over about a day in all. Each delay is jittered by ±20 % so
 * the retries of an outage do not all land on the receiver in the same second.
 */
import { MINUTE_MS, HOUR_MS } from "@/shared/time";

/** The delay after the n-th failed attempt (n = 1 …), before jitter: 22.6 hours in all. */
const DELAYS_MS = [30_000, 5 * MINUTE_MS, 30 * MINUTE_MS, HOUR_MS, 3 * HOUR_MS, 6 * HOUR_MS, 12 * HOUR_MS];

/** Attempts in all, the first included; then the delivery is failed for good. */
export const MAX_ATTEMPTS = DELAYS_MS.length + 1;
/** An endpoint whose attempts have all failed for this long is disabled (and its admins told). */
export const DISABLE_AFTER_FAILING_MS = 24 * HOUR_MS;

/** When to try again after `attempts` failed attempts, or null when it was the last. `random` is in [0, 1). */
export function nextAttemptAt(attempts: number, now: Date, random = Math.random()): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const base = DELAYS_MS[attempts - 1] ?? DELAYS_MS[0]!;
  return new Date(now.getTime() + Math.round(base * (0.8 + 0.4 * random)));
}
