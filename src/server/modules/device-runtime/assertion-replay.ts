import type { Db } from "@/server/db";
import { logger } from "@/server/logger";

const PRUNE_EVERY_MS = 60_000;
const PRUNE_CHUNK = 10_000;
let lastPrune = 0;

/**
 * Records a boot assertion's `jti` for its device; false when it was used before. One
 * INSERT … ON CONFLICT DO NOTHING in the shared database: of any number of concurrent
 * boots on any number of gateway instances, exactly one claims a given (deviceId, jti).
 */
export async function claimAssertionId(db: Db, deviceId: string, jti: string, keepUntil: Date): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "DeviceAssertion" ("deviceId", "jti", "expiresAt") VALUES (${deviceId}, ${jti}, ${keepUntil}) ON CONFLICT DO NOTHING`;
  pruneOccasionally(db);
  return inserted === 1;
}

/**
 * Drops rows whose assertions have expired, at most once a minute per process, off the
 * request's path: the table holds only the last few minutes of key-mode boots.
 */
function pruneOccasionally(db: Db, now = Date.now()): void {
  if (now - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = now;
  void pruneExpiredAssertions(db, new Date(now)).catch((error: unknown) =>
    logger.warn("pruning used boot assertions failed", { error: error instanceof Error ? error.message : String(error) }),
  );
}

export function pruneExpiredAssertions(db: Db, now = new Date()): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "DeviceAssertion" WHERE ("deviceId", "jti") IN (
      SELECT "deviceId", "jti" FROM "DeviceAssertion" WHERE "expiresAt" < ${now} LIMIT ${PRUNE_CHUNK})`;
}
