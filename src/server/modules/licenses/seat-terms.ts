import "server-only";
import type { Order, SeatTerm } from "@/generated/prisma/client";
import type { Db, DbTx } from "@/server/db";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { emitEvent } from "@/server/modules/events/emit";
import { addMonths, graceEndsAt } from "@/shared/seat-terms";
import { changeSeatsTotal } from "./ledger";

/** Who ends terms and takes seats back: the worker, on the clock. */
export const SEAT_TERMS_ACTOR: Actor = { type: "system", label: "seat-terms" };

/**
 * Called when a term order's seats reach the pool (in its settlement's transaction). A renewal
 * replaces the term it renews: that term's seats leave the pool in the same transaction (the
 * pool's total stays level) and the new term runs on from the old one's end, so renewing early
 * loses no time; a term that already ended is simply followed, from now, and its grace period
 * is over (no seat is taken back from a device).
 */
export async function startSeatTerm(tx: DbTx, order: Pick<Order, "id" | "orgId" | "seats" | "termMonths" | "renewsTermId">, at: Date): Promise<void> {
  if (!order.termMonths) return;
  const renewed = order.renewsTermId ? await lockTerm(tx, order.orgId, order.renewsTermId) : null;
  const renewing = renewed && !renewed.renewedByOrderId ? renewed : null;
  if (renewing && !renewing.expiredAt) await expireTerm(tx, renewing, at, `Renewed by order ${order.id}`);
  const from = renewing && renewing.endsAt > at ? renewing.endsAt : at;
  await tx.seatTerm.create({
    data: { orgId: order.orgId, orderId: order.id, seats: order.seats, termMonths: order.termMonths, startsAt: at, endsAt: addMonths(from, order.termMonths) },
  });
  if (renewing) await tx.seatTerm.update({ where: { id: renewing.id }, data: { renewedByOrderId: order.id } });
}

/** The term row, locked for this transaction (null when it is not the organization's). */
export async function lockTerm(tx: DbTx, orgId: string, termId: string): Promise<SeatTerm | null> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "SeatTerm" WHERE id = ${termId} AND "orgId" = ${orgId} FOR UPDATE`;
  return locked ? tx.seatTerm.findUnique({ where: { id: locked.id } }) : null;
}

/**
 * A term's seats leave the pool: those its order added less those it refunded meanwhile. Seats
 * already activated stay activated (the pool may go over its limit and then refuses new
 * activations); devices keep working through the grace period. The caller holds the term's lock.
 */
export async function expireTerm(tx: DbTx, term: SeatTerm, at: Date, reason: string): Promise<number> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: term.orderId }, select: { seatsRefunded: true } });
  const seats = Math.max(0, term.seats - order.seatsRefunded);
  if (seats > 0) await changeSeatsTotal(tx, { orgId: term.orgId, orderId: term.orderId, kind: "expiry", totalDelta: -seats, actor: SEAT_TERMS_ACTOR, reason });
  await tx.seatTerm.update({ where: { id: term.id }, data: { expiredAt: at, seatsExpired: seats } });
  await recordAudit(tx, { orgId: term.orgId, actor: SEAT_TERMS_ACTOR, action: "licenses.term_expired", targetType: "order", targetId: term.orderId, metadata: { seats, reason } });
  return seats;
}

/** Ends a term that reached its end: its seats leave the pool and the grace period starts. */
export async function expireDueTerm(db: Db, termId: string, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ orgId: string }[]>`SELECT "orgId" FROM "SeatTerm" WHERE id = ${termId}`;
    const term = row ? await lockTerm(tx, row.orgId, termId) : null;
    if (!term || term.expiredAt || term.endsAt > now) return false;
    const seats = await expireTerm(tx, term, now, `Term of ${term.termMonths} months ended`);
    const data = { termId: term.id, orderId: term.orderId, seats, endedAt: term.endsAt.toISOString(), graceEndsAt: graceEndsAt(term.endsAt).toISOString() };
    await emitEvent(tx, { orgId: term.orgId, type: "seats.expired", data });
    return true;
  });
}

/** Whether an order's term seats already left the pool (a later refund then has none to take). */
export async function termSeatsGone(tx: DbTx, orderId: string): Promise<boolean> {
  const term = await tx.seatTerm.findUnique({ where: { orderId }, select: { expiredAt: true } });
  return Boolean(term?.expiredAt);
}
