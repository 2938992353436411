import "server-only";
import type { Db } from "@/server/db";

/** Events (and with them their webhook deliveries and delivery logs) are kept this long: docs/webhooks.md. */
export const EVENT_RETENTION_DAYS = 30;
const DELETE_CHUNK = 10_000;

/**
 * Retention of the event stream: events older than EVENT_RETENTION_DAYS go, their deliveries
 * with them (the foreign key cascades) — long after the last retry (about a day) gave up.
 * Deletes in chunks so no statement holds locks for long. Returns how many events went.
 */
export async function pruneEvents(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - EVENT_RETENTION_DAYS * 86_400_000);
  let total = 0;
  for (;;) {
    const deleted = await db.$executeRaw`DELETE FROM "Event" WHERE id IN (SELECT id FROM "Event" WHERE "createdAt" < ${before} LIMIT ${DELETE_CHUNK})`;
    total += deleted;
    if (deleted < DELETE_CHUNK) return total;
  }
}
