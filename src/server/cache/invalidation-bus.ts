import type { Redis } from "ioredis";
import { z } from "zod";
import { logger } from "@/server/logger";
import { redis } from "@/server/redis";
import { errorText } from "@/server/errors";

/**
 * Redis pub/sub for cache invalidations (when REDIS_URL is set): every gateway instance
 * hears of a change as soon as it commits instead of at its next outbox poll. Redis may
 * drop a message (a subscriber reconnecting, Redis restarting), so the outbox poll stays
 * and catches anything missed within CACHE_INVALIDATION_POLL_MS.
 */
export type InvalidationMessage = { scope: string; keys: string[]; ids: string[] };
export type InvalidationBus = { client: Redis; channel: string };

const DEFAULT_CHANNEL = "anima:cache-invalidation";
const ZMessage = z.object({ scope: z.string(), keys: z.array(z.string()), ids: z.array(z.string()) });

let configured: InvalidationBus | null | undefined;

/** The bus of this process: REDIS_URL's by default; tests choose their own connection and channel. */
export function invalidationBus(): InvalidationBus | null {
  if (configured === undefined) {
    const client = redis();
    configured = client ? { client, channel: DEFAULT_CHANNEL } : null;
  }
  return configured;
}

export function useInvalidationBus(bus: InvalidationBus | null): void {
  configured = bus;
}

/** How long to wait for the writing transaction to commit before leaving it to the outbox poll. */
const COMMIT_WAIT_MS = 30_000;
const pending = new Set<Promise<void>>();

/**
 * Publishes once the outbox rows are visible, i.e. once their transaction has committed:
 * told earlier, a subscriber could reload the old row and cache it again. A rolled-back
 * transaction's rows never appear, and nothing is published.
 */
export function announceAfterCommit(message: InvalidationMessage): void {
  const bus = invalidationBus();
  if (!bus || message.ids.length === 0) return;
  const publishing = publishWhenVisible(bus, message).catch((error: unknown) =>
    logger.warn("cache invalidation publish failed; the outbox poll will carry it", { error: errorText(error) }),
  );
  pending.add(publishing);
  void publishing.finally(() => pending.delete(publishing));
}

async function publishWhenVisible(bus: InvalidationBus, message: InvalidationMessage): Promise<void> {
  // Loaded here, not at the top: modules that record invalidations must not require a database to be imported.
  const { db } = await import("@/server/db");
  const start = Date.now();
  for (let delayMs = 2; Date.now() - start < COMMIT_WAIT_MS; delayMs = Math.min(delayMs * 2, 100)) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const [row] = await db.$queryRaw<{ visible: bigint }[]>`SELECT count(*) AS visible FROM "CacheInvalidation" WHERE id = ANY(${message.ids}::bigint[])`;
    if (Number(row?.visible) === message.ids.length) {
      await whenReady(bus.client);
      await bus.client.publish(bus.channel, JSON.stringify(message));
      return;
    }
  }
}

/** The shared connection queues nothing while offline (enableOfflineQueue: false): wait for it briefly. */
async function whenReady(client: Redis, timeoutMs = 2_000): Promise<void> {
  if (client.status === "ready") return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis not ready (${client.status})`)), timeoutMs);
    client.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Resolves when every announcement started so far is published or given up (a CLI waits before exiting). */
export async function announcementsSettled(): Promise<void> {
  await Promise.all([...pending]);
}

/** Subscribes on a connection of its own (a subscribed Redis connection can do nothing else); returns a stop function. */
export function subscribeToInvalidations(bus: InvalidationBus, onMessage: (message: InvalidationMessage) => void): () => void {
  // Queued while connecting, and re-subscribed by ioredis after every reconnection.
  const subscriber = bus.client.duplicate({ enableOfflineQueue: true, lazyConnect: false });
  subscriber.on("error", (error: Error) => logger.warn("cache invalidation subscriber error", { error: error.message }));
  subscriber.on("message", (channel: string, text: string) => {
    if (channel !== bus.channel) return;
    try {
      onMessage(ZMessage.parse(JSON.parse(text)));
    } catch (error) {
      logger.warn("ignored a malformed cache invalidation message", { error: errorText(error) });
    }
  });
  void subscriber.subscribe(bus.channel).catch((error: unknown) =>
    logger.warn("cache invalidation subscribe failed; relying on the outbox poll", { error: errorText(error) }),
  );
  return () => subscriber.disconnect();
}
