import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";
import type { EventType } from "@/shared/events";

/** One change to announce: its organization, type, what receivers need to act on it, and when. */
export type NewEvent = { orgId: string; type: EventType; data: Prisma.InputJsonObject; at?: Date };

/**
 * A fresh event id, "evt_" + 32 hex digits: the time in ms (12) then 80 random bits (20).
 * Receivers deduplicate deliveries by it. Time first keeps the primary key's inserts at the
 * right edge of its index: with random ids each insert dirtied a random page, which doubled
 * the cost of a launch-day activation group's events (docs/performance.md).
 */
export const eventId = (now = Date.now()) => `evt_${now.toString(16).padStart(12, "0")}${randomBytes(10).toString("hex")}`;

/** The same id, made in SQL, for events written by set-based statements (a row each). */
export const EVENT_ID_SQL = Prisma.sql`'evt_' || lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || substr(replace(gen_random_uuid()::text, '-', ''), 1, 20)`;

/**
 * Records events in the caller's transaction (the outbox): they exist exactly when the change
 * they announce committed — a rolled-back change announces nothing. One INSERT for a batch.
 */
export async function emitEvents(tx: DbTx, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.event.createMany({ data: events.map(({ orgId, type, data, at }) => ({ id: eventId(), orgId, type, data, createdAt: at ?? new Date() })) });
}

export const emitEvent = (tx: DbTx, event: NewEvent) => emitEvents(tx, [event]);
