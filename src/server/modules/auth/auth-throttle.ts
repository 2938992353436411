import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { redis } from "@/server/redis";

const WINDOW_SECONDS = 15 * 60;

function limiter(keyPrefix: string, points: number): RateLimiterAbstract {
  const client = redis();
  const options = { keyPrefix, points, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS };
  // With Redis every console instance shares the counters; without it each process counts alone.
  return client
    ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options);
}

const SIGN_UPS_PER_IP = 20;

let limiters: { account: RateLimiterAbstract; ip: RateLimiterAbstract; signUp: RateLimiterAbstract } | undefined;
function getLimiters() {
  limiters ??= {
    account: limiter("signin-fail-account", env.SIGN_IN_MAX_FAILURES),
    ip: limiter("signin-fail-ip", env.SIGN_IN_IP_MAX_FAILURES),
    signUp: limiter("signup-ip", SIGN_UPS_PER_IP),
  };
  return limiters;
}

function minutes(ms: number): string {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return `${m} minute${m === 1 ? "" : "s"}`;
}

/** Throws TOO_MANY_REQUESTS when this account or IP has failed too often recently. */
export async function assertSignInAllowed(email: string, ip: string | null): Promise<void> {
  const { account, ip: ipLimiter } = getLimiters();
  const [byAccount, byIp] = await Promise.all([account.get(email), ip ? ipLimiter.get(ip) : null]);
  const blocked = [
    byAccount && byAccount.consumedPoints >= account.points ? byAccount : null,
    byIp && byIp.consumedPoints >= ipLimiter.points ? byIp : null,
  ].filter((r): r is RateLimiterRes => r !== null);
  if (blocked.length > 0) {
    const wait = Math.max(...blocked.map((r) => r.msBeforeNext));
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many failed sign-in attempts. Try again in ${minutes(wait)}.`,
      "SIGN_IN_THROTTLED",
      Math.ceil(wait / 1000),
    );
  }
}

/** Counts one failed attempt against the account and the IP. */
export async function recordSignInFailure(email: string, ip: string | null): Promise<void> {
  const { account, ip: ipLimiter } = getLimiters();
  // consume() rejects once the limit is passed; the block is what we want, not an error.
  await Promise.allSettled([account.consume(email), ip ? ipLimiter.consume(ip) : Promise.resolve()]);
}

/** A successful sign-in clears the account's counter (the IP's keeps counting). */
export async function recordSignInSuccess(email: string): Promise<void> {
  await getLimiters().account.delete(email);
}

/** Counts an account creation from this IP; throws once an IP creates too many in a window. */
export async function assertSignUpAllowed(ip: string | null): Promise<void> {
  if (!ip) return;
  const result = await getLimiters()
    .signUp.consume(ip)
    .catch((rejection: unknown) => (rejection instanceof RateLimiterRes ? rejection : Promise.reject(rejection)));
  if (result.remainingPoints < 0 || result.consumedPoints > SIGN_UPS_PER_IP) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many accounts created from this network. Try again in ${minutes(result.msBeforeNext)}.`,
      "SIGN_UP_THROTTLED",
      Math.ceil(result.msBeforeNext / 1000),
    );
  }
}
