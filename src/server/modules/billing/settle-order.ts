import "server-only";
import { formatMoney } from "@/shared/money";
import type { Order } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { emitEvents } from "@/server/modules/events/emit";
import { changeSeatsTotal } from "@/server/modules/licenses/ledger";
import { startSeatTerm, termSeatsGone } from "@/server/modules/licenses/seat-terms";
import { issueCreditNote, issueInvoice } from "./invoices";
import { orderStatus, refundedSeats } from "./order-status";

/** New facts about an order from one provider event (absent fields: nothing new). */
export type OrderFacts = {
  paidAt?: Date;
  failedAt?: Date;
  expiredAt?: Date;
  cancelledAt?: Date;
  paymentIntentId?: string | null;
  /** cumulative amount refunded as the provider last reported it */
  amountRefunded?: number;
  receiptUrl?: string | null;
  stripeInvoiceUrl?: string | null;
};

export type Settlement = { orgId: string; seatsAdded: number; seatsRemoved: number };

/**
 * Records facts on an order and brings the seat pool in line with them. The seats an order
 * should have given follow from its facts (paid → all its seats; refunded share → minus
 * those); the difference from what it has already given is applied, with its ledger entry.
 * So any number of deliveries, in any order, end in the same pool. Runs inside the caller's
 * transaction with the order row locked; callers holding a payment intent take its advisory
 * lock first (see lockPaymentIntent) so refunds recorded before the order was known are seen.
 */
export async function settleOrder(tx: DbTx, orderId: string, facts: OrderFacts): Promise<Settlement | null> {
  await tx.$queryRaw`SELECT 1 FROM "Order" WHERE "id" = ${orderId} FOR UPDATE`;
  const order = await tx.order.findUnique({ where: { id: orderId } });
  if (!order) return null;

  const paymentIntentId = order.paymentIntentId ?? facts.paymentIntentId ?? null;
  const refundsSeen = paymentIntentId
    ? ((await tx.stripeRefund.aggregate({ where: { paymentIntentId }, _sum: { amount: true } }))._sum.amount ?? 0)
    : 0;
  // Each report is a lower bound of the true cumulative refund: the largest one wins.
  const amountRefunded = Math.min(order.amountTotal, Math.max(order.amountRefunded, facts.amountRefunded ?? 0, refundsSeen));
  const next = {
    paidAt: order.paidAt ?? facts.paidAt ?? null,
    failedAt: order.failedAt ?? facts.failedAt ?? null,
    expiredAt: order.expiredAt ?? facts.expiredAt ?? null,
    cancelledAt: order.cancelledAt ?? facts.cancelledAt ?? null,
    amountRefunded,
  };
  // Paid, or an accepted quote whose seats the operator lets arrive before its bank transfer.
  const seatsFulfilled = next.paidAt || order.seatsReleasedAt ? order.seats : 0;
  const seatsRefunded = next.paidAt ? refundedSeats(order.seats, order.amountTotal, amountRefunded) : 0;
  const seatsAdded = seatsFulfilled - order.seatsFulfilled;
  const seatsRemoved = seatsRefunded - order.seatsRefunded;

  const orderRef = { orgId: order.orgId, orderId: order.id };
  if (seatsAdded > 0) {
    const buyer: Actor = order.createdByUserId ? { type: "user", userId: order.createdByUserId } : { type: "system", label: "checkout" };
    // Dated at the payment (the demo seed records past payments).
    const at = next.paidAt ?? undefined;
    await changeSeatsTotal(tx, { ...orderRef, kind: "purchase", totalDelta: seatsAdded, actor: buyer, at, reason: `${order.packageName}: ${order.seats.toLocaleString("en")} seats × ${formatMoney(order.unitAmount, order.currency)}` });
    await recordAudit(tx, { orgId: order.orgId, actor: buyer, action: "licenses.purchased", targetType: "order", targetId: order.id, metadata: { seats: seatsAdded, amount: order.amountTotal, currency: order.currency }, at });
    await startSeatTerm(tx, order, at ?? new Date());
  }
  if (seatsRemoved > 0) {
    // Seats already activated stay activated: the pool may go over its limit, and then
    // refuses new activations until seats are added. Shipped devices keep working. A term's
    // seats that already expired left the pool then: a later refund has none to take.
    const refunder: Actor = { type: "system", label: "payment-refund" };
    const expired = await termSeatsGone(tx, order.id);
    const reason = `Refund: ${formatMoney(amountRefunded, order.currency)} of ${formatMoney(order.amountTotal, order.currency)} refunded in total`;
    if (!expired) await changeSeatsTotal(tx, { ...orderRef, kind: "refund", totalDelta: -seatsRemoved, actor: refunder, reason });
    await recordAudit(tx, { orgId: order.orgId, actor: refunder, action: "licenses.refunded", targetType: "order", targetId: order.id, metadata: { seats: expired ? 0 : seatsRemoved, amountRefunded, termExpired: expired } });
  }

  if (next.paidAt) await issueDocuments(tx, order, next.paidAt, amountRefunded, seatsRefunded);

  const amounts = { orderId: order.id, seats: order.seats, amountTotal: order.amountTotal, currency: order.currency };
  await emitEvents(tx, [
    ...(!order.paidAt && next.paidAt ? [{ orgId: order.orgId, type: "order.paid" as const, data: { ...amounts, seatsAdded }, at: next.paidAt }] : []),
    ...(amountRefunded > order.amountRefunded ? [{ orgId: order.orgId, type: "order.refunded" as const, data: { ...amounts, amountRefunded, seatsRemoved } }] : []),
  ]);
  await tx.order.update({
    where: { id: order.id },
    data: {
      ...next,
      paymentIntentId,
      status: orderStatus(next, order.amountTotal),
      seatsFulfilled,
      seatsRefunded,
      receiptUrl: facts.receiptUrl ?? order.receiptUrl,
      stripeInvoiceUrl: facts.stripeInvoiceUrl ?? order.stripeInvoiceUrl,
    },
  });
  return { orgId: order.orgId, seatsAdded, seatsRemoved };
}

/**
 * A paid order's invoice, and a credit note for whatever was refunded since the last one:
 * what is due follows from the order's facts, compared with the documents it already has, so
 * redeliveries issue nothing twice and a refund recorded before the payment is credited once
 * the invoice exists.
 */
async function issueDocuments(tx: DbTx, order: Order, paidAt: Date, amountRefunded: number, seatsRefunded: number) {
  const documents = await tx.invoice.findMany({ where: { orderId: order.id }, select: { kind: true, total: true } });
  if (!documents.some((document) => document.kind === "invoice")) await issueInvoice(tx, order, { issuedAt: paidAt });
  const credited = documents.filter((document) => document.kind === "credit_note").reduce((sum, note) => sum + note.total, 0);
  if (amountRefunded > credited) await issueCreditNote(tx, order, amountRefunded - credited, Math.max(0, seatsRefunded - order.seatsRefunded));
}

/**
 * Serializes everything that concerns one payment intent (a completion and a refund that
 * arrive together). Take it before locking the order row, always in that order.
 */
export async function lockPaymentIntent(tx: DbTx, paymentIntentId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${paymentIntentId}))`;
}
