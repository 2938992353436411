import { Redis } from "ioredis";
import { env } from "./env";

const globalForRedis = globalThis as unknown as { animaRedis?: Redis | null };

/** The shared Redis connection when REDIS_URL is set; null means "in-process only". */
export function redis(): Redis | null {
  if (globalForRedis.animaRedis !== undefined) return globalForRedis.animaRedis;
  globalForRedis.animaRedis = env.REDIS_URL
    ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: false, lazyConnect: false })
    : null;
  return globalForRedis.animaRedis;
}
