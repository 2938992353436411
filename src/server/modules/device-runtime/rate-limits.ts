import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { redis } from "@/server/redis";

function limiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const client = redis();
  const options = { keyPrefix, points, duration };
  // With Redis every gateway instance shares the counters; without it each counts alone.
  return client ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
}

let limiters: { device: RateLimiterAbstract; ip: RateLimiterAbstract } | undefined;
function getLimiters() {
  // Per device: boots, refreshes and config fetches together (a healthy device needs a few per hour).
  // Per source address: generous, since a factory or a carrier NAT puts many devices behind one.
  limiters ??= { device: limiter("gw-device", env.GATEWAY_DEVICE_RATE_PER_MINUTE, 60), ip: limiter("gw-ip", env.GATEWAY_IP_RATE_PER_SECOND, 1) };
  return limiters;
}

/** Seconds to wait, spread so throttled devices do not come back together. */
export function jitteredRetryAfter(baseMs: number, random = Math.random): number {
  return Math.max(1, Math.ceil((baseMs / 1000) * (1 + random())));
}

/** The contract's 429: `RATE_LIMITED` with a jittered Retry-After of at least `msBeforeNext`. */
export function rateLimited(msBeforeNext: number, message = "Too many requests; retry after the delay in Retry-After."): AppError {
  return new AppError("TOO_MANY_REQUESTS", message, { reason: "RATE_LIMITED", retryAfterSeconds: jitteredRetryAfter(msBeforeNext) });
}

async function take(limiterFor: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiterFor.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw rateLimited(rejection.msBeforeNext);
  }
}

export const limitDevice = (deviceId: string) => take(getLimiters().device, deviceId);
export const limitIp = (ip: string | null) => (ip ? take(getLimiters().ip, ip) : Promise.resolve());
