import type { Db, DbTx } from "@/server/db";
import { logger } from "@/server/logger";
import { announceAfterCommit, invalidationBus, subscribeToInvalidations, type InvalidationBus } from "./invalidation-bus";
import { errorText } from "@/server/errors";

/**
 * Cache invalidation across processes. A change is recorded in the transaction that makes
 * it (an outbox row), so other processes learn of it only once it is committed: every
 * gateway instance polls the outbox and drops the named entries. This process drops its
 * own entries at once. With Redis (invalidation-bus.ts) the change is also published once
 * committed, and every instance drops the entries as soon as it hears; the poll stays as
 * the backstop for messages Redis drops.
 */
export type CacheScope = "device" | "sku" | "org" | "signing-key";
/** Keys, or "all" when this process may have missed changes (the outbox was unreachable). */
type Listener = (keys: string[] | "all") => void;

const listeners = new Map<CacheScope, Listener[]>();

/** A cache registers what to drop when keys of its scope change. */
export function onInvalidate(scope: CacheScope, listener: Listener): void {
  listeners.set(scope, [...(listeners.get(scope) ?? []), listener]);
}

function apply(scope: CacheScope, keys: string[] | "all"): void {
  for (const listener of listeners.get(scope) ?? []) listener(keys);
}

export async function invalidate(tx: DbTx, scope: CacheScope, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  // One statement whatever the count (a registration names up to 10,000 new devices); the time is
  // written in UTC as Prisma writes it, since the poll compares it with `now() AT TIME ZONE 'UTC'`.
  const rows = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "CacheInvalidation" (scope, key, "createdAt")
    SELECT ${scope}, key, now() AT TIME ZONE 'UTC' FROM unnest(${keys}::text[]) AS key
    RETURNING id`;
  apply(scope, keys);
  announceAfterCommit({ scope, keys, ids: rows.map((row) => String(row.id)) });
}

/** Rows this recent are read on every poll: a transaction committing late is still seen. */
const WINDOW_SECONDS = 10;
const PRUNE_EVERY_POLLS = 600;
const SCOPES: CacheScope[] = ["device", "sku", "org", "signing-key"];

type OutboxRow = { id: bigint; scope: CacheScope; key: string };

const isScope = (scope: string): scope is CacheScope => (SCOPES as string[]).includes(scope);

/**
 * Polls the outbox every `intervalMs`, and listens on the Redis bus when there is one;
 * returns a stop function. Run by each gateway process.
 */
export function startInvalidationFeed(db: Db, intervalMs: number, bus: InvalidationBus | null = invalidationBus()): () => void {
  const applied = new Map<bigint, number>();
  let missed = false;
  let polls = 0;

  // Heard over Redis: applied now, and skipped when the poll reads the same rows.
  const unsubscribe = bus
    ? subscribeToInvalidations(bus, ({ scope, keys, ids }) => {
        if (!isScope(scope)) return;
        const now = Date.now();
        for (const id of ids) applied.set(BigInt(id), now);
        apply(scope, keys);
      })
    : () => undefined;

  const poll = async () => {
    try {
      const rows = await db.$queryRaw<OutboxRow[]>`
        SELECT id, scope, key FROM "CacheInvalidation" WHERE "createdAt" > (now() AT TIME ZONE 'UTC') - make_interval(secs => ${WINDOW_SECONDS})`;
      if (missed) {
        for (const scope of SCOPES) apply(scope, "all");
        missed = false;
      }
      const fresh = rows.filter((row) => !applied.has(row.id));
      for (const scope of SCOPES) {
        const keys = fresh.filter((row) => row.scope === scope).map((row) => row.key);
        if (keys.length) apply(scope, keys);
      }
      const now = Date.now();
      for (const row of fresh) applied.set(row.id, now);
      for (const [id, at] of applied) if (now - at > 2 * WINDOW_SECONDS * 1000) applied.delete(id);
      if (++polls % PRUNE_EVERY_POLLS === 0) await db.$executeRaw`DELETE FROM "CacheInvalidation" WHERE "createdAt" < (now() AT TIME ZONE 'UTC') - interval '1 hour'`;
    } catch (error) {
      // Changes may slip past while the database is unreachable: start clean when it is back.
      missed = true;
      logger.warn("cache invalidation poll failed", { error: errorText(error) });
    }
  };

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    timer = setTimeout(() => void poll().finally(() => !stopped && loop()), intervalMs);
    timer.unref();
  };
  loop();
  return () => {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
  };
}
