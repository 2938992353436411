import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";
import { timeOrderedId, timeOrderedIdSql } from "@/server/time-ordered-id";
import type { EventType } from "@/shared/events";

/** One change to announce: its organization, type, what receivers need to act on it, and when. */
export type NewEvent = { orgId: string; type: EventType; data: Prisma.InputJsonObject; at?: Date };

/** A fresh event id, "evt_" + 32 hex digits (time first): receivers deduplicate deliveries by it. */
export const eventId = (now = Date.now()) => timeOrderedId("evt_", now);

/** The same id, made in SQL, for events written by set-based statements (a row each). */
export const EVENT_ID_SQL = timeOrderedIdSql("evt_");

/**
 * Records events in the caller's transaction (the outbox): they exist exactly when the change
 * they announce committed — a rolled-back change announces nothing. One INSERT for a batch.
 */
export async function emitEvents(tx: DbTx, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.event.createMany({ data: events.map(({ orgId, type, data, at }) => ({ id: eventId(), orgId, type, data, createdAt: at ?? new Date() })) });
}

export const emitEvent = (tx: DbTx, event: NewEvent) => emitEvents(tx, [event]);
