import type { Redis } from "ioredis";
import { LRUCache } from "lru-cache";
import { logger } from "@/server/logger";
import { errorText } from "@/server/errors";

/** Counts events per key in fixed windows: `hit` adds one and says where the key stands. */
export type WindowCounter = { hit(key: string): Promise<{ count: number; msBeforeReset: number }> };

/**
 * In-process counter. Bounded (least recently hit keys go first) because its keys are chosen by
 * whoever fails to boot: a flood of made-up deviceIds must cost memory it cannot grow without end.
 */
export function memoryCounter(windowMs: number, maxKeys: number, now = () => Date.now()): WindowCounter {
  const windows = new LRUCache<string, { count: number; resetAt: number }>({ max: maxKeys });
  return {
    async hit(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || window.resetAt <= at) {
        window = { count: 0, resetAt: at + windowMs };
        windows.set(key, window);
      }
      window.count++;
      return { count: window.count, msBeforeReset: window.resetAt - at };
    },
  };
}

/**
 * Counter shared by every instance through Redis: one round trip (a MULTI that starts the window
 * only if it is not running, then increments). While Redis fails, `fallback` counts in process, as
 * the request limiters' insurance does, so an outage neither refuses everyone nor counts no one.
 */
export function redisCounter(client: Redis, prefix: string, windowMs: number, fallback: WindowCounter): WindowCounter {
  return {
    async hit(key) {
      const name = `${prefix}:${key}`;
      try {
        const replies = await client.multi().set(name, 0, "PX", windowMs, "NX").incr(name).pttl(name).exec();
        const failed = replies?.find(([error]) => error)?.[0];
        if (!replies || failed) throw failed ?? new Error("transaction discarded");
        const [count, ttl] = [Number(replies[1]![1]), Number(replies[2]![1])];
        return { count, msBeforeReset: ttl > 0 ? ttl : windowMs };
      } catch (error) {
        logger.warn("shared failure counter unavailable; counting in process", { error: errorText(error) });
        return fallback.hit(key);
      }
    },
  };
}
