/**
 * Stripe mode (STRIPE_SECRET_KEY set): the webhook trusts only STRIPE_WEBHOOK_SECRET, never the
 * secret the local mode derives from NEXTAUTH_SECRET, and the local checkout's Pay is refused.
 */
import { vi } from "vitest";

vi.hoisted(() => {
  delete process.env.PAYMENTS_MODE;
  process.env.STRIPE_SECRET_KEY = "sk_test_not_used_for_network";
  process.env.NEXTAUTH_SECRET = "nextauth-secret-of-a-stripe-deployment";
});

import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/webhooks/stripe/route";
import { db } from "@/server/db";
import { callerFor, createOrgWithMembers, expectTRPCError } from "@/testing/factories";
import { paidSession, signedEvent, startOrder } from "@/testing/stripe-stub";
import { localWebhookSecret, payments, type Payments } from "./payments";

/** Orders started before the deployment switched to Stripe (any order the webhook can name will do). */
const LOCAL: Payments = { mode: "local", stripe: null, webhookSecret: "unused" };

describe("purchases in Stripe mode", () => {
  it("the webhook refuses events signed with the locally derived secret and applies Stripe's", async () => {
    expect(payments()).toMatchObject({ mode: "stripe", webhookSecret: process.env.STRIPE_WEBHOOK_SECRET });
    const org = await createOrgWithMembers();
    const order = await startOrder(org, LOCAL);
    const session = paidSession(order);
    const deliver = (secret: string) => {
      const delivery = signedEvent(secret, "checkout.session.completed", session);
      return POST(new Request("http://console/api/webhooks/stripe", { method: "POST", headers: { "stripe-signature": delivery.signature }, body: delivery.payload }));
    };

    expect((await deliver(localWebhookSecret(process.env.NEXTAUTH_SECRET))).status).toBe(400);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "pending", seatsFulfilled: 0 });
    expect(await db.stripeEvent.count({ where: { orderId: order.id } })).toBe(0);

    expect((await deliver(process.env.STRIPE_WEBHOOK_SECRET!)).status).toBe(200);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "paid", seatsFulfilled: 100 });
  });

  it("the local checkout's Pay is refused", async () => {
    const org = await createOrgWithMembers();
    expect(await callerFor(org.owner.id).license.paymentsMode({ orgSlug: org.org.slug })).toBe("stripe");
    const { id: orderId } = await startOrder(org, LOCAL);
    const error = await expectTRPCError(callerFor(org.owner.id).license.completeLocalCheckout({ orgSlug: org.org.slug, orderId, outcome: "paid" }), "PRECONDITION_FAILED");
    expect(error.cause).toMatchObject({ reason: "PAYMENTS_STRIPE_MODE" });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "pending" });
  });
});
