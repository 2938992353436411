import type { Db, DbTx } from "@/server/db";
import { logger } from "@/server/logger";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { lockPaymentIntent, settleOrder, type OrderFacts } from "./settle-order";
import type { CheckoutSessionFacts } from "./stripe-objects";
import { orderIdOf } from "./stripe-objects";

/** The Stripe event being applied, recorded with its effect; null for the success page. */
export type EventRef = { id: string; type: string } | null;

export type Outcome = "applied" | "duplicate" | "no-order";

type Target = {
  orderId: string | null;
  /** the organization the provider object names; an order of another one is not touched */
  orgId?: string | null;
  paymentIntentId: string | null;
};

/**
 * Fulfils a completed Checkout Session: the one function behind the webhook and the success
 * page. Only a paid session adds seats; an unpaid one (an asynchronous payment method)
 * just links the payment intent until its async_payment_succeeded event.
 */
export async function fulfillOrder(db: Db, session: CheckoutSessionFacts, event: EventRef, invoiceUrl: string | null = null): Promise<Outcome> {
  const paid = session.payment_status === "paid" || session.payment_status === "no_payment_required";
  const facts: OrderFacts = { paymentIntentId: session.payment_intent, ...(paid ? { paidAt: new Date(), invoiceUrl } : {}) };
  return applyToOrder(db, event, { orderId: orderIdOf(session), orgId: session.metadata.orgId, paymentIntentId: session.payment_intent }, facts);
}

/**
 * Applies one provider event to its order in a single transaction: the event id, any
 * refunds it carries and the order's settlement commit together, so a redelivered event
 * finds its id and changes nothing. `record` writes facts that must be kept even when
 * the order is not known yet (a refund that overtook its payment's completion).
 */
export async function applyToOrder(
  db: Db,
  event: EventRef,
  target: Target,
  facts: OrderFacts,
  record?: (tx: DbTx) => Promise<void>,
): Promise<Outcome> {
  const result = await db.$transaction(async (tx) => {
    if (target.paymentIntentId) await lockPaymentIntent(tx, target.paymentIntentId);
    const orderId = await resolveOrder(tx, target);
    if (!orderId && !record) return { outcome: "no-order" as const, settlement: null };
    if (event) {
      const inserted = await tx.$executeRaw`
        INSERT INTO "StripeEvent" ("id", "type", "orderId") VALUES (${event.id}, ${event.type}, ${orderId})
        ON CONFLICT ("id") DO NOTHING`;
      if (inserted === 0) return { outcome: "duplicate" as const, settlement: null };
    }
    await record?.(tx);
    if (!orderId) return { outcome: "no-order" as const, settlement: null };
    return { outcome: "applied" as const, settlement: await settleOrder(tx, orderId, facts) };
  });
  const settlement = result.settlement;
  if (settlement && (settlement.seatsAdded > 0 || settlement.seatsRemoved > 0)) {
    await refreshUtilizationAlert(db, settlement.orgId).catch((error: unknown) =>
      logger.warn("utilization alert check failed", { orgId: settlement.orgId, error: error instanceof Error ? error.message : String(error) }),
    );
  }
  return result.outcome;
}

async function resolveOrder(tx: DbTx, target: Target): Promise<string | null> {
  const order = target.orderId
    ? await tx.order.findUnique({ where: { id: target.orderId }, select: { id: true, orgId: true } })
    : target.paymentIntentId
      ? await tx.order.findUnique({ where: { paymentIntentId: target.paymentIntentId }, select: { id: true, orgId: true } })
      : null;
  if (!order) return null;
  if (target.orgId && target.orgId !== order.orgId) {
    logger.warn("payment names another organization than its order; ignored", { orderId: order.id });
    return null;
  }
  return order.id;
}
