import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/server/errors";
import { redis } from "@/server/redis";

/** Per device: boots, refreshes and config fetches together (a healthy device needs a few per hour). */
const DEVICE_REQUESTS_PER_MINUTE = Number(process.env.GATEWAY_DEVICE_RATE_PER_MINUTE ?? 30);
/** Per source IP: generous, since a factory or a carrier NAT puts many devices behind one address. */
const IP_REQUESTS_PER_SECOND = Number(process.env.GATEWAY_IP_RATE_PER_SECOND ?? 1000);

function limiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  const client = redis();
  const options = { keyPrefix, points, duration };
  // With Redis every gateway instance shares the counters; without it each counts alone.
  return client ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
}

let limiters: { device: RateLimiterAbstract; ip: RateLimiterAbstract } | undefined;
function getLimiters() {
  limiters ??= { device: limiter("gw-device", DEVICE_REQUESTS_PER_MINUTE, 60), ip: limiter("gw-ip", IP_REQUESTS_PER_SECOND, 1) };
  return limiters;
}

/** Seconds to wait, spread so throttled devices do not come back together. */
export function jitteredRetryAfter(baseMs: number, random = Math.random): number {
  return Math.max(1, Math.ceil((baseMs / 1000) * (1 + random())));
}

async function take(limiterFor: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiterFor.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new AppError("TOO_MANY_REQUESTS", "Too many requests; retry after the delay in Retry-After.", "RATE_LIMITED", jitteredRetryAfter(rejection.msBeforeNext));
  }
}

export const limitDevice = (deviceId: string) => take(getLimiters().device, deviceId);
export const limitIp = (ip: string | null) => (ip ? take(getLimiters().ip, ip) : Promise.resolve());
