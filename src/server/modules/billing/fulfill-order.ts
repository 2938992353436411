import "server-only";
import type { Db, DbTx } from "@/server/db";
import { logger } from "@/server/logger";
import { refreshUtilizationAlert } from "@/server/modules/licenses/alerts";
import { orderMismatch, type OrderClaims } from "./order-match";
import { alertOperators, flagForReview } from "./order-review";
import { lockPaymentIntent, settleOrder, type OrderFacts } from "./settle-order";
import { sessionClaims, type CheckoutSessionFacts } from "./stripe-objects";
import { errorText } from "@/server/errors";

/** The Stripe event being applied, recorded with its effect; null for the success page. */
export type EventRef = { id: string; type: string } | null;

/** "review": the event named an order it does not match; the order is flagged and nothing is applied. */
export type Outcome = "applied" | "duplicate" | "no-order" | "review";

/**
 * Fulfils a completed Checkout Session: the one function behind the webhook and the success
 * page. Only a paid session that matches its order adds seats; an unpaid one (an asynchronous
 * payment method) just links the payment intent until its async_payment_succeeded event.
 */
export async function fulfillOrder(db: Db, session: CheckoutSessionFacts, event: EventRef, stripeInvoiceUrl: string | null = null): Promise<Outcome> {
  const paid = session.payment_status === "paid" || session.payment_status === "no_payment_required";
  const facts: OrderFacts = { paymentIntentId: session.payment_intent, ...(paid ? { paidAt: new Date(), stripeInvoiceUrl } : {}) };
  return applyToOrder(db, event, sessionClaims(session), facts, undefined, event?.type ?? "checkout.session (success page)");
}

/**
 * Applies one provider event to its order in a single transaction: the event id, any
 * refunds it carries and the order's settlement commit together, so a redelivered event
 * finds its id and changes nothing. `record` writes facts that must be kept even when
 * the order is not known yet (a refund that overtook its payment's completion). An event
 * whose claims do not match the order it names applies nothing: the order is flagged for
 * review and operators are alerted.
 */
export async function applyToOrder(
  db: Db,
  event: EventRef,
  claims: OrderClaims,
  facts: OrderFacts,
  record?: (tx: DbTx) => Promise<void>,
  eventType = event?.type ?? "payment",
): Promise<Outcome> {
  const result = await db.$transaction(async (tx) => {
    if (claims.paymentIntentId) await lockPaymentIntent(tx, claims.paymentIntentId);
    const found = await resolveOrder(tx, claims);
    if (!found && !record) return { outcome: "no-order" as const };
    if (event) {
      const inserted = await tx.$executeRaw`
        INSERT INTO "StripeEvent" ("id", "type", "orderId") VALUES (${event.id}, ${event.type}, ${found?.order.id ?? null})
        ON CONFLICT ("id") DO NOTHING`;
      if (inserted === 0) return { outcome: "duplicate" as const };
    }
    const mismatch = found ? orderMismatch(found.order, claims, found.paymentIntentOrderId) : null;
    if (found && mismatch) return { outcome: "review" as const, review: await flagForReview(tx, found.order, mismatch, event, eventType) };
    await record?.(tx);
    if (!found) return { outcome: "no-order" as const };
    return { outcome: "applied" as const, settlement: await settleOrder(tx, found.order.id, facts) };
  });
  if ("review" in result && result.review) alertOperators(db, result.review);
  const settlement = "settlement" in result ? result.settlement : null;
  if (settlement && (settlement.seatsAdded > 0 || settlement.seatsRemoved > 0)) {
    await refreshUtilizationAlert(db, settlement.orgId).catch((error: unknown) =>
      logger.warn("utilization alert check failed", { orgId: settlement.orgId, error: errorText(error) }),
    );
  }
  return result.outcome;
}

const ORDER_TO_MATCH = { id: true, orgId: true, amountTotal: true, currency: true, paymentIntentId: true, reviewReason: true } as const;

/** The order the claims name (by id, else by payment intent), and the order already holding the claimed payment intent. */
async function resolveOrder(tx: DbTx, claims: OrderClaims) {
  const byIntent = claims.paymentIntentId ? await tx.order.findUnique({ where: { paymentIntentId: claims.paymentIntentId }, select: ORDER_TO_MATCH }) : null;
  const order = claims.orderId ? await tx.order.findUnique({ where: { id: claims.orderId }, select: ORDER_TO_MATCH }) : byIntent;
  return order ? { order, paymentIntentOrderId: byIntent?.id ?? null } : null;
}
