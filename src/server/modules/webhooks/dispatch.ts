import "server-only";
import type { Db } from "@/server/db";

const BATCH = 500;

/**
 * Fans new events out to the endpoints subscribed to them: one pending delivery per (event,
 * endpoint), due at once, and the events marked dispatched — all in one transaction, the
 * events claimed with SKIP LOCKED so several workers share the work without doubling it.
 * An endpoint disabled at the time gets nothing. Returns how many events were dispatched.
 */
export async function dispatchEvents(db: Db, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<{ id: string; orgId: string; type: string }[]>`
      SELECT id, "orgId", type FROM "Event" WHERE "dispatchedAt" IS NULL ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { orgId: { in: [...new Set(events.map((e) => e.orgId))] }, enabled: true },
      select: { id: true, orgId: true, events: true },
    });
    const deliveries = events.flatMap((event) =>
      endpoints
        .filter((endpoint) => endpoint.orgId === event.orgId && endpoint.events.includes(event.type))
        .map((endpoint) => ({ orgId: event.orgId, endpointId: endpoint.id, eventId: event.id, nextAttemptAt: now })),
    );
    if (deliveries.length > 0) await tx.webhookDelivery.createMany({ data: deliveries, skipDuplicates: true });
    await tx.event.updateMany({ where: { id: { in: events.map((e) => e.id) } }, data: { dispatchedAt: now } });
    return events.length;
  });
}

/** Dispatches until no new event is left (a backlog goes out in batches of 500). */
export async function dispatchAll(db: Db, now = new Date()): Promise<number> {
  let total = 0;
  for (let n = await dispatchEvents(db, now); n > 0; n = await dispatchEvents(db, now)) total += n;
  return total;
}
