/**
 * A correctly signed event fulfils an order only when it matches it: amount, currency,
 * organization and both order references. A mismatch grants nothing, holds the order for
 * review and alerts (error log + a security event in the order's organization). Refunds are
 * matched the same way.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { callerFor, createOrgWithMembers } from "@/testing/factories";
import { paidSession, signedEvent, startOrder, startStripeStub } from "@/testing/stripe-stub";
import { PAYMENT_MISMATCH_ACTION } from "./order-review";
import { confirmCheckout } from "./orders";
import type { Payments } from "./payments";
import { handleStripeWebhook } from "./webhook";

const SECRET = "whsec_order_matching_test";
const LOCAL: Payments = { mode: "local", stripe: null, webhookSecret: SECRET };

type Org = Awaited<ReturnType<typeof createOrgWithMembers>>;

const pendingOrder = (org: Org) => startOrder(org, LOCAL);
type Order = Awaited<ReturnType<typeof pendingOrder>>;
const session = paidSession;

const deliver = (type: string, object: Record<string, unknown>, id?: string) => {
  const delivery = signedEvent(SECRET, type, object, { id });
  return handleStripeWebhook(db, LOCAL, delivery.payload, delivery.signature);
};

async function seats(orgId: string) {
  return (await db.licensePool.findUnique({ where: { orgId } }))?.seatsTotal ?? 0;
}

async function alerts(orgId: string) {
  return db.auditLog.findMany({ where: { orgId, action: PAYMENT_MISMATCH_ACTION }, select: { targetId: true, metadata: true } });
}

/** Granted nothing, held for review with `reason`, alerted once in the order's organization. */
async function expectHeld(order: Order, reason: RegExp) {
  expect(await seats(order.orgId)).toBe(0);
  const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
  expect(after).toMatchObject({ status: "pending", seatsFulfilled: 0, paidAt: null, paymentIntentId: null });
  expect(after.reviewReason).toMatch(reason);
  expect(after.reviewFlaggedAt).toBeInstanceOf(Date);
  expect(await alerts(order.orgId)).toEqual([{ targetId: order.id, metadata: expect.objectContaining({ reason: after.reviewReason }) }]);
  expect(logger.error).toHaveBeenCalledWith(expect.stringMatching(/did not match/), expect.objectContaining({ orderId: order.id }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a completed Checkout Session that does not match its order", () => {
  const cases: [string, (order: Order, other: Org) => Record<string, unknown>, RegExp][] = [
    ["amount", () => ({ amount_total: 1 }), /amount 1 ≠ order total 40000/],
    ["currency", () => ({ currency: "jpy" }), /currency jpy ≠ order currency usd/],
    ["missing amount and currency", () => ({ amount_total: null, currency: null }), /amount missing.*currency missing/],
    ["another organization", (order, other) => ({ metadata: { orderId: order.id, orgId: other.org.id } }), /names another organization/],
    ["no organization (a payment link with our order id)", () => ({ metadata: {} }), /names no organization/],
    ["client_reference_id vs metadata.orderId", (order, other) => ({ metadata: { orderId: `ord_${other.org.id}`, orgId: order.orgId } }), /disagree/],
  ];

  for (const [name, change, reason] of cases) {
    it(`${name}: grants no seat, holds the order for review, alerts once`, async () => {
      vi.spyOn(logger, "error").mockImplementation(() => undefined);
      const org = await createOrgWithMembers();
      const other = await createOrgWithMembers();
      const order = await pendingOrder(org);
      const id = `evt_mismatch_${order.id}`;
      const response = await deliver("checkout.session.completed", session(order, change(order, other)), id);
      expect(response).toEqual({ status: 200, body: { received: true, outcome: "review" } });
      expect((await deliver("checkout.session.completed", session(order, change(order, other)), id)).body.outcome).toBe("duplicate");
      await expectHeld(order, reason);
      expect(await alerts(other.org.id)).toEqual([]);
      expect(await seats(other.org.id)).toBe(0);
    });
  }

  it("a session carrying another order's payment intent grants nothing to either", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const victim = await createOrgWithMembers();
    const paid = await pendingOrder(victim);
    expect((await deliver("checkout.session.completed", session(paid))).body.outcome).toBe("applied");
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    expect((await deliver("checkout.session.completed", session(order, { payment_intent: `pi_${paid.id}` }))).body.outcome).toBe("review");
    await expectHeld(order, /belongs to another order/);
    expect(await seats(victim.org.id)).toBe(100);
  });

  it("the success page holds a mismatched session the same way, without alerting twice", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    await db.order.update({ where: { id: order.id }, data: { provider: "stripe", checkoutSessionId: `cs_test_${order.id}` } });
    const stub = await startStripeStub();
    try {
      stub.on("GET", `/v1/checkout/sessions/cs_test_${order.id}`, () => ({ status: 200, body: session(order, { amount_total: 400 }) }));
      const payments = stub.payments(SECRET);
      expect(await confirmCheckout(db, payments, org.org.id, order.id)).toMatchObject({ status: "pending", reviewReason: expect.stringMatching(/amount 400/) });
      await confirmCheckout(db, payments, org.org.id, order.id);
      await expectHeld(order, /amount 400/);
    } finally {
      await stub.close();
    }
  });

  it("the matching session still fulfils a held order, and the console and operator view show the flag", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const org = await createOrgWithMembers();
    const order = await pendingOrder(org);
    await deliver("checkout.session.completed", session(order, { amount_total: 4 }));
    expect(await callerFor(org.owner.id).license.order({ orgSlug: org.org.slug, orderId: order.id })).toMatchObject({
      reviewReason: expect.stringMatching(/checkout.session.completed did not match this order: amount 4/),
      reviewFlaggedAt: expect.any(Date),
    });
    const operator = await db.user.update({ where: { id: (await createOrgWithMembers()).owner.id }, data: { isOperator: true } });
    const tenants = await callerFor(operator.id).operator.organizations({ query: org.org.slug });
    expect(tenants.items).toMatchObject([{ id: org.org.id, ordersInReview: 1 }]);

    expect((await deliver("checkout.session.completed", session(order))).body.outcome).toBe("applied");
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "paid", seatsFulfilled: 100 });
    expect(await seats(org.org.id)).toBe(100);
  });
});

describe("refunds are matched to the order's organization", () => {
  async function paidOrder(org: Org) {
    const order = await pendingOrder(org);
    expect((await deliver("checkout.session.completed", session(order))).body.outcome).toBe("applied");
    return order;
  }
  const charge = (order: Order, overrides: Record<string, unknown> = {}) => ({
    id: `ch_${order.id}`,
    object: "charge",
    payment_intent: `pi_${order.id}`,
    metadata: { orderId: order.id, orgId: order.orgId },
    amount_refunded: order.amountTotal,
    currency: order.currency,
    refunds: { data: [{ id: `re_${order.id}`, object: "refund", payment_intent: `pi_${order.id}`, amount: order.amountTotal, status: "succeeded" }] },
    ...overrides,
  });

  /** Still paid with all its seats, flagged, alerted in its own organization. */
  async function expectUntouched(order: Order, reason: RegExp) {
    expect(await seats(order.orgId)).toBe(100);
    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: "paid", amountRefunded: 0, seatsRefunded: 0 });
    expect(after.reviewReason).toMatch(reason);
    expect(await alerts(order.orgId)).toHaveLength(1);
    expect(await db.stripeRefund.count({ where: { paymentIntentId: `pi_${order.id}` } })).toBe(0);
  }

  it("charge.refunded naming the order under another organization changes nothing and alerts", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const org = await createOrgWithMembers();
    const other = await createOrgWithMembers();
    const order = await paidOrder(org);
    const response = await deliver("charge.refunded", charge(order, { metadata: { orderId: order.id, orgId: other.org.id } }));
    expect(response.body.outcome).toBe("review");
    await expectUntouched(order, /charge.refunded did not match this order: the payment names another organization/);
    expect(await alerts(other.org.id)).toEqual([]);
  });

  it("charge.refunded naming one order but carrying another order's payment changes neither", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const org = await createOrgWithMembers();
    const victim = await createOrgWithMembers();
    const order = await paidOrder(org);
    const victimOrder = await paidOrder(victim);
    const forged = charge(order, { payment_intent: `pi_${victimOrder.id}`, refunds: { data: [{ id: "re_forged", object: "refund", payment_intent: `pi_${victimOrder.id}`, amount: 40_000, status: "succeeded" }] } });
    expect((await deliver("charge.refunded", forged)).body.outcome).toBe("review");
    await expectUntouched(order, /belongs to another order/);
    expect(await seats(victim.org.id)).toBe(100);
    expect(await db.stripeRefund.count({ where: { paymentIntentId: `pi_${victimOrder.id}` } })).toBe(0);
    expect(await db.order.findUniqueOrThrow({ where: { id: victimOrder.id } })).toMatchObject({ status: "paid", reviewReason: null });
  });

  it("a charge's refund list counts only refunds of its own payment", async () => {
    const org = await createOrgWithMembers();
    const victim = await createOrgWithMembers();
    const order = await paidOrder(org);
    const victimOrder = await paidOrder(victim);
    const smuggled = { id: "re_smuggled", object: "refund", payment_intent: `pi_${victimOrder.id}`, amount: 40_000, status: "succeeded" };
    expect((await deliver("charge.refunded", charge(order, { amount_refunded: 0, refunds: { data: [smuggled] } }))).body.outcome).toBe("applied");
    expect(await db.stripeRefund.count({ where: { id: "re_smuggled" } })).toBe(0);
    // The victim's next event settles its order from what is recorded for its payment: nothing refunded.
    await deliver("charge.succeeded", charge(victimOrder, { amount_refunded: 0, refunds: null }));
    expect(await db.order.findUniqueOrThrow({ where: { id: victimOrder.id } })).toMatchObject({ status: "paid", amountRefunded: 0 });
    expect(await seats(victim.org.id)).toBe(100);
  });

  it("refund.created naming another organization or currency changes nothing and alerts", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const org = await createOrgWithMembers();
    const order = await paidOrder(org);
    const refund = { id: `re_${order.id}`, object: "refund", payment_intent: `pi_${order.id}`, amount: 40_000, status: "succeeded", currency: "eur" };
    expect((await deliver("refund.created", refund)).body.outcome).toBe("review");
    await expectUntouched(order, /refund.created did not match this order: currency eur ≠ order currency usd/);
  });

  it("a matching refund still applies", async () => {
    const org = await createOrgWithMembers();
    const order = await paidOrder(org);
    expect((await deliver("charge.refunded", charge(order))).body.outcome).toBe("applied");
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "refunded", seatsRefunded: 100, reviewReason: null });
    expect(await seats(org.org.id)).toBe(0);
  });
});
