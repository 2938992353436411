/** Shared fixtures of the billing webhook tests: a local-mode deployment and signed deliveries. */
import { expect } from "vitest";
import { db } from "@/server/db";
import type { Payments } from "@/server/modules/billing/payments";
import { handleStripeWebhook } from "@/server/modules/billing/webhook";
import type { createOrgWithMembers } from "./factories";
import { paidSession, signedEvent, startOrder } from "./stripe-stub";

export const SECRET = "whsec_billing_test_secret";
export const LOCAL: Payments = { mode: "local", stripe: null, webhookSecret: SECRET };
export const SEATS_USD = "pkg_seats_usd"; // from 100 seats at 4.00 USD, 1,000 at 3.00, 10,000 at 2.00

type Org = Awaited<ReturnType<typeof createOrgWithMembers>>;

export const pendingOrder = (org: Org, seats = 100, payments: Payments = LOCAL) => startOrder(org, payments, { packageId: SEATS_USD, seats });

export type Order = Awaited<ReturnType<typeof pendingOrder>>;
export const session = paidSession;

export const refund = (order: Order, id: string, amount: number) => ({ id, object: "refund", payment_intent: `pi_${order.id}`, amount, status: "succeeded" });
export const charge = (order: Order, amountRefunded: number) => ({
  id: `ch_${order.id}`,
  object: "charge",
  payment_intent: `pi_${order.id}`,
  metadata: { orderId: order.id, orgId: order.orgId },
  amount_refunded: amountRefunded,
  receipt_url: `https://pay.stripe.test/receipts/${order.id}`,
});

export function deliver(delivery: { payload: string; signature: string }, payments: Payments = LOCAL) {
  return handleStripeWebhook(db, payments, delivery.payload, delivery.signature);
}

export const event = (type: string, object: Record<string, unknown>, options?: { id?: string; timestamp?: number }) => signedEvent(SECRET, type, object, options);

/** Pool counters beside the ledger sums: equal after anything. */
export async function poolAndLedger(orgId: string) {
  const pool = await db.licensePool.findUnique({ where: { orgId }, select: { seatsTotal: true, seatsUsed: true } });
  const sums = await db.licenseLedgerEntry.aggregate({ where: { orgId }, _sum: { totalDelta: true, usedDelta: true } });
  return { pool: pool ?? { seatsTotal: 0, seatsUsed: 0 }, ledger: { seatsTotal: sums._sum.totalDelta ?? 0, seatsUsed: sums._sum.usedDelta ?? 0 } };
}

export async function expectConsistent(orgId: string, seatsTotal: number) {
  const { pool, ledger } = await poolAndLedger(orgId);
  expect(pool).toEqual(ledger);
  expect(pool.seatsTotal).toBe(seatsTotal);
}

/**
 * Everything a webhook could write, to prove a refused delivery wrote nothing. Events are
 * counted for this organization's orders (and those tied to none): other test files deliver
 * events to the same database at the same time.
 */
export async function writes(orgId: string) {
  const orderIds = (await db.order.findMany({ where: { orgId }, select: { id: true } })).map((o) => o.id);
  return {
    events: await db.stripeEvent.count({ where: { OR: [{ orderId: null }, { orderId: { in: orderIds } }] } }),
    refunds: await db.stripeRefund.count(),
    orders: await db.order.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    ledger: await db.licenseLedgerEntry.count({ where: { orgId } }),
    pool: await db.licensePool.findUnique({ where: { orgId } }),
  };
}
